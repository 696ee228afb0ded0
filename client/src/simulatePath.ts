// Feature: the Simulate Path command. Run from the command palette or a code lens: asks for a path or URL
// and a method (unless the lens already supplies them), asks the server, reveals and highlights the
// behavior that was hit, and opens the report beside the editor, where it can be read and copied.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  DistributionsMethod, SimulatePathMethod,
  type DistributionInfo, type SimulatePathParams, type SimulatePathResult,
} from '../../server/src/protocol';
import { commandDocument, revealRange, showReport, textOf, toRange, type Localized, type ReportProvider } from './simulationReport';

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'];

interface Text {
  noEditor: string;
  notJson: string;
  noDistribution: string;
  pickTitle: string;
  behaviors: (n: number) => string;
  inputTitle: string;
  inputPrompt: string;
  inputEmpty: string;
  inputSpaces: string;
  methodTitle: string;
  failed: (reason: string) => string;
  noAnswer: string;
}

const TEXT: Localized<Text> = {
  en: {
    noEditor: 'Simulate Path needs an open CloudFront distribution config.',
    notJson: 'Simulate Path works on JSON documents that hold a CloudFront distribution config.',
    noDistribution: 'This document holds no CloudFront distribution config.',
    pickTitle: 'Simulate Path: which distribution?',
    behaviors: (n) => `${n} cache behavior${n === 1 ? '' : 's'}`,
    inputTitle: 'Simulate Path',
    inputPrompt: 'A request path or a full URL, for example /images/logo.png or https://d111111abcdef8.cloudfront.net/api/users?page=2',
    inputEmpty: 'Enter a path such as /index.html or a URL.',
    inputSpaces: 'A path or URL cannot contain spaces; percent-encode them as %20.',
    methodTitle: 'Simulate Path: HTTP method',
    failed: (reason) => `Simulate Path: ${reason}`,
    noAnswer: 'the server gave no answer; see the output channel.',
  },
  ja: {
    noEditor: 'パスのシミュレーションには、CloudFront ディストリビューション設定を開いておく必要があります。',
    notJson: 'パスのシミュレーションは、CloudFront ディストリビューション設定を含む JSON ドキュメントで使えます。',
    noDistribution: 'このドキュメントには CloudFront ディストリビューション設定がありません。',
    pickTitle: 'パスのシミュレーション: どのディストリビューションですか?',
    behaviors: (n) => `キャッシュビヘイビア ${n} 個`,
    inputTitle: 'パスのシミュレーション',
    inputPrompt: 'リクエストのパスまたは URL 全体（例: /images/logo.png、https://d111111abcdef8.cloudfront.net/api/users?page=2）',
    inputEmpty: '/index.html のようなパスか URL を入力してください。',
    inputSpaces: 'パスや URL に空白は含められません。%20 とパーセントエンコードしてください。',
    methodTitle: 'パスのシミュレーション: HTTP メソッド',
    failed: (reason) => `パスのシミュレーション: ${reason}`,
    noAnswer: 'サーバーから応答がありません。出力チャネルを確認してください。',
  },
};

async function pickDistribution(distributions: DistributionInfo[], t: Text): Promise<DistributionInfo | undefined> {
  if (distributions.length === 1) return distributions[0];
  const picked = await vscode.window.showQuickPick(
    distributions.map((d) => ({ label: d.label, description: t.behaviors(d.behaviorCount), distribution: d })),
    { title: t.pickTitle },
  );
  return picked?.distribution;
}

export interface SimulatePathArgs {
  uri?: string;
  distribution?: number;
  path?: string;
  method?: string;
}

/**
 * Called by the command. Arguments may come positionally from a code lens: (uri, distribution, path, method).
 * Returns the server's answer (tests read it), or undefined when the user cancelled.
 */
export async function simulatePath(client: LanguageClient, reports: ReportProvider, args: SimulatePathArgs): Promise<SimulatePathResult | undefined> {
  const t = textOf(TEXT);
  const target = await commandDocument(args.uri, t);
  if (!target) return undefined;
  const { uri, uriString } = target;

  let distribution = args.distribution;
  if (distribution === undefined) {
    const distributions = await client.sendRequest<DistributionInfo[]>(DistributionsMethod, { uri: uriString });
    if (distributions.length === 0) {
      void vscode.window.showWarningMessage(t.noDistribution);
      return undefined;
    }
    const picked = await pickDistribution(distributions, t);
    if (!picked) return undefined;
    distribution = picked.index;
  }

  let input = args.path;
  if (input === undefined) {
    input = await vscode.window.showInputBox({
      title: t.inputTitle,
      prompt: t.inputPrompt,
      value: '/',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? t.inputEmpty : /\s/.test(value.trim()) ? t.inputSpaces : undefined),
    });
    if (input === undefined) return undefined;
  }

  let method = args.method;
  if (method === undefined) {
    method = await vscode.window.showQuickPick(METHODS, { title: t.methodTitle, placeHolder: 'GET' });
    if (method === undefined) return undefined;
  }

  const params: SimulatePathParams = { uri: uriString, distribution, input: input.trim(), method };
  const answer = await client.sendRequest<SimulatePathResult>(SimulatePathMethod, params);
  if (answer.error || !answer.report) {
    void vscode.window.showErrorMessage(t.failed(answer.error?.message ?? t.noAnswer));
    return answer;
  }
  if (answer.behaviorRange) await revealRange(uri, toRange(answer.behaviorRange));
  await showReport(reports, answer.report);
  return answer;
}

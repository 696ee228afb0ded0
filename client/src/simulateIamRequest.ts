// Feature: the Simulate IAM Request command. Run from the command palette or the "Simulate request…" code lens on
// an IAM policy: picks the policy when the document holds several, asks for an action, a resource ARN,
// optional condition context keys and, for resource-based and trust policies, an optional principal (unless
// the caller supplies them), asks the server, reveals and highlights the statements that decided, and opens
// the report beside the editor.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  PoliciesMethod, SimulateIamRequestMethod,
  type PolicyInfo, type SimulateIamRequestParams, type SimulateIamRequestResult,
} from '../../server/src/protocol';
import { commandDocument, revealRange, showReport, textOf, toRange, type Localized, type ReportProvider } from './simulationReport';

interface Text {
  noEditor: string;
  notJson: string;
  noPolicy: string;
  pickTitle: string;
  statements: (n: number) => string;
  kinds: Record<PolicyInfo['kind'], string>;
  actionTitle: string;
  actionPrompt: string;
  actionEmpty: string;
  actionBad: string;
  resourceTitle: string;
  resourcePrompt: string;
  resourceEmpty: string;
  resourceSpaces: string;
  contextTitle: string;
  contextPrompt: string;
  contextBad: (part: string) => string;
  principalTitle: string;
  principalPrompt: string;
  failed: (reason: string) => string;
  noAnswer: string;
}

const TEXT: Localized<Text> = {
  en: {
    noEditor: 'Simulate Request needs an open IAM policy.',
    notJson: 'Simulate Request works on JSON documents that hold an IAM policy.',
    noPolicy: 'This document holds no IAM policy.',
    pickTitle: 'Simulate Request: which policy?',
    statements: (n) => `${n} statement${n === 1 ? '' : 's'}`,
    kinds: { identity: 'identity policy', resource: 'resource-based policy', trust: 'role trust policy' },
    actionTitle: 'Simulate Request: action',
    actionPrompt: 'The action of the request, written service:Action, for example s3:GetObject',
    actionEmpty: 'Enter an action such as s3:GetObject.',
    actionBad: 'Write service:Action without wildcards, for example s3:GetObject.',
    resourceTitle: 'Simulate Request: resource',
    resourcePrompt: 'The resource ARN, for example arn:aws:s3:::my-bucket/photos/cat.jpg, or * for actions that take no resource',
    resourceEmpty: 'Enter an ARN, or * for actions that take no resource.',
    resourceSpaces: 'An ARN cannot contain spaces.',
    contextTitle: 'Simulate Request: condition context keys (optional)',
    contextPrompt: 'key=value pairs separated by commas or semicolons, for example aws:SourceIp=203.0.113.7, aws:SecureTransport=true. Repeat a key for several values; leave empty for none.',
    contextBad: (part) => `"${part}" is not key=value with a key such as aws:SourceIp.`,
    principalTitle: 'Simulate Request: principal (optional)',
    principalPrompt: 'The caller: an ARN, an account id or a service principal such as ec2.amazonaws.com. Leave empty to leave the Principal unchecked.',
    failed: (reason) => `Simulate Request: ${reason}`,
    noAnswer: 'the server gave no answer; see the output channel.',
  },
  ja: {
    noEditor: 'リクエストのシミュレーションには、IAM ポリシーを開いておく必要があります。',
    notJson: 'リクエストのシミュレーションは、IAM ポリシーを含む JSON ドキュメントで使えます。',
    noPolicy: 'このドキュメントには IAM ポリシーがありません。',
    pickTitle: 'リクエストのシミュレーション: どのポリシーですか?',
    statements: (n) => `ステートメント ${n} 個`,
    kinds: { identity: 'ID ベースのポリシー', resource: 'リソースベースのポリシー', trust: 'ロールの信頼ポリシー' },
    actionTitle: 'リクエストのシミュレーション: アクション',
    actionPrompt: 'リクエストのアクションを service:Action の形で入力します（例: s3:GetObject）',
    actionEmpty: 's3:GetObject のようにアクションを入力してください。',
    actionBad: 's3:GetObject のように service:Action の形で、ワイルドカードなしで入力してください。',
    resourceTitle: 'リクエストのシミュレーション: リソース',
    resourcePrompt: 'リソースの ARN（例: arn:aws:s3:::my-bucket/photos/cat.jpg）。リソースを取らないアクションには *',
    resourceEmpty: 'ARN を入力してください。リソースを取らないアクションには * を入力します。',
    resourceSpaces: 'ARN に空白は含められません。',
    contextTitle: 'リクエストのシミュレーション: 条件コンテキストキー（省略可）',
    contextPrompt: 'key=value をカンマかセミコロンで区切って入力します（例: aws:SourceIp=203.0.113.7, aws:SecureTransport=true）。複数の値はキーを繰り返します。なければ空のままにします。',
    contextBad: (part) => `"${part}" は aws:SourceIp のようなキーを持つ key=value ではありません。`,
    principalTitle: 'リクエストのシミュレーション: プリンシパル（省略可）',
    principalPrompt: '呼び出し元の ARN、アカウント ID、または ec2.amazonaws.com のようなサービスプリンシパル。空のままにすると Principal は確認しません。',
    failed: (reason) => `リクエストのシミュレーション: ${reason}`,
    noAnswer: 'サーバーから応答がありません。出力チャネルを確認してください。',
  },
};

const ACTION = /^[A-Za-z0-9.-]+:[A-Za-z0-9_.-]+$/;

/**
 * Reads `key=value, key=value; …` into context keys; a repeated key becomes a list (a multivalued key such as
 * aws:TagKeys). Returns the first malformed part as a string.
 */
export function parseContext(text: string): Record<string, string | string[]> | { bad: string } {
  const context: Record<string, string | string[]> = {};
  for (const raw of text.split(/[,;]/)) {
    const part = raw.trim();
    if (!part) continue;
    const at = part.indexOf('=');
    const key = at > 0 ? part.slice(0, at).trim() : '';
    if (!/^[^\s:]+:\S+$/.test(key)) return { bad: part };
    const value = part.slice(at + 1).trim();
    const previous = context[key];
    context[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return context;
}

async function pickPolicy(policies: PolicyInfo[], t: Text): Promise<PolicyInfo | undefined> {
  if (policies.length === 1) return policies[0];
  const picked = await vscode.window.showQuickPick(
    policies.map((p) => ({ label: `#${p.index + 1} ${p.label}`, description: `${t.kinds[p.kind]} · ${t.statements(p.statementCount)}`, policy: p })),
    { title: t.pickTitle },
  );
  return picked?.policy;
}

export interface SimulateIamRequestArgs {
  uri?: string;
  policy?: number;
  action?: string;
  resource?: string;
  /** Context keys, or the `key=value, …` text the prompt takes. */
  context?: string | Record<string, string | string[]>;
  principal?: string;
}

/**
 * Called by the command. Arguments may come positionally from a code lens or a caller:
 * (uri, policy, action, resource, context, principal). Returns the server's answer (tests read it), or
 * undefined when the user cancelled.
 */
export async function simulateIamRequest(client: LanguageClient, reports: ReportProvider, args: SimulateIamRequestArgs): Promise<SimulateIamRequestResult | undefined> {
  const t = textOf(TEXT);
  const target = await commandDocument(args.uri, t);
  if (!target) return undefined;
  const { uri, uriString } = target;

  // The list says which kind each policy is, which decides whether to ask for a principal.
  const policies = await client.sendRequest<PolicyInfo[]>(PoliciesMethod, { uri: uriString });
  let policy = args.policy;
  if (policy === undefined) {
    if (policies.length === 0) {
      void vscode.window.showWarningMessage(t.noPolicy);
      return undefined;
    }
    const picked = await pickPolicy(policies, t);
    if (!picked) return undefined;
    policy = picked.index;
  }
  const info = policies.find((p) => p.index === policy);

  let action = args.action;
  if (action === undefined) {
    action = await vscode.window.showInputBox({
      title: t.actionTitle,
      prompt: t.actionPrompt,
      placeHolder: 's3:GetObject',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? t.actionEmpty : ACTION.test(value.trim()) ? undefined : t.actionBad),
    });
    if (action === undefined) return undefined;
  }

  let resource = args.resource;
  if (resource === undefined) {
    resource = await vscode.window.showInputBox({
      title: t.resourceTitle,
      prompt: t.resourcePrompt,
      value: '*',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? t.resourceEmpty : /\s/.test(value.trim()) ? t.resourceSpaces : undefined),
    });
    if (resource === undefined) return undefined;
  }

  let contextText = args.context;
  if (contextText === undefined) {
    contextText = await vscode.window.showInputBox({
      title: t.contextTitle,
      prompt: t.contextPrompt,
      placeHolder: 'aws:SourceIp=203.0.113.7, aws:SecureTransport=true',
      ignoreFocusOut: true,
      validateInput: (value) => {
        const parsed = parseContext(value);
        return 'bad' in parsed && typeof parsed.bad === 'string' ? t.contextBad(parsed.bad) : undefined;
      },
    });
    if (contextText === undefined) return undefined;
  }
  let context: Record<string, string | string[]>;
  if (typeof contextText === 'string') {
    const parsed = parseContext(contextText);
    if ('bad' in parsed && typeof parsed.bad === 'string') {
      void vscode.window.showErrorMessage(t.failed(t.contextBad(parsed.bad)));
      return undefined;
    }
    context = parsed;
  } else {
    context = contextText;
  }

  let principal = args.principal;
  if (principal === undefined && info && info.kind !== 'identity') {
    principal = await vscode.window.showInputBox({ title: t.principalTitle, prompt: t.principalPrompt, ignoreFocusOut: true });
    if (principal === undefined) return undefined;
  }

  const params: SimulateIamRequestParams = { uri: uriString, policy, action: action.trim(), resource: resource.trim(), context };
  if (principal !== undefined && principal.trim() !== '') params.principal = principal.trim();
  const answer = await client.sendRequest<SimulateIamRequestResult>(SimulateIamRequestMethod, params);
  if (answer.error || !answer.report) {
    void vscode.window.showErrorMessage(t.failed(answer.error?.message ?? t.noAnswer));
    return answer;
  }
  const ranges = (answer.decidingRanges ?? []).map(toRange);
  if (ranges.length) await revealRange(uri, ranges[0], ranges.slice(1));
  else if (answer.policyRange) await revealRange(uri, toRange(answer.policyRange));
  await showReport(reports, answer.report);
  return answer;
}

// Feature: the only place where offsets become line/character positions and analysis data becomes
// LSP data.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind, CompletionItemKind, DiagnosticSeverity, DiagnosticTag, InsertTextFormat, MarkupKind,
  type CodeAction, type CodeLens, type CompletionItem, type Diagnostic, type Hover, type Range,
} from 'vscode-languageserver/node';
import type {
  CompletionEntry, DistributionEntry, Finding, Fix, HoverInfo, IamLens, IamSimulationReply, Lens, PathSimulationReply, PolicyEntry, Severity, Span,
} from '../analysis';
import {
  COMMANDS, DIAGNOSTIC_SOURCE,
  type DistributionInfo, type PolicyInfo, type SimulateIamRequestResult, type SimulatePathResult,
} from '../protocol';

export function toRange(document: TextDocument, span: Span): Range {
  const start = Math.max(0, Math.min(span.offset, document.getText().length));
  const end = Math.max(start, Math.min(span.offset + span.length, document.getText().length));
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function toSpan(document: TextDocument, range: Range): Span {
  const start = document.offsetAt(range.start);
  return { offset: start, length: Math.max(0, document.offsetAt(range.end) - start) };
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `docLinks` maps rule ids to the page a diagnostic's code links to (see ruleDocs.ts). */
export function toDiagnostic(document: TextDocument, finding: Finding, docLinks?: ReadonlyMap<string, string>): Diagnostic {
  const href = docLinks?.get(finding.rule);
  const diagnostic: Diagnostic = {
    range: toRange(document, finding.span),
    severity: SEVERITIES[finding.severity],
    code: finding.rule,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (href) diagnostic.codeDescription = { href };
  if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: document.uri, range: toRange(document, r.span) },
      message: r.message,
    }));
  }
  return diagnostic;
}

export function toCodeAction(document: TextDocument, fix: Fix, diagnostic: Diagnostic): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.isPreferred,
    edit: { changes: { [document.uri]: toTextEdits(document, fix) } },
  };
}

/** A rewrite the user asks for from the Refactor menu or the light bulb; no diagnostic behind it. */
export function toRefactorAction(document: TextDocument, fix: Fix): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.RefactorRewrite,
    edit: { changes: { [document.uri]: toTextEdits(document, fix) } },
  };
}

function toTextEdits(document: TextDocument, fix: Fix) {
  return fix.edits.map((edit) => ({ range: toRange(document, edit.span), newText: edit.newText }));
}

export function toHover(document: TextDocument, info: HoverInfo): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: info.markdown }, range: toRange(document, info.span) };
}

/** A completion entry as an LSP item that replaces its span (a partly typed key or value) with its text. */
export function toCompletionItem(document: TextDocument, entry: CompletionEntry): CompletionItem {
  const item: CompletionItem = {
    label: entry.label,
    kind: entry.kind === 'property' ? CompletionItemKind.Property : CompletionItemKind.Value,
    detail: entry.detail,
    sortText: entry.sortText,
    filterText: entry.filterText,
    insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: toRange(document, entry.span), newText: entry.insertText },
  };
  if (entry.documentation) item.documentation = { kind: MarkupKind.Markdown, value: entry.documentation };
  return item;
}

/**
 * Lens commands carry everything needed to act without server state: the document, the distribution and
 * the path for a simulation, or the range to reveal.
 */
export function toCodeLens(document: TextDocument, lens: Lens): CodeLens {
  const range = toRange(document, lens.span);
  if (!lens.action) return { range, command: { title: lens.title, command: '' } };
  if (lens.action.kind === 'reveal') {
    return { range, command: { title: lens.title, command: COMMANDS.revealRange, arguments: [document.uri, toRange(document, lens.action.span)] } };
  }
  const args: unknown[] = [document.uri, lens.action.distribution];
  if (lens.action.path !== undefined) args.push(lens.action.path, 'GET');
  return { range, command: { title: lens.title, command: COMMANDS.simulatePath, arguments: args } };
}

/** The "Simulate request…" lens on an IAM policy: the command gets the document and the policy's index. */
export function toIamCodeLens(document: TextDocument, lens: IamLens): CodeLens {
  return { range: toRange(document, lens.span), command: { title: lens.title, command: COMMANDS.simulateIamRequest, arguments: [document.uri, lens.policy] } };
}

/** A distribution of the Simulate Path pick, with its config object as a range. */
export function toDistributionInfo(document: TextDocument, { span, ...entry }: DistributionEntry): DistributionInfo {
  return { ...entry, range: toRange(document, span) };
}

/** A policy of the Simulate IAM Request pick, with its anchor as a range. */
export function toPolicyInfo(document: TextDocument, { span, ...entry }: PolicyEntry): PolicyInfo {
  return { ...entry, range: toRange(document, span) };
}

/** The wire form of a Simulate Path answer, its behavior span as a range; an error passes as it is. */
export function toSimulatePathResult(document: TextDocument, reply: PathSimulationReply): SimulatePathResult {
  if (reply.error) return { error: reply.error };
  const { behaviorSpan, ...rest } = reply;
  return { ...rest, behaviorRange: toRange(document, behaviorSpan) };
}

/** The wire form of a Simulate IAM Request answer, its spans as ranges; an error passes as it is. */
export function toSimulateIamRequestResult(document: TextDocument, reply: IamSimulationReply): SimulateIamRequestResult {
  if (reply.error) return { error: reply.error };
  const { decidingSpans, policySpan, ...rest } = reply;
  return { ...rest, decidingRanges: decidingSpans.map((span) => toRange(document, span)), policyRange: toRange(document, policySpan) };
}

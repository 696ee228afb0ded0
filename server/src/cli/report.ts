// Feature: CLI reports. Findings of each file become text (1-based lines, for terminals and problem
// matchers), JSON (0-based lines, as in LSP) or SARIF 2.1.0 (for code-scanning dashboards).

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentKind, Finding, Locale, Severity } from '../analysis';
import { pick, rules } from '../analysis';

export interface FileResult {
  /** The path as given or found, with forward slashes. */
  path: string;
  text: string;
  kinds: DocumentKind[];
  findings: Finding[];
}

interface Position {
  line: number;
  character: number;
}

interface RangeOut {
  start: Position;
  end: Position;
}

function rangeOf(document: TextDocument, finding: Finding): RangeOut {
  return {
    start: document.positionAt(finding.span.offset),
    end: document.positionAt(finding.span.offset + finding.span.length),
  };
}

function documentOf(file: FileResult): TextDocument {
  return TextDocument.create('file:///' + file.path, 'json', 1, file.text);
}

/** One line per finding: `path:line:col severity rule message`, with 1-based line and column. */
export function formatText(files: FileResult[]): string {
  const lines: string[] = [];
  for (const file of files) {
    const document = documentOf(file);
    for (const finding of file.findings) {
      const { start } = rangeOf(document, finding);
      lines.push(`${file.path}:${start.line + 1}:${start.character + 1} ${finding.severity} ${finding.rule} ${finding.message}`);
    }
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

export function formatJson(files: FileResult[]): string {
  const out = {
    version: 1,
    files: files.map((file) => {
      const document = documentOf(file);
      return {
        path: file.path,
        kinds: file.kinds,
        findings: file.findings.map((finding) => ({
          rule: finding.rule,
          severity: finding.severity,
          message: finding.message,
          range: rangeOf(document, finding),
        })),
      };
    }),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

const SARIF_LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/** Encodes a relative path as a URI reference, as SARIF's artifactLocation.uri requires. */
function toUriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(files: FileResult[], toolVersion: string, locale: Locale = 'en'): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  const results = files.flatMap((file) => {
    const document = documentOf(file);
    return file.findings.map((finding) => {
      const { start, end } = rangeOf(document, finding);
      const index = ruleIndex.get(finding.rule);
      return {
        ruleId: finding.rule,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: SARIF_LEVELS[finding.severity],
        message: { text: finding.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: toUriReference(file.path) },
            // SARIF lines and columns are 1-based; columns count UTF-16 code units by default.
            region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
          },
        }],
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'CloudFront & IAM Lens',
          version: toolVersion,
          rules: rules.map((rule) => ({
            id: rule.meta.id,
            name: rule.meta.title.en,
            shortDescription: { text: pick(rule.meta.title, locale) },
            fullDescription: { text: pick(rule.meta.description, locale) },
            helpUri: rule.meta.sources[0],
            defaultConfiguration: { level: SARIF_LEVELS[rule.meta.severity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

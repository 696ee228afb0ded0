// Feature: where a diagnostic's rule code links to. The rule reference (docs/rules.md, docs/rules.ja.md) ships
// inside the extension, so the link opens it in the editor at the rule's heading, offline; a rule without an
// entry there links to the AWS documentation it rests on.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules, type Locale } from '../analysis';

/** docs/ sits beside dist/ in the installed extension and in the repository alike. */
const DOCS = path.resolve(__dirname, '..', 'docs');

/** Returns the link for each rule id, in the reference for `locale`. Never throws. */
export function ruleDocLinks(locale: Locale): Map<string, string> {
  const links = new Map(rules.map((rule) => [rule.meta.id, rule.meta.sources[0]]));
  const file = path.join(DOCS, locale === 'ja' ? 'rules.ja.md' : 'rules.md');
  let lines: string[];
  try {
    lines = fs.readFileSync(file, 'utf8').split('\n');
  } catch {
    return links;
  }
  const url = pathToFileURL(file).href;
  lines.forEach((line, index) => {
    const heading = /^## (\S+)$/.exec(line);
    // VS Code opens a file URI with a #L<line> fragment at that line.
    if (heading && links.has(heading[1])) links.set(heading[1], `${url}#L${index + 1}`);
  });
  return links;
}

// Feature: safe Markdown for hovers and reports. Text that comes from the user's document is put in
// code spans whose fence is longer than any run of backticks inside it, so it can never inject markup.

export function code(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

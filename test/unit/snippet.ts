// Test helper: expands an LSP snippet the way an editor does when a proposal is accepted, taking the first
// choice and each placeholder's default. It is strict where editors are lenient: a backslash must escape
// `$`, `}` or `\` (and `,` or `|` in a choice), so a test fails on a snippet that only works by accident.

function unescape(text: string, escapable: RegExp, where: string): string {
  return text.replace(/\\(.?)/gs, (_match, next: string) => {
    if (!escapable.test(next)) throw new Error(`Stray backslash in ${where}: ${JSON.stringify(text)}`);
    return next;
  });
}

/** The text a snippet inserts. Throws on syntax an editor would read differently from what was meant. */
export function expandSnippet(snippet: string): string {
  let out = '';
  let i = 0;
  while (i < snippet.length) {
    const rest = snippet.slice(i);
    if (rest[0] === '\\') {
      if (!/^\\[$}\\]/.test(rest)) throw new Error(`Stray backslash in snippet: ${JSON.stringify(snippet)}`);
      out += rest[1];
      i += 2;
      continue;
    }
    if (rest[0] === '$') {
      const stop = /^\$\d+/.exec(rest);
      const choice = /^\$\{\d+\|((?:\\.|[^\\|])*)\|\}/s.exec(rest);
      const placeholder = /^\$\{\d+:((?:\\.|[^\\}])*)\}/s.exec(rest);
      if (stop) {
        i += stop[0].length;
      } else if (choice) {
        const first = /^(?:\\.|[^\\,])*/s.exec(choice[1])![0];
        out += unescape(first, /^[$}\\,|]$/, 'a choice');
        i += choice[0].length;
      } else if (placeholder) {
        out += expandSnippet(placeholder[1]);
        i += placeholder[0].length;
      } else {
        throw new Error(`Unreadable snippet syntax: ${JSON.stringify(rest)}`);
      }
      continue;
    }
    out += rest[0];
    i++;
  }
  return out;
}

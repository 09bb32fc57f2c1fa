/**
 * Text from a file (its name, words of the report quoted in a message) printed by the CLI. A name
 * or a report may hold terminal escapes (ESC [ … m recolours or rewrites the screen), line breaks
 * (a line starting `::error` is read as a command by CI logs) or bidirectional overrides (a name
 * that reads differently than it is): each such character is printed as its code, `\u{1b}`, so
 * one finding stays one line and the terminal only shows text.
 */
export function terminalSafe(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isUnsafe(c)) continue;
    out += `${text.slice(from, i)}\\u{${c.toString(16)}}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function isUnsafe(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * A file path as a SARIF artifact URI reference: '/' separators, every segment percent-encoded
 * (spaces, '#', '%', '?', Chinese names), a Windows drive kept as `C:`.
 */
export function sarifUri(path: string): string {
  const segments = path.replace(/\\/g, '/').split('/');
  const encoded = segments.map((s, k) => (k === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s)));
  const uri = encoded.join('/');
  return /^[A-Za-z]:\//.test(uri) ? `file:///${uri}` : uri.startsWith('/') ? `file://${uri}` : uri;
}

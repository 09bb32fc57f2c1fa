import { base64ToBytes } from './base64';
import { ImportError } from './errors';

/**
 * MHTML (.mhtml / .mht: a web page saved by a browser, or "single file web page" from Word/WPS):
 * a MIME message whose HTML part is the report. Decoded here into the HTML text (headers,
 * multipart boundaries, quoted-printable / base64, the part's charset: gb2312 and GBK decode as
 * GB18030, their superset). The HTML itself is read by the core like a saved .html page.
 */

interface Part {
  readonly headers: ReadonlyMap<string, string>;
  readonly body: string;
}

/** The first bytes look like a MIME message with a multipart/related body (or a single HTML part). */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 4096));
  return /^\s*(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?MIME-Version:/i.test(head) && /Content-Type:\s*(?:multipart\/related|text\/html)/i.test(head);
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** Splits a header block (folded lines joined) from its body. */
function splitPart(raw: string): Part {
  const end = /\r?\n\r?\n/.exec(raw);
  const headerText = end ? raw.slice(0, end.index) : raw;
  const body = end ? raw.slice(end.index + end[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function parameter(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return m?.[1] ?? m?.[2];
}

function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const hex = text.slice(i + 1, i + 3);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(hex)) { out.push(parseInt(hex, 16)); i += 2; } else out.push(c & 0xff);
  }
  return Uint8Array.from(out);
}

function bytesOf(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return base64ToBytes(part.body);
  if (encoding === 'quoted-printable') return quotedPrintable(part.body);
  return Uint8Array.from(part.body, (c) => c.charCodeAt(0) & 0xff);
}

/** The label TextDecoder knows for a declared charset (gb2312 / GBK → GB18030, their superset). */
function decoderFor(charset: string | undefined): { decode(bytes: Uint8Array): string } {
  const name = (charset ?? 'utf-8').toLowerCase();
  const label = /^(gb2312|gbk|gb_2312|x-gbk|cp936|gb18030)$/.test(name) ? 'gb18030' : name;
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** The charset an HTML document declares in a <meta> (for parts whose Content-Type has none). */
function metaCharset(bytes: Uint8Array): string | undefined {
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(latin1(bytes.subarray(0, 4096)))?.[1];
}

/** The HTML of an MHTML file (its root part: the `start` part, else the first text/html part). */
export function mhtmlToHtml(bytes: Uint8Array): string {
  const message = splitPart(latin1(bytes));
  const type = message.headers.get('content-type') ?? '';
  let parts: Part[] = [message];
  const boundary = parameter(type, 'boundary');
  if (/multipart\//i.test(type) && boundary !== undefined) {
    const marker = `--${boundary}`;
    // The line break before a boundary belongs to the boundary (RFC 2046).
    parts = message.body.split(marker).slice(1).filter((p) => !p.startsWith('--')).map((p) => splitPart(p.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
  }
  const start = parameter(type, 'start');
  const html = (start !== undefined ? parts.find((p) => p.headers.get('content-id') === start) : undefined)
    ?? parts.find((p) => /text\/html/i.test(p.headers.get('content-type') ?? ''));
  if (!html) throw new ImportError('import/mhtml-no-html');
  const data = bytesOf(html);
  const charset = parameter(html.headers.get('content-type'), 'charset') ?? metaCharset(data);
  return decoderFor(charset).decode(data).replace(/^\uFEFF/, '');
}

import { trimEndOf } from '../../server/src/core/text/trim';

/** What the web client tells its server in `initialize` (LSP initializationOptions). */
export interface WebInitializationOptions {
  /** The extension's docs/rules as a URI without trailing '/': the diagnostics' rule links. */
  readonly docsBase: string;
  /** The extension's dist/pdfjs as a URI without trailing '/': where the server imports pdf.js from on the first PDF (web/extension/pdf.ts). */
  readonly pdfjsBase: string;
}

/** The server asks its client for a GB character map of dist/pdfjs/cmaps (params: { name }; result: the .bcmap bytes in base64, or null). */
export const PDFJS_CMAP_REQUEST = 'govreport/pdfjsCMap';

/** A character map's name as pdf.js asks for it (UniGB-UCS2-H, Adobe-GB1-UCS2): never a path. */
export const CMAP_NAME = /^[A-Za-z0-9-]+$/;

/** The docs base from an LSP message, when it is the `initialize` request and carries one of http(s) or the web host's own schemes. */
export function docsBaseOf(message: unknown): string | undefined {
  return baseOf(message, 'docsBase');
}

/** The pdf.js folder from an LSP message, under the same conditions as the docs base. */
export function pdfjsBaseOf(message: unknown): string | undefined {
  return baseOf(message, 'pdfjsBase');
}

function baseOf(message: unknown, key: keyof WebInitializationOptions): string | undefined {
  if (typeof message !== 'object' || message === null || (message as { method?: unknown }).method !== 'initialize') return undefined;
  const options = (message as { params?: { initializationOptions?: unknown } }).params?.initializationOptions;
  const base = typeof options === 'object' && options !== null ? (options as Partial<Record<string, unknown>>)[key] : undefined;
  // Only a link of a scheme with no script in it (never javascript: or data:).
  return typeof base === 'string' && /^(https?|vscode-[a-z-]+):\/\//.test(base) ? trimEndOf(base, '/') : undefined;
}

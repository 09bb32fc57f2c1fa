import { trimEndOf } from '../../server/src/core/text/trim';

/** What the web client tells its server in `initialize` (LSP initializationOptions). */
export interface WebInitializationOptions {
  /** The extension's docs/rules as a URI without trailing '/': the diagnostics' rule links. */
  readonly docsBase: string;
}

/** The docs base from an LSP message, when it is the `initialize` request and carries one of http(s) or the web host's own schemes. */
export function docsBaseOf(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null || (message as { method?: unknown }).method !== 'initialize') return undefined;
  const options = (message as { params?: { initializationOptions?: unknown } }).params?.initializationOptions;
  const docsBase = typeof options === 'object' && options !== null ? (options as { docsBase?: unknown }).docsBase : undefined;
  // Only a link of a scheme with no script in it (never javascript: or data:).
  return typeof docsBase === 'string' && /^(https?|vscode-[a-z-]+):\/\//.test(docsBase) ? trimEndOf(docsBase, '/') : undefined;
}

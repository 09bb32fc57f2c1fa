/** The file path of a `file:` URI ('/a/b.md', 'c:/x/y.md'); undefined for untitled and other schemes. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const path = decodeURIComponent(new URL(uri).pathname);
    return /^\/[A-Za-z]:/.test(path) ? path.slice(1) : path;
  } catch {
    return undefined;
  }
}

/** The `file:` URI of a path, encoded as VS Code writes it ('/a/年报.md' → 'file:///a/%E5%B9%B4%E6%8A%A5.md', 'c:/x' → 'file:///c%3A/x'). */
export function fileUriOf(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  return `file://${slashed.startsWith('/') ? '' : '/'}${slashed.split('/').map((s) => encodeURIComponent(s)).join('/')}`;
}

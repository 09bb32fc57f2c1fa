/** The GB character maps of pdfjs-dist (Adobe-GB1, GB*, UniGB-*), base64 by name: scripts/esbuild-page.mjs. */
declare module 'govreport:gb-cmaps' {
  export const GB_CMAPS: Readonly<Record<string, string>>;
}

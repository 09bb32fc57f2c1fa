/** The checking worker's bundle (web/page/src/worker.ts) as text, put in the page's script by scripts/esbuild-page.mjs. */
declare module 'govreport:worker-source' {
  export const WORKER_SOURCE: string;
}

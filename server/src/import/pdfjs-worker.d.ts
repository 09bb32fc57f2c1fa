/** pdf.js's worker module has no type declarations; only its presence matters (it is handed to pdf.js whole). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

import type { OfficeReport } from '../core/office/build';

/**
 * What the heavier office formats need (write-excel-file, read-excel-file, docx): one bundle,
 * `dist/office-export.js`, that the CLI and the language server load on first use, so that
 * checking a file never pays for it. Under tests, the sources are imported directly.
 */
export interface Exporters {
  renderXlsx(report: OfficeReport): Promise<Uint8Array>;
  renderDocx(report: OfficeReport): Promise<Uint8Array>;
  /** The first sheet of an .xlsx as rows of cell texts (a roster). */
  readSheetRows(bytes: Uint8Array): Promise<string[][]>;
}

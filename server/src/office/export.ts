/** Entry of dist/office-export.js: the writers and reader the CLI and the server load on first use (exporters.ts). */
import { renderDocx } from './docx';
import { readSheetRows, renderXlsx } from './xlsx';
import type { Exporters } from './exporters';

const exporters: Exporters = { renderXlsx, renderDocx, readSheetRows };
export = exporters;

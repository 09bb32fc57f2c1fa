import type { ZH_CN_PDF } from './zh-cn-pdf';

/** English messages of the PDF importer (same keys and placeholders as zh-cn-pdf.ts). */
export const EN_PDF: Readonly<Record<keyof typeof ZH_CN_PDF, string>> = {
  'pdf/table-image': 'The statistical table on page {page} is a picture and cannot be checked. Get a text version (a Word file or a PDF whose text can be copied) to check this table.',
  'pdf/image-pages': 'Page(s) {pages} hold only pictures and no readable text; their content was not checked.',
  'pdf/image-placeholder': 'Picture (page {page})',
  'pdf/scanned': 'This PDF is a scan or a set of pictures ({pages} page(s), no readable text) and cannot be checked. Use the Word file or a PDF whose text can be copied.',
  'pdf/empty': 'This PDF has no pages and cannot be checked.',
  'pdf/no-text': 'This PDF holds no readable text and cannot be checked.',
  'pdf/corrupt': 'The PDF file is damaged or incomplete and cannot be read. Download or export it again and check it again.',
  'pdf/encrypted': 'The PDF file is protected by a password and cannot be read. Remove the password, save it, and check it again.',
  'pdf/too-many-pages': 'The PDF has {pages} pages, more than the limit of {limit}; it was not read (an annual report has a few to a few dozen pages: is this the right file?).',
  'pdf/timeout': 'Reading the PDF took longer than {seconds} seconds and was stopped: the file may be too large or malformed.',
  'pdf/engine-missing': 'The PDF reader (pdf.js) is missing or cannot be loaded, so PDF files cannot be read. Reinstall the extension or the govreport command-line tool.',
  'pdf/engine-missing-page': 'This page\'s PDF reader (pdf.js) could not start in this browser, so PDF files cannot be read. Open the page in a current Chrome, Edge or Firefox, or check the PDF with desktop VS Code or the command line (govreport check).',
  'pdf/engine-missing-web': 'VS Code for the Web could not load the extension\'s PDF reader (pdf.js), so PDF files cannot be read; everything else keeps working. Reload the page and try again, or check the PDF with desktop VS Code or the command line (govreport check).',
};

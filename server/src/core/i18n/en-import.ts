import type { ZH_CN_IMPORT } from './zh-cn-import';

export const EN_IMPORT: Readonly<Record<keyof typeof ZH_CN_IMPORT, string>> = {
  'import/corrupt': 'The file is damaged or incomplete and cannot be read ({format}). Open it in Word or WPS and save it again, then check it.',
  'import/not-zip': 'A .docx file is a zip package, but this file is not: it may be damaged, or its extension is wrong.',
  'import/no-document': 'The package has no Word body (word/document.xml): it is not a Word document (perhaps another office file).',
  'import/too-many-entries': 'The file has too many parts (more than {limit}); it does not look like a Word file and was not read, for safety.',
  'import/too-large': 'The file expands to more than {limit} MB and was not read, for safety.',
  'import/bomb': 'The file’s compression ratio is abnormal (a likely zip bomb); it was not read, for safety.',
  'import/encrypted': 'The file is encrypted or password-protected and cannot be read. Remove the password, save it, then check it.',
  'import/unsupported': 'The file uses an unsupported compression method. Save it as .docx in Word or WPS, then check it.',
  'import/bad-xml': 'The {part} of the Word file is malformed and cannot be read. Open it in Word or WPS and save it again, then check it.',
  'import/doc-unreadable': 'This .doc/.wps file cannot be read (damaged, or not Word 97–2003 format). Save it as .docx in Word or WPS, then check it.',
  'import/rtf': 'This is an RTF file: save it as .docx in Word or WPS, then check it.',
  'import/mismatch': 'The file’s content is not {expected} (the extension does not match the content); it cannot be read.',
  'import/file-too-large': 'The file is too large ({size} MB; the limit is {limit} MB) and was not read.',
  'import/mhtml-no-html': 'The MHTML file has no web page body (text/html part) to check.',
  'import/doc-table-structure': 'The merged and blank cells of the tables of a .doc/.wps file cannot be recovered (table {tables}); their cells were read in text order, so table findings may be inaccurate. Compare with the original table, or save as .docx and check again.',
  'import/doc-numbering': 'A .doc/.wps file does not keep Word’s automatic numbering: {count} part titles equal to the standard titles were given their numbers (such as 一、) in order before checking.',
  'import/location.paragraph': 'paragraph {paragraph}',
  'import/location.report-table': 'table {table}, row {row}, column {column}',
  'import/location.table': 'table #{table}, row {row}, column {column}',
  'import/location.page': 'page {page}',
} as const;

/** The rule id of an importer's notice in the finding list (what could not be read from the file). */
export const IMPORT_NOTICE_RULE = 'runner/import-notice';

/**
 * The custom requests between the client and the server (method names and payloads), shared by
 * both sides so they cannot drift apart.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { StatusInfo } from './status';

export const STATUS_REQUEST = 'govreport/status';
export interface StatusParams { readonly uri: string }
export type { StatusInfo };

export const NEW_REPORT_REQUEST = 'govreport/newReport';
export interface NewReportParams { readonly body: string; readonly year: number; readonly level?: 'department' | 'government' }
export interface NewReportResult { readonly text: string }

export const CHECK_FILES_REQUEST = 'govreport/checkFiles';
export interface CheckFilesParams { readonly uris: readonly string[] }
export interface CheckFilesResult { readonly files: readonly { readonly uri: string; readonly diagnostics: readonly Diagnostic[] }[] }

export const RULES_REQUEST = 'govreport/rules';
export interface RuleInfo { readonly id: string; readonly title: string; readonly category: string; readonly fixable: boolean }

/**
 * A file that is not text (Word, PDF), read by the client (vscode.workspace.fs, so any file system
 * works) and imported by the server: `uri` is the read-only virtual document that will show the
 * rendering (scheme IMPORT_SCHEME), `data` the file's bytes in base64.
 */
export const IMPORT_FILE_REQUEST = 'govreport/importFile';
export const IMPORT_SCHEME = 'govreport-import';
export interface ImportFileParams { readonly uri: string; readonly name: string; readonly data: string }
export type ImportFileResult = { readonly text: string } | { readonly failure: string };

export const OFFICE_REPORT_REQUEST = 'govreport/officeReport';
/** The workspace's report files (file: URIs), the workspace folders, and the format wanted. */
export interface OfficeReportParams { readonly uris: readonly string[]; readonly folders: readonly string[]; readonly format: 'html' | 'xlsx' | 'docx' }
/** The 校验报告: the HTML itself, or an .xlsx/.docx as base64; counts for the view's title and message. */
export interface OfficeReportResult { readonly title: string; readonly units: number; readonly fix: number; readonly html?: string; readonly base64?: string; readonly problem?: string }

/** Client → server: the user trusted the workspace (VS Code's onDidGrantWorkspaceTrust); `.govreportrc.json` files apply from now on. Until then (initializationOptions.workspaceTrusted false) they do not. */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'govreport/workspaceTrusted';

/** The table view of one table of a document (service/table-view.ts: TableViewParams → TableViewResult). */
export const TABLE_VIEW_REQUEST = 'govreport/tableView';
/** The client command that opens the table view (code lens argument: a TableRef). */
export const OPEN_TABLE_VIEW_COMMAND = 'govreport.openTableView';

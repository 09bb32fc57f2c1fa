import { REPORT_FILE_NAME } from '../../../server/src/core/editor/detect';
import { IMPORTED_FILE_NAME, MAX_IMPORT_BYTES } from '../../../server/src/import/registry';
import type { DroppedFile } from './check';

/** What a dropped folder contributes, as the CLI walks a folder: reports, Word/PDF files and saved pages; hidden folders and node_modules skipped. */
const WEB_PAGE_FILE_NAME = /\.html?$/i;
const SKIPPED_DIRECTORY = /^(\.|node_modules$)/;
/** A dropped folder is read at most this deep and this wide (a whole disk dropped by mistake stops). */
const MAX_FILES = 2000;
const MAX_DEPTH = 8;

export function isReportFileName(name: string): boolean {
  return REPORT_FILE_NAME.test(name) || IMPORTED_FILE_NAME.test(name) || WEB_PAGE_FILE_NAME.test(name);
}

/** A file too large to read is kept out with its reason instead of being read into memory. */
export interface SkippedFile {
  readonly path: string;
  readonly size: number;
}

export interface Collected {
  readonly files: DroppedFile[];
  readonly skipped: SkippedFile[];
}

async function read(file: File, path: string, fromFolder: boolean, into: Collected): Promise<void> {
  if (file.size > MAX_IMPORT_BYTES) {
    into.skipped.push({ path, size: file.size });
    return;
  }
  into.files.push({ name: file.name, path, bytes: new Uint8Array(await file.arrayBuffer()), fromFolder });
}

/** Files chosen in the file dialog (always checked), or in the folder dialog (webkitRelativePath set: checked when they look like reports). */
export async function fromInput(list: FileList): Promise<Collected> {
  const into: Collected = { files: [], skipped: [] };
  const key = (f: File) => f.webkitRelativePath || f.name;
  const files = [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const file of files) {
    const path = file.webkitRelativePath || file.name;
    const inFolder = file.webkitRelativePath !== '';
    if (inFolder && (!isReportFileName(file.name) || path.split('/').slice(0, -1).some((d, i) => i > 0 && SKIPPED_DIRECTORY.test(d)))) continue;
    if (into.files.length >= MAX_FILES) break;
    await read(file, path, inFolder, into);
  }
  return into;
}

/** A drop: files as they are, folders walked (entries API; Chromium and Firefox). */
export async function fromDrop(transfer: DataTransfer): Promise<Collected> {
  const into: Collected = { files: [], skipped: [] };
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) {
    for (const file of [...transfer.files]) await read(file, file.name, false, into);
    return into;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) await walk(entry, entry.name, false, 0, into);
  return into;
}

async function walk(entry: FileSystemEntry, path: string, fromFolder: boolean, depth: number, into: Collected): Promise<void> {
  if (into.files.length >= MAX_FILES) return;
  if (entry.isFile) {
    if (fromFolder && !isReportFileName(entry.name)) return;
    const file = await new Promise<File>((resolve, reject) => { (entry as FileSystemFileEntry).file(resolve, reject); });
    await read(file, path, fromFolder, into);
    return;
  }
  if (!entry.isDirectory || depth >= MAX_DEPTH || (depth > 0 && SKIPPED_DIRECTORY.test(entry.name))) return;
  const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
  for (const child of children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) await walk(child, `${path}/${child.name}`, true, depth + 1, into);
}

/** readEntries gives a directory in batches (100 in Chromium) until an empty one. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => { reader.readEntries(resolve, reject); });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

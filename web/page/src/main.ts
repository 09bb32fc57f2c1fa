import type { DroppedFile } from './check';
import { Cancelled, Checker } from './checker';
import { el } from './dom';
import { fromDrop, fromInput } from './files';
import type { Collected } from './files';
import { officeReportHtml } from './office-export';
import type { FileView } from './protocol';
import { reportView, SEVERITY_TEXT } from './report-view';

/**
 * The offline page (dist/offline/index.html): files dropped or chosen are read here, in this tab,
 * checked by the same core as the editor and the CLI in the page's worker (checker.ts, worker.ts: the
 * page stays responsive, shows progress and can cancel), and shown one report at a time. Nothing is
 * sent anywhere: the page has no network code, and its Content-Security-Policy forbids connections.
 */
function $(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node;
}
const input = (id: string) => $(id) as HTMLInputElement;

let results: FileView[] = [];
let roster: Uint8Array | undefined;
const checker = new Checker();
/** The latest drop: an older one, cancelled by it, no longer writes to the page. */
let generation = 0;

async function load(collected: Promise<Collected>): Promise<void> {
  const mine = ++generation;
  const status = $('status');
  const progress = $('progress') as HTMLProgressElement;
  status.textContent = '正在读取和检查……';
  delete status.dataset.checked;
  delete status.dataset.cancelled;
  document.body.classList.add('busy');
  try {
    const { files, skipped } = await collected;
    if (mine !== generation) return;
    const rosterFile = files.find((f) => /\.csv$/i.test(f.name));
    roster = rosterFile?.bytes ?? roster;
    const reports: DroppedFile[] = files.filter((f) => !/\.csv$/i.test(f.name));
    const started = performance.now();
    progress.max = Math.max(1, reports.length);
    progress.value = 0;
    progress.hidden = false;
    $('cancel').hidden = false;
    results = await checker.check(reports, (done, total, path) => {
      progress.value = done;
      status.textContent = `正在检查第 ${done + 1} 个（共 ${total} 个）：${path}`;
    });
    const ms = Math.round(performance.now() - started);
    status.textContent = reports.length === 0 ? '没有找到可检查的文件（Markdown、文本、Word .docx、PDF 或网页）。'
      : `已检查 ${results.length} 个文件，用时 ${ms} 毫秒${skipped.length > 0 ? `；${skipped.length} 个文件超过 100 MB，未读取：${skipped.map((s) => s.path).join('、')}` : ''}${rosterFile ? `；已读入单位名单 ${rosterFile.name}` : ''}。`;
    status.dataset.checked = String(results.length);
    showList();
    if (results[0]) show(0);
  } catch (error) {
    if (mine !== generation) return;
    status.textContent = error instanceof Cancelled ? '已取消检查。' : `读取失败：${error instanceof Error ? error.message : String(error)}`;
    if (error instanceof Cancelled) status.dataset.cancelled = 'true';
  } finally {
    if (mine === generation) {
      progress.hidden = true;
      $('cancel').hidden = true;
      document.body.classList.remove('busy');
    }
  }
}

function showList(): void {
  const list = $('files');
  list.replaceChildren(...results.map((r, i) => {
    const counts = (['error', 'warning', 'info'] as const).map((s) => [s, r.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
    const state = r.failure !== undefined ? el('span', { class: 'count sev-error' }, '无法读取') : r.notice !== undefined ? el('span', { class: 'count' }, '未检查') : counts.length === 0 ? el('span', { class: 'count ok' }, '未发现问题') : undefined;
    return el('li', {}, el('button', { type: 'button', 'data-index': String(i), 'data-path': r.path }, el('span', { class: 'name' }, r.path), state, ...counts.map(([s, n]) => el('span', { class: `count sev-${s}` }, `${SEVERITY_TEXT[s]} ${n}`))));
  }));
  ($('export') as HTMLButtonElement).disabled = !results.some((r) => r.checked);
}

function show(index: number): void {
  const result = results[index];
  if (!result) return;
  for (const b of $('files').querySelectorAll('button')) b.setAttribute('aria-current', String(b.dataset.index === String(index)));
  $('report').replaceChildren(reportView(result));
}

function exportReport(): void {
  const { html, title } = officeReportHtml(results, roster, new Date());
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = el('a', { href: url, download: `${title || '校验报告'}.html` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => { URL.revokeObjectURL(url); }, 60_000);
}

function start(): void {
  const drop = $('drop');
  const filesInput = input('file-input');
  const folderInput = input('folder-input');
  $('pick-files').addEventListener('click', () => { filesInput.click(); });
  $('pick-folder').addEventListener('click', () => { folderInput.click(); });
  for (const chooser of [filesInput, folderInput]) chooser.addEventListener('change', () => {
    if (chooser.files && chooser.files.length > 0) void load(fromInput(chooser.files));
    chooser.value = '';
  });
  // The whole window takes drops: a file dropped beside the zone is not opened by the browser instead.
  window.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  window.addEventListener('dragleave', (e) => { if (e.relatedTarget === null) drop.classList.remove('over'); });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer) void load(fromDrop(e.dataTransfer));
  });
  $('files').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-index]');
    if (button) show(Number(button.dataset.index));
  });
  $('export').addEventListener('click', exportReport);
  $('cancel').addEventListener('click', () => { checker.cancel(); });
  document.body.dataset.ready = 'true';
}

start();

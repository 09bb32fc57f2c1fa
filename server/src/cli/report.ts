import { DEFAULT_OPTIONS } from '../core/editor/options';
import { folderOf, optionsWithRc } from '../core/editor/rc-lookup';
import type { RcLayer } from '../core/editor/rc-lookup';
import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { buildOfficeReport } from '../core/office/build';
import type { OfficeReport } from '../core/office/build';
import { formatSidecar, parseSidecar, recordSidecar, SIDECAR_FILE_NAME } from '../core/office/decisions';
import type { Sidecar } from '../core/office/decisions';
import type { OfficeOptions } from '../core/editor/office-options';
import { parseCsv, rosterFromRows } from '../core/office/roster';
import type { RosterEntry } from '../core/office/roster';
import type { UnitFacts } from '../core/office/types';
import { withLocalDeadlines } from '../core/office/timeliness';
import { decodeReport } from '../core/text/decode';
import { renderHtml } from '../office/html';
import type { ReportCommand } from './args';
import { checkPaths } from './main';
import { rcLayers } from './check-file';
import { factsOf } from './unit-facts';
import { terminalSafe } from './format/escape';
import type { CliIO } from './main';
import { progressBar } from './progress';

/**
 * `govreport report <folders…> --out 校验报告.html|.xlsx|.docx`: every file checked exactly as
 * `govreport check` checks it (cross-year included), then the office's view: summary, findings
 * per unit with place, context and fingerprint, 汇总, roster, local deadlines, copying, and the
 * decisions file. Exit code as `check`: 1 when a unit 需整改, 2 when a file, the roster or the
 * output could not be read or written.
 */
export async function report(command: ReportCommand, io: CliIO): Promise<number> {
  const { locale } = command;
  const progress = progressBar(io, locale, command.progress);
  // The office's facts are taken from each analysis as it comes (again when cross-year findings
  // are added), so that no model outlives its file.
  const checkedFacts = new Map<number, UnitFacts>();
  const run = await checkPaths(command.paths, command, io, {
    onFacts: (index, facts) => { checkedFacts.set(index, facts); },
    ...(progress ? { onFile: (done: number, total: number, path: string) => { progress.update(done, total, path); } } : {}),
  });
  progress?.finish();
  const { results } = run;
  const units = results.map((r, k) => checkedFacts.get(k) ?? factsOf(r, undefined, locale));
  let failed = results.some((r) => r.failure !== undefined) || run.config.unusable;

  const anchor = command.paths[0] ?? '.';
  const folder = io.kind(anchor) === 'directory' ? anchor : folderOf(anchor);
  const layers = rcLayers(io.joinPath(folder, '.govreportrc.json'), io, run.config.layersByFolder, folder);
  const anchorOptions = optionsWithRc(DEFAULT_OPTIONS, layers);
  const office: OfficeOptions = withLocalDeadlines(anchorOptions.office ?? {}, (run.pack?.local ?? anchorOptions.local)?.deadlines);

  let roster: RosterEntry[] | undefined;
  const rosterPath = command.roster ?? rosterFileOf(layers);
  if (rosterPath !== undefined) {
    const read = await readRoster(rosterPath, io);
    if ('reason' in read) {
      io.writeErr(`govreport：${terminalSafe(formatMessage(locale, 'office/cli.roster-unreadable', { path: rosterPath, reason: read.reason }))}\n`);
      failed = true;
    } else roster = read.entries;
  } else if (Array.isArray(office.roster)) {
    roster = (office.roster as readonly string[]).map((name) => ({ name }));
  }

  const sidecarPath = command.decisions ?? io.joinPath(folder, SIDECAR_FILE_NAME);
  let sidecar: Sidecar | undefined;
  if (io.kind(sidecarPath) === 'file') {
    const parsed = parseSidecar(new TextDecoder().decode(io.readFile(sidecarPath)));
    for (const problem of parsed.problems) io.writeErr(`govreport：${terminalSafe(formatMessage(locale, 'office/cli.sidecar-problem', { path: sidecarPath, problem }))}\n`);
    sidecar = parsed.sidecar;
  }

  const now = io.now?.() ?? new Date();
  const generated = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  const officeReport = buildOfficeReport({
    units, options: office, folders: command.paths, generated, tool: `govreport ${io.version}`, locale,
    ...(roster ? { roster } : {}), ...(sidecar ? { sidecar } : {}),
  });

  const bytes = await render(officeReport, command.format, io);
  if (bytes === undefined) return 2;
  if (!write(command.out, bytes, io, locale)) return 2;
  const { totals } = officeReport;
  const others = totals.others > 0 ? formatMessage(locale, 'office/label.overview-others', { count: totals.others }) : '';
  io.writeOut(`${formatMessage(locale, 'office/cli.written', { out: command.out, units: officeReport.units.length, ok: totals.ok, fix: totals.fix, others })}\n`);
  if (command.record) {
    const recorded = recordSidecar(officeReport.units, sidecar, officeReport.generated);
    if (!write(sidecarPath, new TextEncoder().encode(formatSidecar(recorded)), io, locale)) return 2;
    io.writeOut(`${formatMessage(locale, 'office/cli.recorded', { count: recorded.entries.length, path: sidecarPath })}\n`);
  }
  if (failed) return 2;
  return totals.fix > 0 ? 1 : 0;
}

/** The roster file named in the nearest .govreportrc.json that names one, relative to that file's folder. */
function rosterFileOf(layers: readonly RcLayer[]): string | undefined {
  for (const layer of [...layers].reverse()) {
    const roster = layer.options.office?.roster;
    if (roster && !Array.isArray(roster)) {
      const file = (roster as { file: string }).file;
      return /^([\\/]|[A-Za-z]:)/.test(file) ? file : `${folderOf(layer.path)}/${file}`;
    }
    if (roster) return undefined;
  }
  return undefined;
}

async function readRoster(path: string, io: CliIO): Promise<{ entries: RosterEntry[] } | { reason: string }> {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
  if (/\.xlsx$/i.test(path)) {
    if (!io.exporters) return { reason: 'no .xlsx reader' };
    try {
      return { entries: rosterFromRows(await io.exporters().readSheetRows(bytes)) };
    } catch (error) {
      return { reason: error instanceof Error ? error.message : String(error) };
    }
  }
  // A CSV saved by Excel in China is often GBK: decoded like a report.
  const decoded = decodeReport(bytes);
  return decoded.ok ? { entries: rosterFromRows(parseCsv(decoded.text)) } : { reason: decoded.reason };
}

async function render(report: OfficeReport, format: ReportCommand['format'], io: CliIO): Promise<Uint8Array | undefined> {
  if (format === 'html') return new TextEncoder().encode(renderHtml(report));
  if (!io.exporters) {
    io.writeErr(`govreport：${terminalSafe(formatMessage(report.locale, 'office/cli.no-exporters'))}\n`);
    return undefined;
  }
  const exporters = io.exporters();
  return format === 'xlsx' ? exporters.renderXlsx(report) : exporters.renderDocx(report);
}

function write(path: string, bytes: Uint8Array, io: CliIO, locale: Locale): boolean {
  try {
    if (!io.writeFile) throw new Error('read-only');
    io.writeFile(path, bytes);
    return true;
  } catch (error) {
    io.writeErr(`govreport：${terminalSafe(formatMessage(locale, 'office/cli.write-failed', { path, reason: error instanceof Error ? error.message : String(error) }))}\n`);
    return false;
  }
}

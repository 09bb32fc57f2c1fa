import { MIN_LENGTH, sentenceKey } from '../cross-year/repeated-text';
import { bodyKey } from '../cross-year/pairing';
import type { TableEra, TableId } from '../format/tables';
import type { Locale } from '../i18n/messages';
import { reportTableNames } from '../import/source-label';
import type { SourceLocation } from '../import/types';
import type { ReportModel } from '../model/types';
import { sentencesOf } from '../prose/sentences';
import type { Finding } from '../rules/types';
import { tablesOf } from '../tables/tables-of';
import type { LineIndex, OffsetRange } from '../text/line-index';
import { fingerprints, unitKey } from './fingerprint';
import { hash52 } from './hash';
import { contextOf, placeOf } from './place';
import type { CellFact, OfficeFinding, SentenceFact, UnitFacts } from './types';

export interface CheckedFile {
  readonly path: string;
  readonly model: ReportModel;
  /** The findings of `govreport check` for the file (cross-year included). */
  readonly findings: readonly Finding[];
  /** Line index over the text as read (positions shown to the user, D2). */
  readonly lines: LineIndex;
  /** Word/PDF: where a range came from in the original (D4). */
  readonly locate?: (range: OffsetRange) => SourceLocation | undefined;
}

/**
 * What the office keeps of a checked file: the findings with place, context and fingerprint, the
 * table cells, the sentence hashes, the dates. The model can be dropped afterwards.
 */
export function unitFacts(file: CheckedFile, locale: Locale): UnitFacts {
  const { model, path } = file;
  const body = bodyKey(model);
  const year = model.year?.value;
  const cells: Record<string, CellFact> = {};
  const tables: Partial<Record<TableId, TableEra>> = {};
  for (const table of tablesOf(model)) {
    tables[table.id] = table.era;
    for (const c of table.cells) {
      if (c.value === undefined || (c.status !== 'ok' && c.status !== 'empty')) continue;
      const p = file.lines.positionAt(c.range.start);
      cells[`${table.id}/${c.row.key}/${c.column.key}`] = { value: c.value, line: p.line + 1, column: p.character + 1 };
    }
  }
  const tableNames = file.locate ? reportTableNames(model, file.locate) : new Map<number, TableId>();
  const placed = file.findings.map((finding) => ({ finding, place: placeOf(model, finding, locale), text: model.text.slice(finding.range.start, finding.range.end) }));
  const findings = fingerprints(unitKey(body, year, path), placed).map(({ finding: f, place, fingerprint }): OfficeFinding => {
    const p = file.lines.positionAt(f.range.start);
    const source = file.locate?.(f.range);
    const sourceTable = source?.kind === 'cell' ? tableNames.get(source.table) : undefined;
    const context = contextOf(model.text, f.range);
    return {
      rule: f.rule, severity: f.severity, message: f.message, line: p.line + 1, column: p.character + 1,
      place: place.label, fingerprint,
      ...(source ? { source } : {}), ...(sourceTable !== undefined ? { sourceTable } : {}),
      ...(context ? { context } : {}), ...(f.fix ? { advice: f.fix.title } : {}),
    };
  });
  const dated = model.dates.find((d) => d.kind === 'published') ?? model.dates.find((d) => d.kind === 'signature');
  const datedAt = dated ? file.lines.positionAt(dated.date.range.start) : undefined;
  return {
    path, name: unitName(model, path), findings, cells, tables, sentences: sentenceFacts(model, file.lines),
    ...(body !== undefined ? { body } : {}), ...(year !== undefined ? { year } : {}),
    era: model.era.id, ...(model.level ? { level: model.level } : {}),
    ...(dated && datedAt ? { dated: { kind: dated.kind, date: { year: dated.date.year, month: dated.date.month, day: dated.date.day }, line: datedAt.line + 1, column: datedAt.character + 1 } } : {}),
  };
}

/** The unit as a clerk names it: the issuing body as written, else the title without year and report words, else the file name. */
export function unitName(model: ReportModel, path: string): string {
  const issuer = model.issuer?.text.trim();
  if (issuer) return issuer;
  const title = model.title?.text
    .replace(/(19|20)\d{2}\s*年度?/g, '')
    .replace(/(政府|政务)?信息公开(工作)?(年度报告|年报|报告).*$/, '')
    .replace(/^[#\s*]+/, '')
    .trim();
  if (title) return title;
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1).replace(/\.[^.]+$/, '');
}

/** The prose sentences (long enough to matter) as hashes of their normalised text; the unit's own name masked, so a copy that swapped the names still matches. */
function sentenceFacts(model: ReportModel, lines: LineIndex): SentenceFact[] {
  const names = [model.issuer?.text.trim(), bodyKey(model)].filter((n): n is string => n !== undefined && n.length >= 2).sort((a, b) => b.length - a.length);
  const out: SentenceFact[] = [];
  for (const s of sentencesOf(model)) {
    let text = s.text;
    for (const n of names) text = text.split(n).join('@');
    const key = sentenceKey({ text });
    if (key.length < MIN_LENGTH) continue;
    const p = lines.positionAt(s.range.start);
    out.push({ hash: hash52(key), length: key.length, line: p.line + 1, column: p.character + 1 });
  }
  return out;
}

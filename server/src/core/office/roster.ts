import { normalizeLabel } from '../text/normalize';

/**
 * The roster: the units an office expects a report from, matched to the reports it got. Names are
 * compared normalised (NFKC, blanks and punctuation dropped, 人民政府 → 政府); a roster name matches
 * a report when one name contains the other (县发展和改革局 ↔ 某某县发展和改革局), or the file name
 * contains the roster name. Each report is given to at most one roster entry, the closest first.
 */
export interface RosterEntry {
  readonly name: string;
  /** Marked as the aggregate (汇总) report in a roster file (a 类型/角色 column saying 汇总). */
  readonly aggregate?: boolean;
}

export interface RosterMatch {
  /** Roster entry → index of the report (in the candidates given), or undefined when none was submitted. */
  readonly matched: ReadonlyMap<RosterEntry, number>;
  readonly missing: readonly RosterEntry[];
  /** Reports no roster entry matched. */
  readonly unlisted: readonly number[];
}

export interface RosterCandidate {
  readonly name: string;
  readonly path: string;
}

export function normaliseUnitName(name: string): string {
  return normalizeLabel(name)
    .replace(/人民政府/g, '政府')
    .replace(/[\s"“”'‘’「」《》()（）\-—_·.,，、。:：;；]/g, '');
}

function fileStem(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return normaliseUnitName(path.slice(cut + 1).replace(/\.[^.]+$/, ''));
}

/** How well a roster name fits a report: 3 same name, 2 one contains the other, 1 the file name contains it, 0 none. */
export function nameScore(rosterName: string, candidate: RosterCandidate): number {
  const r = normaliseUnitName(rosterName);
  const c = normaliseUnitName(candidate.name);
  if (r === '' ) return 0;
  if (r === c) return 3;
  if (c !== '' && (c.includes(r) || r.includes(c))) return 2;
  return fileStem(candidate.path).includes(r) ? 1 : 0;
}

export function matchRoster(entries: readonly RosterEntry[], candidates: readonly RosterCandidate[]): RosterMatch {
  const pairs: { entry: RosterEntry; k: number; score: number; extra: number }[] = [];
  for (const entry of entries) {
    candidates.forEach((c, k) => {
      const score = nameScore(entry.name, c);
      if (score > 0) pairs.push({ entry, k, score, extra: Math.abs(normaliseUnitName(c.name).length - normaliseUnitName(entry.name).length) });
    });
  }
  pairs.sort((a, b) => b.score - a.score || a.extra - b.extra);
  const matched = new Map<RosterEntry, number>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (matched.has(p.entry) || taken.has(p.k)) continue;
    matched.set(p.entry, p.k);
    taken.add(p.k);
  }
  return {
    matched,
    missing: entries.filter((e) => !matched.has(e)),
    unlisted: candidates.map((_, k) => k).filter((k) => !taken.has(k)),
  };
}

/** The header names of the unit column and of the role column, in the order tried. */
const NAME_HEADERS: readonly string[] = ['单位名称', '单位', '名称', '部门', '机关', '报送单位', 'name', 'unit'];
const ROLE_HEADERS: readonly string[] = ['类型', '角色', '层级', '备注', 'role'];
const AGGREGATE_ROLE = /汇总|本级政府|aggregate/i;

/**
 * A roster from rows (a CSV or the first sheet of an .xlsx): the column headed 单位/单位名称/名称…
 * (else the first column); a 类型/角色 column saying 汇总 marks the aggregate report. Blank rows,
 * a 序号-only row and repeated names are skipped.
 */
export function rosterFromRows(rows: readonly (readonly string[])[]): RosterEntry[] {
  const cleaned = rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
  const header = cleaned[0] ?? [];
  const nameAt = header.findIndex((h) => NAME_HEADERS.includes(normalizeLabel(h).toLowerCase()));
  const roleAt = header.findIndex((h) => ROLE_HEADERS.includes(normalizeLabel(h).toLowerCase()));
  const body = nameAt >= 0 || roleAt >= 0 ? cleaned.slice(1) : cleaned;
  const column = nameAt >= 0 ? nameAt : header.length > 1 && /^(序号|编号|no\.?)$/i.test(header[0] ?? '') ? 1 : 0;
  const out: RosterEntry[] = [];
  const seen = new Set<string>();
  for (const row of body) {
    const name = row[column] ?? '';
    if (name === '' || /^\d+$/.test(name) || seen.has(normaliseUnitName(name))) continue;
    seen.add(normaliseUnitName(name));
    const role = roleAt >= 0 ? row[roleAt] ?? '' : '';
    out.push(AGGREGATE_ROLE.test(role) ? { name, aggregate: true } : { name });
  }
  return out;
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF), with a BOM tolerated; tab-separated when the first line has tabs and no commas. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\ufeff/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

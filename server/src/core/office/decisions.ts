import type { Decision, OfficeFinding, UnitFacts } from './types';

/**
 * The sidecar file `.govreport-decisions.json` beside the reports (schema:
 * schemas/govreport-decisions.schema.json): the findings of the last recorded check, by
 * fingerprint, with the reviewer's decision on each (已核实 / 不是问题) and a note. The next run
 * reads it: a finding it lists is still open, one it does not is new, an entry no longer found is
 * fixed; 不是问题 takes a finding out of the counts and the verdict. `govreport report --record`
 * rewrites it with the current findings, keeping every decision and note.
 */
export interface SidecarEntry {
  readonly fingerprint: string;
  readonly unit: string;
  readonly file: string;
  readonly rule: string;
  readonly place: string;
  readonly message: string;
  readonly decision?: Decision;
  readonly note?: string;
}

export interface Sidecar {
  readonly version: 1;
  /** When the entries were recorded (YYYY-MM-DD). */
  readonly recorded?: string;
  readonly entries: readonly SidecarEntry[];
}

export const SIDECAR_FILE_NAME = '.govreport-decisions.json';

const DECISIONS: Readonly<Record<string, Decision>> = { verified: 'verified', 'not-a-problem': 'not-a-problem', 已核实: 'verified', 不是问题: 'not-a-problem' };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads the sidecar; never throws. An unusable file gives no sidecar and a Chinese problem. */
export function parseSidecar(text: string): { sidecar?: Sidecar; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return { problems: [`${SIDECAR_FILE_NAME} 不是有效的 JSON，未采用其中的核实结论：${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!isObject(raw) || raw.version !== 1 || !Array.isArray(raw.entries)) return { problems: [`${SIDECAR_FILE_NAME} 应为 { "version": 1, "entries": [ … ] }，未采用。`] };
  const problems: string[] = [];
  const entries: SidecarEntry[] = [];
  raw.entries.forEach((e: unknown, k: number) => {
    if (!isObject(e) || typeof e.fingerprint !== 'string' || e.fingerprint === '') { problems.push(`${SIDECAR_FILE_NAME} 第 ${k + 1} 条没有 fingerprint，已忽略。`); return; }
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    let decision: Decision | undefined;
    if (e.decision !== undefined && e.decision !== null && e.decision !== '') {
      decision = typeof e.decision === 'string' ? DECISIONS[e.decision] : undefined;
      if (decision === undefined) problems.push(`${SIDECAR_FILE_NAME} 第 ${k + 1} 条的 decision 只能是 "已核实"（verified）或 "不是问题"（not-a-problem），收到 ${JSON.stringify(e.decision)}。`);
    }
    entries.push({
      fingerprint: e.fingerprint, unit: text(e.unit), file: text(e.file), rule: text(e.rule), place: text(e.place), message: text(e.message),
      ...(decision ? { decision } : {}), ...(typeof e.note === 'string' && e.note !== '' ? { note: e.note } : {}),
    });
  });
  return { sidecar: { version: 1, ...(typeof raw.recorded === 'string' ? { recorded: raw.recorded } : {}), entries }, problems };
}

/** Each unit (in order, with what else it carries) with its findings' state against the sidecar and the reviewer's decision; the entries no longer found (fixed). */
export function applySidecar<U extends { readonly facts: UnitFacts; readonly findings: readonly OfficeFinding[] }>(units: readonly U[], sidecar: Sidecar | undefined): { units: (U & { readonly findings: OfficeFinding[] })[]; fixed: SidecarEntry[] } {
  if (!sidecar) return { units: units.map((u) => ({ ...u, findings: [...u.findings] })), fixed: [] };
  const byId = new Map(sidecar.entries.map((e) => [e.fingerprint, e]));
  const seen = new Set<string>();
  const applied = units.map((u) => ({ ...u, findings: u.findings.map((f): OfficeFinding => {
    const entry = byId.get(f.fingerprint);
    seen.add(f.fingerprint);
    if (!entry) return { ...f, state: 'new' };
    return { ...f, state: 'open', ...(entry.decision ? { decision: entry.decision } : {}), ...(entry.note !== undefined ? { note: entry.note } : {}) };
  }) }));
  return { units: applied, fixed: sidecar.entries.filter((e) => !seen.has(e.fingerprint)) };
}

/** The sidecar to write after this run: the current findings, with the decisions and notes already given. */
export function recordSidecar(units: readonly { readonly facts: UnitFacts; readonly findings: readonly OfficeFinding[] }[], previous: Sidecar | undefined, recorded: string): Sidecar {
  const before = new Map((previous?.entries ?? []).map((e) => [e.fingerprint, e]));
  const entries: SidecarEntry[] = [];
  for (const u of units) {
    for (const f of u.findings) {
      const old = before.get(f.fingerprint);
      entries.push({
        fingerprint: f.fingerprint, unit: u.facts.name, file: u.facts.path, rule: f.rule, place: f.place, message: f.message,
        ...(old?.decision ? { decision: old.decision } : {}), ...(old?.note !== undefined ? { note: old.note } : {}),
      });
    }
  }
  return { version: 1, recorded, entries };
}

/** The sidecar as written: Chinese decisions, so that a reviewer edits them as they read them. */
export function formatSidecar(sidecar: Sidecar): string {
  const entries = sidecar.entries.map((e) => ({ ...e, decision: e.decision === 'verified' ? '已核实' : e.decision === 'not-a-problem' ? '不是问题' : '' }));
  return `${JSON.stringify({ version: 1, recorded: sidecar.recorded, entries }, null, 2)}\n`;
}

import type { Analysis } from '../core/analyze';
import type { ReportModel } from '../core/model/types';
import type { Finding, Fix, TextEdit } from '../core/rules/types';
import { EDIT_COUNT, MAX_EDITS_IN_DIAGNOSTIC } from '../service/diagnostics';
import { LineIndex } from '../core/text/line-index';

/** The model's fields that hold the document's whole text (directly, or as a line index's). */
const TEXT_FIELDS = ['text', 'source', 'lines', 'sourceLines'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/**
 * An Analysis as a worker sends it to the server's thread, made cheap to receive (structured clone
 * costs the receiving thread in proportion to the objects and characters it rebuilds; at 450,000
 * characters that was ≈ 45 ms of the main thread, docs/performance.md):
 * - the document's text, which the model holds four times (text, source and their line indexes'),
 *   is not sent back: the main thread has it (it sent the job), and puts it back (`sameAsText`);
 * - the fixes' edits (a fix-all over a large document has tens of thousands) travel as columns in
 *   one transferred Int32Array (start, end, index of the new text in `newTexts`, the distinct
 *   replacement texts), not as two objects each; `editCounts` says how many each finding has.
 */
export interface PackedAnalysis {
  /** The analysis with the text fields listed in `sameAsText` emptied and every fix's edits left out. */
  readonly analysis: Analysis;
  readonly sameAsText: readonly TextField[];
  /** Per finding, in order: its fix's number of edits, or -1 when it has no fix. */
  readonly editCounts: Int32Array;
  /** Every edit of every fix in finding order, three numbers each: start, end, index into newTexts. */
  readonly edits: Int32Array;
  readonly newTexts: readonly string[];
}

/** `analysis` as a PackedAnalysis for postMessage, and the buffers to transfer with it. `text` is the job's text (what the main thread has). */
export function packAnalysis(analysis: Analysis, text: string): { readonly packed: PackedAnalysis; readonly transfer: ArrayBuffer[] } {
  const { model } = analysis;
  const sameAsText = TEXT_FIELDS.filter((field) => textOf(model, field) === text);
  const slim: Record<string, unknown> = { ...model };
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- a plain copy on purpose: structured clone drops the class anyway, and revived() puts it back
  for (const field of sameAsText) slim[field] = field === 'lines' || field === 'sourceLines' ? { ...model[field], text: '' } : '';
  const total = analysis.findings.reduce((n, f) => n + (f.fix?.edits.length ?? 0), 0);
  const editCounts = new Int32Array(analysis.findings.length);
  const edits = new Int32Array(total * 3);
  const newTexts: string[] = [];
  const textIndex = new Map<string, number>();
  let at = 0;
  const findings = analysis.findings.map((f, i): Finding => {
    if (!f.fix) {
      editCounts[i] = -1;
      return f;
    }
    editCounts[i] = f.fix.edits.length;
    for (const edit of f.fix.edits) {
      let index = textIndex.get(edit.newText);
      if (index === undefined) {
        index = newTexts.push(edit.newText) - 1;
        textIndex.set(edit.newText, index);
      }
      edits[at++] = edit.range.start;
      edits[at++] = edit.range.end;
      edits[at++] = index;
    }
    return { ...f, fix: { ...f.fix, edits: [] } };
  });
  const packed: PackedAnalysis = { analysis: { ...analysis, model: slim as unknown as ReportModel, findings }, sameAsText, editCounts, edits, newTexts };
  return { packed, transfer: [editCounts.buffer, edits.buffer] };
}

/**
 * The Analysis a PackedAnalysis stands for, as received in the main thread (structured clone keeps
 * data, not classes): the text put back, the edits rebuilt, and the model's line indexes given their
 * class back (`revived`).
 */
export function unpackAnalysis(packed: PackedAnalysis, text: string): Analysis {
  const { analysis, editCounts, edits, newTexts } = packed;
  const model = analysis.model as unknown as Record<string, unknown>;
  for (const field of packed.sameAsText) {
    if (field === 'lines' || field === 'sourceLines') (model[field] as { text: string }).text = text;
    else model[field] = text;
  }
  const rebuilt = (first: number, count: number): TextEdit[] => {
    const out: TextEdit[] = [];
    for (let k = 0, at = first; k < count; k++, at += 3) {
      out.push({ range: { start: edits[at] ?? 0, end: edits[at + 1] ?? 0 }, newText: newTexts[edits[at + 2] ?? 0] ?? '' });
    }
    return out;
  };
  let at = 0;
  const findings = analysis.findings.map((f, i): Finding => {
    const count = editCounts[i] ?? -1;
    if (!f.fix || count < 0) return f;
    const first = at;
    at += count * 3;
    return { ...f, fix: count > MAX_EDITS_IN_DIAGNOSTIC ? withLazyEdits(f.fix, count, () => rebuilt(first, count)) : { ...f.fix, edits: rebuilt(first, count) } };
  });
  return revived({ ...analysis, findings });
}

/**
 * A large fix whose edits are built from the columns when first read, its number of edits known
 * before (EDIT_COUNT, a symbol: no copy or JSON carries it). Its diagnostic leaves the edits out
 * (service/diagnostics.ts), so the 16,866 edits of a converted page near the size limit are made in
 * this thread only when a quick fix asks for them, not at every change (docs/performance.md).
 */
function withLazyEdits(fix: Fix, count: number, build: () => TextEdit[]): Fix {
  let built: readonly TextEdit[] | undefined;
  const lazy: Fix = { ...fix, get edits(): readonly TextEdit[] { return (built ??= build()); } };
  Object.defineProperty(lazy, EDIT_COUNT, { value: count });
  return lazy;
}

/**
 * An analysis as it arrives from a worker (structured clone keeps data, not classes): the model's
 * line indexes get their class back. Everything else of an Analysis is plain data; derived views
 * (perModel) are computed again in this thread only when a service asks for one.
 */
function revived(analysis: Analysis): Analysis {
  for (const model of [analysis.model, analysis.previous]) {
    if (!model) continue;
    Object.setPrototypeOf(model.lines, LineIndex.prototype);
    Object.setPrototypeOf(model.sourceLines, LineIndex.prototype);
  }
  return analysis;
}

function textOf(model: ReportModel, field: TextField): string {
  return field === 'lines' || field === 'sourceLines' ? model[field].text : model[field];
}

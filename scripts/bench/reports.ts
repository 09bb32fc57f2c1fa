import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The texts the benchmarks run on: every corpus report (the fixture copies under
 * test/fixtures/corpus and examples/), a typical report (about 20 KB, three tables) and generated
 * reports of a given size, built from real text only.
 */
const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'corpus');
const EXAMPLES = join(ROOT, 'examples');

export interface NamedText {
  readonly name: string;
  readonly text: string;
}

export function corpusReports(): NamedText[] {
  const out: NamedText[] = [];
  const add = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (/\.(txt|md|html)$/.test(name)) out.push({ name: `${prefix}${name}`, text: readFileSync(join(dir, name), 'utf8') });
    }
  };
  add(FIXTURES, '');
  add(join(FIXTURES, 'peers'), 'peers/');
  add(EXAMPLES, 'examples/');
  return out;
}

/** The standard example with its three Markdown tables: the skeleton of every generated report. */
const SKELETON = (): string => readFileSync(join(EXAMPLES, '2023-示例市生态环境局-规范.md'), 'utf8');

/** Prose paragraphs of the corpus (no heading, no table, no numbering at line start), to fill part 一 with. */
function fillerParagraphs(): string[] {
  const out: string[] = [];
  for (const name of ['003_9748fcd70a0b9bbf.txt', '000_7cc22e727452566f.txt', '004_9f2672fdddbd3341.txt']) {
    for (const line of readFileSync(join(FIXTURES, name), 'utf8').split(/\r?\n/)) {
      const l = line.trim();
      if (l.length >= 40 && !/^[一二三四五六七八九十（(#\d|第]/.test(l) && !l.includes('|') && !l.includes('\t')) out.push(l);
    }
  }
  return out;
}

let filler: string[] | undefined;

/**
 * A report of about `bytes` UTF-8 bytes: the standard example (three tables) with corpus prose
 * paragraphs added to part 一 until the size is reached; smaller sizes cut the example at a line end.
 */
export function reportOfSize(bytes: number): string {
  const skeleton = SKELETON();
  const size = Buffer.byteLength(skeleton);
  if (bytes <= size) {
    const lines = skeleton.split('\n');
    let out = '';
    for (const l of lines) {
      if (Buffer.byteLength(out + l) + 1 > bytes) break;
      out += `${l}\n`;
    }
    return out;
  }
  filler ??= fillerParagraphs();
  const at = skeleton.indexOf('## 二、');
  const added: string[] = [];
  let total = size;
  for (let i = 0; total < bytes; i++) {
    const p = cyclic(filler, i);
    added.push(p);
    total += Buffer.byteLength(p) + 2;
  }
  return `${skeleton.slice(0, at)}${added.join('\n\n')}\n\n${skeleton.slice(at)}`;
}

/** A typical report: about 20 KB, three tables. */
export const typicalReport = (): string => reportOfSize(20 * 1024);

export function kb(text: string): string {
  const b = Buffer.byteLength(text);
  return b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${(b / 1024).toFixed(1)} KB`;
}

/** The value at quantile `q` (0…1) of numbers sorted ascending; NaN when there are none. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
}

/** `samples[i mod length]`, to cycle through sample reports. */
export function cyclic<T>(samples: readonly T[], i: number): T {
  const sample = samples[i % samples.length];
  if (sample === undefined) throw new Error('bench setup: no samples');
  return sample;
}

/** Median and 95th percentile (ms) of `f` over `runs` runs after `warmup` runs. */
export function timeIt(f: () => unknown, runs: number, warmup = Math.min(20, runs)): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

export function table(title: string, head: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? pad(c, widths[i] ?? 0) : padStart(c, widths[i] ?? 0))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) && !/[\u2000-\u206f]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;

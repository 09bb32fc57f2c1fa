import { formatListNumber } from './num-format';
import { attribute, parseXml } from './xml';

/**
 * word/numbering.xml and the list numbers Word shows. A heading "一、总体情况" whose "一、" comes
 * from automatic numbering has only "总体情况" in document.xml: the number is rendered here from
 * the level's w:numFmt and w:lvlText, counting the paragraphs of the list as Word does.
 */

export interface ListLevel {
  readonly start: number;
  /** w:numFmt (decimal, chineseCounting, bullet…); "custom" with `custom` as its sample. */
  readonly format: string;
  readonly custom?: string;
  /** w:lvlText: "%1、", "（%2）", "%1.%2"; for bullets, the bullet character. */
  readonly text: string;
  /** What follows the number: a tab (Word's default), a space, or nothing. */
  readonly suffix: 'tab' | 'space' | 'nothing';
  /** w:isLgl: every level's number shown in decimal. */
  readonly legal: boolean;
  /** w:lvlRestart: 0 = never restart; n = restart after a level-n (1-based) paragraph; absent = after any higher level. */
  readonly restart?: number;
  /** w:pStyle: the paragraph style this level belongs to (numbering that comes with a heading style). */
  readonly style?: string;
}

export interface Numbering {
  /** abstractNumId → its levels by ilvl. */
  readonly abstracts: ReadonlyMap<string, ReadonlyMap<number, ListLevel>>;
  /** numId → the abstract list and the per-level overrides. */
  readonly instances: ReadonlyMap<string, { readonly abstractId: string; readonly startOverrides: ReadonlyMap<number, number>; readonly levelOverrides: ReadonlyMap<number, ListLevel> }>;
}

interface LevelBuilder { start: number; format: string; custom?: string; text: string; suffix: 'tab' | 'space' | 'nothing'; legal: boolean; restart?: number; style?: string }

function freeze(b: LevelBuilder): ListLevel {
  return {
    start: b.start, format: b.format, text: b.text, suffix: b.suffix, legal: b.legal,
    ...(b.custom !== undefined ? { custom: b.custom } : {}),
    ...(b.restart !== undefined ? { restart: b.restart } : {}),
    ...(b.style !== undefined ? { style: b.style } : {}),
  };
}

const MAX_LEVEL = 8;

/** A property element inside w:lvl (w:start, w:numFmt, w:lvlText, …) into the level; other elements are ignored. */
function setLevelProperty(b: LevelBuilder, name: string, val: string, attrs: Readonly<Record<string, string>>): void {
  if (name === 'start') b.start = parseInt(val, 10) || 0;
  else if (name === 'numFmt') {
    b.format = val;
    // A custom format (w:numFmt w:val="custom" w:format="一, 二, 三, ...") carries its sample.
    const custom = attribute(attrs, 'format');
    if (custom !== undefined) b.custom = custom;
  } else if (name === 'lvlText') b.text = val;
  else if (name === 'suff') b.suffix = val === 'space' ? 'space' : val === 'nothing' ? 'nothing' : 'tab';
  else if (name === 'isLgl') b.legal = !/^(false|0|off)$/i.test(val);
  else if (name === 'lvlRestart') b.restart = parseInt(val, 10) || 0;
  else if (name === 'pStyle') b.style = val;
}

/** numbering.xml → its abstract lists and instances; throws on malformed XML. */
export function readNumberingXml(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, ListLevel>>();
  const instances = new Map<string, { abstractId: string; startOverrides: Map<number, number>; levelOverrides: Map<number, ListLevel> }>();
  let abstract: Map<number, ListLevel> | undefined;
  let instance: { abstractId: string; startOverrides: Map<number, number>; levelOverrides: Map<number, ListLevel> } | undefined;
  let overrideLevel: number | undefined;
  let level: { ilvl: number; b: LevelBuilder } | undefined;
  /** Inside mc:Fallback (the pre-2010 copy of a custom w:numFmt): ignored. */
  let fallback = 0;
  parseXml(xml, {
    open(name, attrs) {
      if (name === 'Fallback' || fallback > 0) { fallback++; return; }
      const val = attribute(attrs, 'val');
      switch (name) {
        case 'abstractNum': {
          const id = attribute(attrs, 'abstractNumId');
          abstract = new Map();
          if (id !== undefined) abstracts.set(id, abstract);
          return;
        }
        case 'num': {
          const id = attribute(attrs, 'numId');
          instance = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
          if (id !== undefined) instances.set(id, instance);
          return;
        }
        case 'abstractNumId':
          if (instance && val !== undefined) instance.abstractId = val;
          return;
        case 'lvlOverride':
          overrideLevel = clampLevel(attribute(attrs, 'ilvl'));
          return;
        case 'startOverride':
          if (instance && overrideLevel !== undefined) instance.startOverrides.set(overrideLevel, parseInt(val ?? '1', 10) || 0);
          return;
        case 'lvl':
          level = { ilvl: clampLevel(attribute(attrs, 'ilvl')), b: { start: 1, format: 'decimal', text: '', suffix: 'tab', legal: false } };
          return;
        default:
          if (level && val !== undefined) setLevelProperty(level.b, name, val, attrs);
      }
    },
    close(name) {
      if (fallback > 0) { fallback--; return; }
      if (name === 'lvl' && level) {
        const done = freeze(level.b);
        if (instance && overrideLevel !== undefined) instance.levelOverrides.set(level.ilvl, done);
        else if (abstract) abstract.set(level.ilvl, done);
        level = undefined;
      } else if (name === 'lvlOverride') overrideLevel = undefined;
      else if (name === 'abstractNum') abstract = undefined;
      else if (name === 'num') instance = undefined;
    },
    text() { /* numbering.xml carries its facts in attributes */ },
  });
  return { abstracts, instances };
}

function clampLevel(value: string | undefined): number {
  const n = parseInt(value ?? '0', 10);
  return Number.isFinite(n) ? Math.max(0, Math.min(MAX_LEVEL, n)) : 0;
}

/** A rendered list label: the text before the paragraph ("一、", "（二）", "1.1") and what separates it from the text. */
export interface ListLabel {
  readonly text: string;
  readonly separator: string;
  readonly bullet: boolean;
}

/**
 * Counts list paragraphs in document order. Instances (w:num) of one abstract list continue one
 * count, as Word does, unless the instance overrides the start of a level (Word's "restart
 * numbering"): then that level starts again at the instance's first paragraph.
 */
export class ListCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  /** The level a paragraph of `numId` has when its style, not the paragraph, gives the numbering (the level whose w:pStyle names the style). */
  levelOfStyle(numId: string, styleId: string | undefined): number {
    const instance = this.numbering.instances.get(numId);
    const levels = instance ? this.numbering.abstracts.get(instance.abstractId) : undefined;
    if (!levels || styleId === undefined) return 0;
    for (const [ilvl, l] of levels) if (l.style === styleId) return ilvl;
    return 0;
  }

  /** The label of the next paragraph of list `numId` at `level`; undefined when the list is unknown or numbering is off (numId 0). */
  next(numId: string, level: number): ListLabel | undefined {
    if (numId === '0') return undefined;
    const instance = this.numbering.instances.get(numId);
    if (!instance) return undefined;
    const levels = this.numbering.abstracts.get(instance.abstractId);
    const levelOf = (i: number): ListLevel | undefined => instance.levelOverrides.get(i) ?? levels?.get(i);
    const own = levelOf(level);
    if (!own) return undefined;
    let counts = this.counters.get(instance.abstractId);
    if (!counts) { counts = []; this.counters.set(instance.abstractId, counts); }
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [i, start] of instance.startOverrides) { counts[i] = start - 1; for (let j = i + 1; j <= MAX_LEVEL; j++) counts[j] = undefined; }
    }
    const current = counts[level];
    counts[level] = current === undefined ? own.start : current + 1;
    for (let j = level + 1; j <= MAX_LEVEL; j++) {
      const deeper = levelOf(j);
      if (deeper?.restart === 0) continue;
      if (deeper?.restart !== undefined && deeper.restart - 1 < level) continue;
      counts[j] = undefined;
    }
    if (own.format === 'bullet') return { text: own.text, separator: ' ', bullet: true };
    const text = own.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = levelOf(i);
      const n = counts[i] ?? l?.start ?? 1;
      return own.legal || l === undefined ? String(n) : formatListNumber(n, l.format, l.custom);
    });
    return { text, separator: separatorAfter(text, own.suffix), bullet: false };
  }
}

/**
 * What stands between the number and the text in the rendering. Word puts a tab (or a space)
 * after the number; a tab in a line would read as a table row, so it becomes a space, and
 * nothing after a number that ends in punctuation ("一、总体情况", "（一）主动公开").
 */
function separatorAfter(label: string, suffix: ListLevel['suffix']): string {
  if (suffix === 'nothing' || label === '') return '';
  return /[、，。．：）)\]】」』]$/.test(label) ? '' : ' ';
}

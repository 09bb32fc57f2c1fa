import { attribute, parseXml } from './xml';

/**
 * word/styles.xml → what a paragraph inherits from its style: the style's name (built-in styles
 * keep their English names, "heading 1", "Title", in w:name even in a Chinese Word, whose style
 * ids are "1", "a3"…), its outline level and its list numbering, following w:basedOn.
 */

export interface ParagraphStyle {
  readonly name?: string;
  readonly basedOn?: string;
  readonly numId?: string;
  readonly level?: number;
  readonly outlineLevel?: number;
}

export type Styles = ReadonlyMap<string, ParagraphStyle>;

interface Builder { name?: string; basedOn?: string; numId?: string; level?: number; outlineLevel?: number }

/** The paragraph styles of styles.xml by style id; throws on malformed XML. */
export function readStylesXml(xml: string): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>();
  const stack: string[] = [];
  let current: { id: string; style: Builder } | undefined;
  parseXml(xml, {
    open(name, attrs) {
      const inside = stack[stack.length - 1];
      stack.push(name);
      if (name === 'style') {
        const id = attribute(attrs, 'styleId');
        const type = attribute(attrs, 'type');
        current = id !== undefined && (type === undefined || type === 'paragraph') ? { id, style: {} } : undefined;
        return;
      }
      if (!current) return;
      const val = attribute(attrs, 'val');
      if (val === undefined) return;
      if (name === 'name' && inside === 'style') current.style.name = val;
      else if (name === 'basedOn' && inside === 'style') current.style.basedOn = val;
      else if (name === 'numId' && inside === 'numPr') current.style.numId = val;
      else if (name === 'ilvl' && inside === 'numPr') current.style.level = parseInt(val, 10) || 0;
      else if (name === 'outlineLvl' && inside === 'pPr') current.style.outlineLevel = parseInt(val, 10);
    },
    close(name) {
      stack.pop();
      if (name === 'style' && current) {
        styles.set(current.id, current.style);
        current = undefined;
      }
    },
    text() { /* no text matters in styles.xml */ },
  });
  return styles;
}

/** The first value a style or its ancestors define (w:basedOn chain, cycles cut). */
export function inherited<K extends keyof ParagraphStyle>(styles: Styles, styleId: string | undefined, key: K): ParagraphStyle[K] | undefined {
  const seen = new Set<string>();
  for (let id = styleId; id !== undefined && !seen.has(id); ) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) return undefined;
    if (style[key] !== undefined) return style[key];
    id = style.basedOn;
  }
  return undefined;
}

import { attribute, parseXml } from './xml';

/**
 * Package relationships (_rels/.rels, word/_rels/document.xml.rels): where the main document,
 * its styles and its numbering are. Word, WPS and LibreOffice use word/document.xml, but the
 * package format lets a producer name the parts freely.
 */
export interface Relationship {
  readonly type: string;
  readonly target: string;
}

export function readRelsXml(xml: string): Relationship[] {
  const out: Relationship[] = [];
  parseXml(xml, {
    open(name, attrs) {
      if (name !== 'Relationship' || attribute(attrs, 'TargetMode') === 'External') return;
      const type = attribute(attrs, 'Type');
      const target = attribute(attrs, 'Target');
      if (type !== undefined && target !== undefined) out.push({ type, target });
    },
    close() { /* attributes only */ },
    text() { /* attributes only */ },
  });
  return out;
}

/** The part a relationship of `kind` (the Type's last segment: officeDocument, styles, numbering) points to, resolved from `base` (the folder of the source part). */
export function partOf(rels: readonly Relationship[], kind: string, base: string): string | undefined {
  const rel = rels.find((r) => r.type.endsWith(`/${kind}`));
  if (!rel) return undefined;
  const path = rel.target.startsWith('/') ? rel.target.slice(1) : `${base}${rel.target}`;
  const parts: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

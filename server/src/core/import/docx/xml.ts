import { SaxesParser } from 'saxes';

/**
 * The one XML entry point of the Word reader: saxes (a strict, non-validating SAX parser, no DTD,
 * no external entities, so a hostile file cannot make it fetch or expand anything) driven with
 * local names: `w:p` and `p` alike, since the prefix a producer chose is not part of the meaning.
 */
export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

/** The name without its prefix (`w:tbl` → `tbl`). */
export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** An attribute by local name (`w:val` → `val`), whatever its prefix. */
export function attribute(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  for (const [key, value] of Object.entries(attributes)) if (localName(key) === name) return value;
  return undefined;
}

/** Parses `xml`, calling the handler with local names; throws a SyntaxError-like Error on malformed XML. */
export function parseXml(xml: string, handler: XmlHandler): void {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => { handler.open(localName(tag.name), tag.attributes); });
  parser.on('closetag', (tag) => { handler.close(localName(tag.name)); });
  parser.on('text', (t) => { handler.text(t); });
  parser.on('error', (e) => { throw e; });
  parser.write(xml).close();
}

/** A w:val that switches a property on (absent, "true", "1", "on") or off ("false", "0", "off"). */
export function isOn(attributes: Readonly<Record<string, string>>): boolean {
  const v = attribute(attributes, 'val');
  return v === undefined || !/^(false|0|off|none)$/i.test(v);
}

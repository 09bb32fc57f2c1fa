import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusText } from './check';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

/** A complete, correct 2021-format report (Markdown): the base that rule tests mutate. */
export const CLEAN_2021 = readFileSync(join(EXAMPLES, '2023-示例市生态环境局-规范.md'), 'utf8');
/** A complete, correct 2019-format report (plain text, tab-separated tables). */
export const CLEAN_2019 = readFileSync(join(EXAMPLES, '2020-示例县-2019年格式.txt'), 'utf8');
/** Real reports of the corpus. */
export const SEED_000 = corpusText('seeds/000_7cc22e727452566f.txt');
export const SEED_001 = corpusText('seeds/001_4d29bfef72dd56db.txt');
export const SEED_002 = corpusText('seeds/002_88675d8c40a23bc6.txt');
export const SEED_003 = corpusText('seeds/003_9748fcd70a0b9bbf.txt');
export const SEED_004 = corpusText('seeds/004_9f2672fdddbd3341.txt');

/** Replaces exactly one occurrence (fails loudly when the text is not there, so a test cannot pass vacuously). */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`test setup: «${from}» not found`);
  if (text.includes(from, at + from.length)) throw new Error(`test setup: «${from}» occurs more than once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Removes a Markdown part of CLEAN_2021 (its heading through the line before the next "## "). */
export function withoutPart(text: string, heading: string): string {
  const start = text.indexOf(heading);
  if (start < 0) throw new Error(`test setup: «${heading}» not found`);
  const next = text.indexOf('\n## ', start + heading.length);
  const end = next < 0 ? text.indexOf('\n示例市生态环境局\n', start) : next + 1;
  return text.slice(0, start) + text.slice(end);
}

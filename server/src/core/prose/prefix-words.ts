import { anyWordOf } from './words';

/**
 * Questions about the text before a position, asked for many positions of one text (a sentence
 * with many figures): "does text.slice(0, end) contain one of these words?". Searching each prefix
 * again makes a long sentence quadratic (issues 11, 17); instead the earliest end of any of the
 * words is found once per list, and each question compares it with `end`.
 */
export class PrefixWords {
  private readonly firstEnds = new Map<readonly string[], number>();

  constructor(private readonly text: string) {}

  /** Whether text.slice(0, end) contains one of `words` (a list kept as one array: it is the cache key). */
  containsBefore(words: readonly string[], end: number): boolean {
    return this.firstEnd(words) <= end;
  }

  /** Where the earliest occurrence of any of the words ends (Infinity when none occurs). */
  private firstEnd(words: readonly string[]): number {
    let first = this.firstEnds.get(words);
    if (first === undefined) {
      first = firstEndOf(this.text, words);
      this.firstEnds.set(words, first);
    }
    return first;
  }
}

/**
 * One pattern per word list, asked first: most texts hold none of the words, and one pass of the
 * pattern answers that for a whole list (issue 17: a list of 26 words was 26 searches). The
 * earliest end needs the words one by one (the leftmost match need not end first). A list of one
 * or two words is searched directly: there the pattern costs more than it saves.
 */
const ANY_WORD = new WeakMap<readonly string[], RegExp>();

function anyWordPattern(words: readonly string[]): RegExp {
  let pattern = ANY_WORD.get(words);
  if (!pattern) {
    pattern = anyWordOf(words);
    ANY_WORD.set(words, pattern);
  }
  return pattern;
}

/** Where the earliest occurrence of any of `words` ends in `text` (Infinity when none occurs). */
export function firstEndOf(text: string, words: readonly string[]): number {
  if (words.length > 2 && !anyWordPattern(words).test(text)) return Infinity;
  let first = Infinity;
  for (const word of words) {
    const at = text.indexOf(word);
    if (at >= 0) first = Math.min(first, at + word.length);
  }
  return first;
}

/** The text before one position, as the figure readers ask about it. */
export interface TextBefore {
  /** Whether it contains one of `words`. */
  contains(words: readonly string[]): boolean;
}

export function textBefore(words: PrefixWords, end: number): TextBefore {
  return new PrefixBefore(words, end);
}

/** A TextBefore as one small object (a closure and its object were three per figure asked, issue 17). */
class PrefixBefore implements TextBefore {
  constructor(private readonly words: PrefixWords, private readonly end: number) {}

  contains(list: readonly string[]): boolean {
    return this.words.containsBefore(list, this.end);
  }
}

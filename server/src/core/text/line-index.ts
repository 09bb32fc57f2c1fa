/** A 0-based position as LSP has it: line and UTF-16 character. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A half-open range of UTF-16 offsets into the document text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** One physical line: its text without the line break, and its offsets. */
export interface Line {
  readonly index: number;
  readonly start: number;
  /** Offset just past the last character before the line break. */
  readonly end: number;
  readonly text: string;
}

/**
 * Maps offsets to LSP positions and back. Line breaks are \n, \r\n and \r, as in LSP.
 * Offsets and characters are UTF-16 units (JS string indices).
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      // The common case: \n only, found by indexOf (much faster than a loop over every character).
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineAt(index: number): Line {
    const start = this.startOf(index);
    let end = this.startOf(index + 1);
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return { index, start, end, text: this.text.slice(start, end) };
  }

  lines(): Line[] {
    const out: Line[] = [];
    for (let i = 0; i < this.starts.length; i++) out.push(this.lineAt(i));
    return out;
  }

  private sharedLines: readonly Line[] | undefined;

  /**
   * Every line, made once per index and shared by its readers (the parser and several rules
   * each made their own list: an object and a string per line, issue 17).
   */
  allLines(): readonly Line[] {
    this.sharedLines ??= this.lines();
    return this.sharedLines;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.startOf(mid) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.startOf(lo) };
  }

  /** Where line `index` starts; past the last line, the end of the text. */
  private startOf(index: number): number {
    return this.starts[index] ?? this.text.length;
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const line = this.lineAt(position.line);
    return Math.min(line.start + Math.max(0, position.character), line.end);
  }
}

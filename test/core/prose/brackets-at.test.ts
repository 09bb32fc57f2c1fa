import assert from 'node:assert/strict';
import { bracketsAt } from '../../../server/src/core/prose/brackets';
import { seededRandom } from '../../support/random';

const OPEN = '(（[【〔《';
const CLOSE = ')）]】〕》';

/**
 * The reading before the scan stopped early (perf-sent): every unit of the text read, the close of
 * every bracket kept in a map.
 */
function formerBracketsAt(text: string, positions: readonly number[]): { open: number[]; close: number[] } {
  const stack: number[] = [];
  const open: number[] = [];
  const closes = new Map<number, number>();
  let k = 0;
  for (let i = 0; i <= text.length; i++) {
    for (let p = positions[k]; p !== undefined && p <= i; p = positions[++k]) open.push(stack.at(-1) ?? -1);
    const c = text.charAt(i);
    if (c !== '' && OPEN.includes(c)) stack.push(i);
    else if (c !== '' && CLOSE.includes(c)) {
      const opened = stack.pop();
      if (opened !== undefined) closes.set(opened, i);
    }
  }
  const close = open.map((o) => (o < 0 ? -1 : closes.get(o) ?? text.length));
  return { open, close };
}

const UNITS = [...OPEN.split(''), ...CLOSE.split(''), '其', '中', '件', ',', ';', '、', '1'];

describe('bracketsAt (the bracket around each marker, read once per sentence)', () => {
  it('agrees with the full reading on 5,000 random texts of brackets, with markers anywhere', () => {
    const next = seededRandom(11);
    let inside = 0;
    for (let n = 0; n < 5000; n++) {
      const length = Math.floor(next() * 60);
      let text = '';
      for (let i = 0; i < length; i++) text += UNITS[Math.floor(next() * UNITS.length)] ?? '';
      const positions: number[] = [];
      for (let at = 0; at <= text.length; at++) if (next() < 0.15) positions.push(at);
      const found = bracketsAt(text, positions);
      assert.deepEqual(found, formerBracketsAt(text, positions), `${text} at ${positions.join(',')}`);
      inside += found.open.filter((o) => o >= 0).length;
    }
    // The texts must put markers inside brackets, closed and unclosed, not only outside.
    assert.ok(inside > 5000, `${inside} positions inside a bracket`);
  });

  it('reads a bracket that closes after the last marker, and one that never closes', () => {
    assert.deepEqual(bracketsAt('a（其中b）c', [2]).close, [5]);
    assert.deepEqual(bracketsAt('a（其中b', [2]).close, [5]);
    assert.deepEqual(bracketsAt('（x）其中（y', [3]).close, [-1]);
  });
});

/**
 * The realistic single-pass floor of checking a report (issue 17): the irreducible work done once
 * and nothing else — split the text into lines, classify each line (heading, table row, prose),
 * split table rows into cells and read their numbers, and read every number with its unit in the
 * prose. No rule, no model. The checker's time over this floor says how much of it is more than
 * reading the text once.
 */
const HEADING = /^\s*(?:#{1,6}\s*)?(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])/;
const QUANTITY = /(\d+(?:\.\d+)?)\s*(件|条|个|次|人次|万元|元|%|％|项|家|篇|期)/g;
const CELL_NUMBER = /^\s*(\d+(?:\.\d+)?)\s*$/;

export interface FloorCounts { headings: number; rows: number; cells: number; numbers: number; sum: number }

export function realisticFloor(text: string): FloorCounts {
  const counts: FloorCounts = { headings: 0, rows: 0, cells: 0, numbers: 0, sum: 0 };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (line.includes('|') || line.includes('\t')) {
      counts.rows++;
      for (const cell of line.split(/[|\t]/)) {
        counts.cells++;
        const m = CELL_NUMBER.exec(cell);
        if (m) { counts.numbers++; counts.sum += Number(m[1]); }
      }
    } else if (HEADING.test(line)) {
      counts.headings++;
    } else {
      QUANTITY.lastIndex = 0;
      for (let m = QUANTITY.exec(line); m; m = QUANTITY.exec(line)) { counts.numbers++; counts.sum += Number(m[1]); }
    }
    if (end === text.length) break;
  }
  return counts;
}

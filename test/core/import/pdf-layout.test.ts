import { strict as assert } from 'node:assert';
import { findChrome } from '../../../server/src/core/import/pdf/chrome';
import { joinTables, placesOf, sharedEdges } from '../../../server/src/core/import/pdf/grid';
import type { PdfTable } from '../../../server/src/core/import/pdf/grid';
import { layoutPdf } from '../../../server/src/core/import/pdf/layout';
import { foldRadicals, linesOf, piecesOf } from '../../../server/src/core/import/pdf/lines';
import type { Piece } from '../../../server/src/core/import/pdf/lines';
import { graphicsOf, IDENTITY } from '../../../server/src/core/import/pdf/operators';
import type { Matrix, OperatorCodes } from '../../../server/src/core/import/pdf/operators';
import { ruledTables } from '../../../server/src/core/import/pdf/ruled';
import type { PdfPage, PdfText, Ruling } from '../../../server/src/core/import/pdf/types';
import { TABLE_IMAGE_NOTICE } from '../../../server/src/core/import/types';

/**
 * The pure PDF reader on pages built by hand (positions as pdf.js reports them): runs cut and
 * joined, page chrome, borders from drawing operators, grids from borders, tables joined over a
 * page break, a picture where a table should be. The same steps on real PDFs: test/import/pdf.test.ts.
 */

const SIZE = 12;

/** A run of text whose glyphs are an em (Chinese) or half an em (digits) wide, at (x, baseline). */
function run(str: string, x: number, baseline: number, size = SIZE): PdfText {
  const width = Array.from(str).reduce((w, ch) => w + (/[\u4e00-\u9fff（）、“”：，。]/.test(ch) ? size : /\s/.test(ch) ? size * 0.3 : size * 0.55), 0);
  return { str, x, baseline, width, size };
}

function pieces(texts: readonly PdfText[], page = 1): Piece[] {
  return texts.flatMap((t) => piecesOf(t, page));
}

function page(number: number, texts: readonly PdfText[], rulings: readonly Ruling[] = [], images: PdfPage['images'] = []): PdfPage {
  return { number, width: 595, height: 842, texts, rulings, images };
}

/** Borders of a grid: horizontal lines at `ys` and vertical lines at `xs`, each split per cell as a browser draws them, minus `gaps` (merged cells). */
function grid(xs: readonly number[], ys: readonly number[], gaps: readonly { x: number; row: number }[] = []): Ruling[] {
  const out: Ruling[] = [];
  for (const y of ys) for (let c = 0; c + 1 < xs.length; c++) out.push({ x1: xs[c] ?? 0, y1: y, x2: xs[c + 1] ?? 0, y2: y });
  for (const x of xs) {
    for (let r = 0; r + 1 < ys.length; r++) {
      if (gaps.some((g) => g.x === x && g.row === r)) continue;
      out.push({ x1: x, y1: ys[r] ?? 0, x2: x, y2: ys[r + 1] ?? 0 });
    }
  }
  return out;
}

function markdown(table: PdfTable): string[] {
  return placesOf(table).map((row) => `| ${row.map((p) => (p.covered === 'left' ? '<' : p.covered === 'up' ? '^' : p.text)).join(' | ')} |`);
}

describe('PDF reader (pure): text runs and lines', () => {
  it('cuts a run at its spaces, with positions, and joins touching pieces again', () => {
    const cut = pieces([run('13612 252', 321.9, 100)]);
    assert.deepEqual(cut.map((p) => p.text), ['13612', '252']);
    assert.ok((cut[1]?.left ?? 0) > (cut[0]?.right ?? 0));
    const lines = linesOf(pieces([run('4.', 170.9, 100), run('保护第三方合法权益', 176.4, 100), run('49', 321.9, 100.4)]));
    assert.equal(lines.length, 1);
    assert.deepEqual(lines[0]?.pieces.map((p) => p.text), ['4.保护第三方合法权益', '49']);
    // Two cells a space apart in one run stay two pieces even when the estimate puts them close.
    assert.deepEqual(linesOf(pieces([run('13612 252', 321.9, 100)]))[0]?.pieces.map((p) => p.text), ['13612', '252']);
  });

  it('folds radical code points to ideographs, one character for one', () => {
    assert.equal(foldRadicals('⻘⼭县⼈⺠政府⻔⼾⽹站'), '青山县人民政府门户网站');
    assert.equal(foldRadicals('没有部首'), '没有部首');
  });
});

describe('PDF reader (pure): page chrome', () => {
  it('drops page numbers and running headers, keeps a title of another size', () => {
    const pages = [1, 2, 3].map((n) => ({
      height: 842,
      lines: linesOf(pieces([
        run('青山县市场监督管理局2024年政府信息公开工作年度报告', 150, 40, 9),
        ...(n === 1 ? [run('青山县市场监督管理局2024年政府信息公开工作年度报告', 80, 110, 18)] : []),
        run('正文', 80, 400),
        run(['- 1 -', '— 2 —', '第3页 共3页'][n - 1] ?? '', 280, 800, 10),
      ], n)),
    }));
    const chrome = findChrome(pages);
    const kept = pages.flatMap((p) => p.lines.filter((l) => !chrome.has(l)).map((l) => l.pieces.map((x) => x.text).join('')));
    assert.deepEqual(kept, ['青山县市场监督管理局2024年政府信息公开工作年度报告', '正文', '正文', '正文']);
    // One page: only a page number goes, nothing repeats.
    const one = [{ height: 842, lines: linesOf(pieces([run('一份报告', 80, 40), run('4', 290, 800)])) }];
    assert.deepEqual([...findChrome(one)].map((l) => l.pieces[0]?.text), ['4']);
  });
});

describe('PDF reader (pure): borders from drawing operators', () => {
  it('reads borders from drawing operators: thin fills and strokes, through the transformation, white ones left out; and pictures', () => {
    const ops: OperatorCodes = {
      save: 1, restore: 2, transform: 3, constructPath: 4, paintFormXObjectBegin: 5, paintFormXObjectEnd: 6, paintImageXObject: 7,
      paintInlineImageXObject: 8, paintImageMaskXObject: 9, paintImageXObjectRepeat: 10, paintSolidColorImageMask: 11, setFillRGBColor: 12,
      setStrokeRGBColor: 13, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27,
    };
    const rect = (x: number, y: number, w: number, h: number): Float32Array => Float32Array.from([0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4]);
    // The page's viewport flips y (PDF space has y up): page space is y down from the top of an 842 pt page.
    const viewport: Matrix = [1, 0, 0, -1, 0, 842];
    const fn = [1, 3, 4, 4, 12, 4, 2, 13, 4, 1, 3, 7, 2];
    const args: unknown[] = [
      null, [2, 0, 0, 2, 0, 0],
      [22, [rect(50, 400, 100, 0.5)], null], // a thin fill, scaled by 2: a horizontal border 200 pt long
      [22, [rect(50, 400, 0.5, 60)], null], // a vertical one
      ['#ffffff'], [22, [rect(50, 300, 100, 0.5)], null], // white: not a border
      null,
      ['#000000'], [20, [Float32Array.from([0, 10, 10, 1, 10, 50])], null], // a stroked vertical line
      null, [300, 0, 0, 200, 100, 100], ['img_1', 300, 200], null,
    ];
    const { rulings, images } = graphicsOf(fn, args, ops, viewport);
    assert.deepEqual(rulings, [
      { x1: 100, y1: 41.5, x2: 300, y2: 41.5 },
      { x1: 100.5, y1: -78, x2: 100.5, y2: 42 },
      { x1: 10, y1: 792, x2: 10, y2: 832 },
    ]);
    assert.deepEqual(images.map((b) => [b.left, b.top, b.right, b.bottom]), [[100, 542, 400, 742]]);
    assert.deepEqual(graphicsOf([], [], ops, IDENTITY), { rulings: [], images: [] });
  });
});

describe('PDF reader (pure): grids from borders, joined over pages', () => {
  it('rebuilds a grid from its borders: merged cells where no border parts two places, text cut at a border it crosses', () => {
    // Columns 60 | 160 | 220 | 280; rows 100 | 120 | 140 | 160. Row 0 has no inner borders (a title
    // over all columns); the label column of rows 1–2 has no border between them (a group label).
    const rulings = grid([60, 160, 220, 280], [100, 120, 140, 160], [{ x: 160, row: 0 }, { x: 220, row: 0 }])
      .filter((r) => !(r.y1 === 140 && r.y2 === 140 && r.x1 === 60));
    const texts = [
      run('第二十条第（一）项', 70, 115),
      run('规章', 70, 135),
      run('35', 213.4, 135), // one run over two cells: cut at the border (x 220)
      run('4', 170, 155), run('6', 230, 155),
    ];
    const { tables, used } = ruledTables(1, rulings, pieces(texts));
    assert.equal(tables.length, 1);
    assert.equal(used.size, 5);
    const [table] = tables;
    assert.ok(table);
    assert.deepEqual(markdown(table), [
      '| 第二十条第（一）项 | < | < |',
      '| 规章 | 3 | 5 |',
      '| ^ | 4 | 6 |',
    ]);
  });

  it('joins a table continued on the next page: the repeated header dropped, a group label and a cut row continued', () => {
    const xs = [60, 160, 330, 390];
    // Page 1: a header row, then group 「（三）不予公」 over two rows (its text goes on on page 2).
    const first = ruledTables(1, grid(xs, [700, 720, 740, 760], [{ x: 160, row: 0 }]).filter((r) => !(r.y1 === 740 && r.y2 === 740 && r.x2 === 160)), pieces([
      run('项目', 62, 715), run('数量', 332, 715),
      run('（三）不予公', 62, 735), run('1.属于国家秘密', 162, 735), run('13', 332, 735),
      run('2.其他法律行政法规禁', 162, 755), run('30', 332, 755),
    ])).tables[0];
    // Page 2: the header again, the rest of the group label and of the last row's label, then a row.
    const second = ruledTables(2, grid(xs, [60, 80, 100, 120], [{ x: 160, row: 0 }]).filter((r) => !(r.y1 === 100 && r.y2 === 100 && r.x2 === 160)), pieces([
      run('项目', 62, 75), run('数量', 332, 75),
      run('开', 62, 95), run('止公开', 162, 95),
      run('3.危及“三安全一稳定”', 162, 115), run('11', 332, 115),
    ], 2)).tables[0];
    assert.ok(first && second);
    const edges = sharedEdges(first, second);
    assert.ok(edges);
    joinTables(first, second, edges);
    assert.deepEqual(markdown(first), [
      '| 项目 | < | 数量 |',
      '| （三）不予公开 | 1.属于国家秘密 | 13 |',
      '| ^ | 2.其他法律行政法规禁止公开 | 30 |',
      '| ^ | 3.危及“三安全一稳定” | 11 |',
    ]);
  });
});

describe('PDF reader (pure): pictures and locations', () => {
  it('a picture in part 三 with no table there: one notice for its page, with the placeholder\'s range', () => {
    const body = [run('三、收到和处理政府信息公开申请情况', 80, 100), run('四、政府信息公开行政复议、行政诉讼情况', 80, 700)];
    const report = layoutPdf([page(1, body, [], [{ left: 80, top: 120, right: 520, bottom: 600 }])], { locale: 'zh-cn' });
    assert.deepEqual(report.notices.map((n) => [n.code, n.message]), [[TABLE_IMAGE_NOTICE, '第1页的统计表是图片，无法核对。请取得文字版（Word 文件或可复制文字的 PDF）后再检查这张表。']]);
    const range = report.notices[0]?.range;
    assert.ok(range);
    assert.equal(report.text.slice(range.start, range.end), '![图片（第1页）]()');
    // In English too.
    assert.match(layoutPdf([page(1, body, [], [{ left: 80, top: 120, right: 520, bottom: 600 }])], { locale: 'en' }).notices[0]?.message ?? '', /page 1 is a picture/);
    // A picture in part 一 (a photo) is no table; a small one (a seal) neither.
    const photo = layoutPdf([page(1, [run('一、总体情况', 80, 100), body[1] ?? run('', 0, 0)], [], [{ left: 80, top: 120, right: 520, bottom: 600 }])], { locale: 'zh-cn' });
    assert.deepEqual(photo.notices, []);
    const seal = layoutPdf([page(1, body, [], [{ left: 400, top: 120, right: 500, bottom: 220 }])], { locale: 'zh-cn' });
    assert.deepEqual(seal.notices, []);
  });

  it('a page that is only a picture among pages of text: said once, by its number', () => {
    const text = page(1, [run('一、总体情况', 80, 100)]);
    const scanned = page(2, [], [], [{ left: 0, top: 0, right: 595, bottom: 842 }]);
    const report = layoutPdf([text, scanned, page(3, [run('六、其他需要报告的事项', 80, 100)])], { locale: 'zh-cn' });
    assert.deepEqual(report.notices.map((n) => n.message), ['第2页只有图片，没有可读取的文字，这些页的内容未检查。']);
  });

  it('locates paragraphs and table cells on their page', () => {
    const texts = [run('一、总体情况', 80, 100), run('规章', 70, 215), run('3', 170, 215), run('行政规范性文件', 70, 235), run('12', 170, 235)];
    const report = layoutPdf([page(4, texts, grid([60, 160, 220], [200, 220, 240]))], { locale: 'zh-cn' });
    const at = report.text.indexOf('12');
    assert.deepEqual(report.locate({ start: at, end: at + 2 }), { kind: 'page', page: 4, x: 170, y: 224.4 });
    assert.deepEqual(report.locate({ start: 0, end: 2 }), { kind: 'page', page: 4, x: 80, y: 89.4 });
  });
});

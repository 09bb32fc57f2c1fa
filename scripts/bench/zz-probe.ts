import { analyzeReport } from '../../server/src/core/analyze';
import { parseReport } from '../../server/src/core/model/parse-report';
const HEAD = '# 某县2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n';
const P2 = '\n\n## 二、主动公开政府信息情况\n\n';
const fill = (unit: (i: number) => string, bytes: number, head = HEAD, tail = '') => { let s = head; for (let i = 0; Buffer.byteLength(s) < bytes; i++) s += unit(i); return s + tail; };
const cases: Record<string, (n: number) => string> = {
  'tr/td runs in table': (n) => fill(() => '<tr<td', n, HEAD + P2 + '<table>'),
  'td runs in table': (n) => fill((i) => `<td>${i}`, n, HEAD + P2 + '<table><tr>'),
  'tr runs in table': (n) => fill((i) => `<tr><td>${i}`, n, HEAD + P2 + '<table>'),
  'rowspan table': (n) => fill((i) => `<tr><td rowspan="200" colspan="50">${i}</td></tr>`, n, HEAD + P2 + '<table>', '</table>'),
  'entity table': (n) => fill((i) => `<tr><td>&#${i};&amp;</td></tr>`, n, HEAD + P2 + '<table>', '</table>'),
  'nested 其中': (n) => fill((i) => `收到申请${i}件，其中`, n),
  'qty list in 其中': (n) => fill((i) => `${i}件、`, n, HEAD + '收到申请100件，其中'),
  'md table rows': (n) => fill((i) => `| 规章 | ${i} | 0 | 1 |\n`, n, HEAD + P2 + '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n'),
  'headings+tables': (n) => fill((i) => `## ${['二','三','四'][i % 3]}、主动公开政府信息情况\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 1 |\n\n`, n),
  'item headings': (n) => fill((i) => `（${['一','二','三','四','五','六','七','八','九','十'][i % 10]}）总体情况\n`, n),
};
for (const [name, make] of Object.entries(cases)) {
  const row: string[] = [];
  for (const kb of [4, 8, 16, 32, 64]) {
    const text = make(kb * 1024);
    const t0 = performance.now(); parseReport(text); const t1 = performance.now(); analyzeReport({ text }); const t2 = performance.now();
    row.push(`${kb}K p${(t1 - t0).toFixed(0)} a${(t2 - t1).toFixed(0)}`);
    if (t2 - t1 > 5000) break;
  }
  console.log(name.padEnd(20), row.join(' | '));
}

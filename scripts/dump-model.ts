// Prints what the parser understood of each report: title, issuer, year and era, period, dates, the
// preamble's list, parts with their items and tables, where the content ends. For debugging the
// model on a new kind of report: `npm run dump -- <files…>`.
import { readFileSync } from 'node:fs';
import { parseReport } from '../server/src/core/model/parse-report';
import type { OffsetRange } from '../server/src/core/text/line-index';

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const m = parseReport(text);
  const show = (r: OffsetRange): string => JSON.stringify(text.slice(r.start, r.end).slice(0, 60));
  console.log(`===== ${file}`);
  console.log(`title ${m.title ? show(m.title.range) : '-'}  issuer ${m.issuer?.text ?? '-'}  level ${m.level ?? '-'}  year ${m.year?.value ?? '-'} (${m.year?.source ?? '-'})  era ${m.era.id} (${m.era.source})`);
  console.log(`period ${m.period ? show(m.period.range) : '-'}`);
  console.log(`years ${m.yearStatements.map((s) => `${s.kind}:${s.year}`).join(' ') || '-'}`);
  console.log(`dates ${m.dates.map((d) => `${d.kind}:${d.date.year}-${d.date.month}-${d.date.day}`).join(' ') || '-'}`);
  console.log(`preamble list ${m.preambleList ? `${m.preambleList.entries.map((e) => e.name).join(' | ')} (count ${m.preambleList.count ?? '-'})` : '-'}`);
  for (const p of m.parts) {
    console.log(`  part ${p.heading.numeral}、${p.heading.title}  [${p.heading.style}]  tables: ${p.tables.map((t) => t.layout).join(', ') || '-'}`);
    for (const item of p.items) console.log(`      item （${item.heading.numeral}）${item.heading.title}`);
  }
  if (m.looseItems.length > 0) console.log(`  items before the first part: ${m.looseItems.map((i) => i.heading.title).join(' | ')}`);
  console.log(`content ends before ${JSON.stringify(text.slice(m.contentEnd, m.contentEnd + 40))}${m.cutOff ? `; cut off at ${show(m.cutOff)}` : ''}`);
}

import { readFileSync } from 'node:fs';
import { parseReport } from '/work/main/server/src/core/model/parse-report';
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  const m = parseReport(text);
  const show = (r: {start:number,end:number}) => JSON.stringify(text.slice(r.start, r.end).slice(0, 50));
  console.log('=====', f);
  console.log('title', m.title && show(m.title.range), 'issuer', m.issuer?.text, 'level', m.level, 'year', m.year?.value, m.year?.source, 'era', m.era);
  console.log('period', m.period && show(m.period.range));
  console.log('years', m.yearStatements.map(s => `${s.kind}:${s.year}`).join(' '));
  console.log('dates', m.dates.map(d => `${d.kind}:${d.date.year}-${d.date.month}-${d.date.day}`).join(' '));
  console.log('preambleList', m.preambleList?.entries.map(e => e.name).join(' | '), m.preambleList?.count);
  for (const p of m.parts) {
    console.log(`  PART ${p.heading.numeral} [${p.heading.style}] ${p.heading.title}  tables=${p.tables.map(t=>t.layout).join(',')} bodyLen=${p.body.end-p.body.start}`);
    for (const it of p.items) console.log(`     item ${it.heading.numeral} ${it.heading.title}`);
  }
  if (m.looseItems.length) console.log('  loose', m.looseItems.map(i => i.heading.title).join(' | '));
  console.log('contentEnd tail', JSON.stringify(text.slice(m.contentEnd, m.contentEnd + 40)), 'cutOff', m.cutOff && show(m.cutOff));
}

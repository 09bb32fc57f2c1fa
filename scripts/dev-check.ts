import { readFileSync } from 'node:fs';
import { checkReport } from '../server/src/core/check';
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  const { model, findings } = checkReport(text);
  console.log('=====', f, model.era.id, model.year?.value);
  for (const x of findings) {
    const p = model.lines.positionAt(x.range.start);
    console.log(`  ${p.line + 1}:${p.character + 1} ${x.severity} ${x.rule} ${x.message} ${JSON.stringify(x.data ?? {})}`);
  }
}

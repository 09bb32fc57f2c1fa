import { cpus, totalmem } from 'node:os';
import { benchCheck } from './check';
import { benchCli } from './cli';
import { benchOffice } from './office';
import { benchPdf } from './pdf';
import { benchFolders } from './folders';
import { benchPool } from './pool';
import { benchEditorMemory, benchEditorNearLimit, benchScaling } from './scaling';
import { benchPathological, benchShapes } from './shapes';
import { benchServer } from './server';
import { benchTables } from './tables';
import { benchTextTables } from './text-tables';
import { benchTypical } from './typical';
import { benchWord } from './word';

/**
 * Benchmarks (npm run bench; `npm run bench -- --quick` for a short run): printed tables, never
 * asserted. Needs the built bundles (npm run bench builds them first). Figures go to docs/performance.md.
 */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  console.log(`govreport benchmarks${quick ? ' (quick)' : ''}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB`);
  await benchCheck(quick);
  console.log('');
  benchTypical(quick);
  console.log('');
  benchTables();
  benchTextTables(quick);
  await benchWord(quick);
  benchCli(quick);
  await benchOffice(quick);
  await benchServer(quick);
  benchScaling(quick);
  await benchEditorMemory(quick);
  await benchEditorNearLimit(quick);
  benchShapes(quick);
  benchPathological(quick);
  benchFolders(quick);
  benchPool(quick);
  console.log('');
  await benchPdf(quick);
}

void main();

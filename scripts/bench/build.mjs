// Bundles the benchmarks (scripts/bench/index.ts) into out/bench/index.js with esbuild, the way
// esbuild.mjs bundles the CLI and the server: the core figures then measure the code as it ships
// (one bundle, direct calls), not the per-module transpilation of tsx, whose calls across modules
// go through export getters (10–20 % slower on the typical check). Packages stay external.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['scripts/bench/index.ts'],
  outfile: 'out/bench/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  // Each bench file runs alone when it is the program (`npx tsx scripts/bench/typical.ts`); in the
  // bundle every file shares one `module`, so that test would start them all: only index.ts runs.
  // pdf.js and its character maps come from dist/ as the CLI loads them (npm run bench builds dist first).
  define: { 'require.main': 'undefined', GOVREPORT_PDFJS: JSON.stringify('../../dist/pdfjs') },
});

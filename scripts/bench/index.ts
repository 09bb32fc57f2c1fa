import { benchTables } from './tables';

/** Benchmarks (npm run bench): printed, never asserted. */
benchTables();

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The collector, callable from a test (the flag takes effect for the contexts made after it). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * What `make`'s result still holds once everything else it made is garbage: the heap's growth after
 * a full collection, in bytes. For a test that a kept value does not keep a large input alive.
 */
export function retainedBytes<T>(make: () => T): { readonly kept: T; readonly bytes: number } {
  const gc = collector();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  return { kept, bytes: process.memoryUsage().heapUsed - before };
}

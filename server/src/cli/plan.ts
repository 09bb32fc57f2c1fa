import type { FileResult } from './results';

/** A file of the run still to be checked (its size from the folder's listing, 0 when named on the command line). */
export interface PlannedFile {
  readonly path: string;
  readonly fromFolder: boolean;
  readonly given?: string | undefined;
  readonly size: number;
}

/** The run's files in order: each one to check, or its result already (a folder's notice, a missing path). */
export type Plan = readonly (PlannedFile | FileResult)[];

export function isPlanned(p: PlannedFile | FileResult): p is PlannedFile {
  return 'fromFolder' in p;
}

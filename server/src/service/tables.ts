import type { CompletionItem, Hover } from 'vscode-languageserver';
import type { Analysis } from './analysis';

/**
 * SEAM for the statistical-table engine (server/src/core/tables/, `tablesOf(model)`), built in
 * parallel. Every table-specific editor feature goes through this file, so that wiring the engine
 * in touches nothing else:
 *  - `tableHover`: on a total cell, its formula with the actual addends and the computed value;
 *    on any cell, its row and column labels;
 *  - `rowLabelCompletions`: the row labels of the table the cursor is in;
 *  - `tableTemplate`: the era's standard table for part 二/三/四 as a Markdown table of zeros
 *    (used by completion, the new-report command, the missing-part quick fix and the snippets).
 * Until the engine lands they return nothing, and the features fall back to what the model knows.
 * The code lens and the cell quick fixes need nothing here: they read `table/*` findings and their
 * ordinary `Finding.fix`.
 */
export function tableHover(_analysis: Analysis, _offset: number): Hover | undefined {
  return undefined;
}

export function rowLabelCompletions(_analysis: Analysis, _offset: number): CompletionItem[] {
  return [];
}

export function tableTemplate(_era: '2019' | '2021', _section: number): string | undefined {
  return undefined;
}

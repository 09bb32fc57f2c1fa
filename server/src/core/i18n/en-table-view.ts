import type { ZH_CN_TABLE_VIEW } from './zh-cn-table-view';

/** English messages of the table view and the tab-separated table quick fix. Same keys as zh-cn-table-view.ts. */
export const EN_TABLE_VIEW: Record<keyof typeof ZH_CN_TABLE_VIEW, string> = {
  'editor/table-view.title': 'Table {table}: {title}',
  'editor/table-view.panel': 'Table view',
  'editor/table-view.lens': 'Edit in the table view',
  'editor/table-view.none': 'No table 二, 三 or 四 at the cursor; put the cursor in a statistical table, or use “Edit in the table view” above it.',
  'editor/table-view.gone': 'Table {table} is no longer in the document.',
  'editor/table-view.read-only': 'Read-only: this is the rendering of a Word or PDF file; convert it to a Markdown draft to edit it.',
  'editor/table-view.missing-cell': 'This cell is not in the document (its row or column is missing); add the row in the document first.',
  'editor/table-view.computed': 'From its details: {value}',
  'editor/table-view.ok': 'All table relations hold',
  'editor/table-view.problems': '{count} problems (red: errors, yellow: warnings)',
  'editor/table-view.hint': 'A changed number is written to the document on Enter or when the cell loses focus; Undo restores it. The document stays the only source of the data.',
  'editor/table-view.bad-value': '“{value}” is not a valid {kind}.',
  'editor/table-view.kind.count': 'whole number ≥ 0',
  'editor/table-view.kind.signed': 'whole number (signed)',
  'editor/table-view.kind.amount': 'number ≥ 0 (decimals allowed)',
  'editor/table-view.need-value': 'This table is split at spaces: a blank cell would shift the columns; write 0.',
  'editor/table-view.stale': 'The document changed; the table shows its current content. Enter the value again.',
  'editor/table-view.cell': '{row} × {column}',
  'editor/action.tab-table': 'Convert the tab-separated table into a Markdown table',
};

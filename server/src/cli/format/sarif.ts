import { RULES } from '../../core/rules';
import { positionIn } from '../results';
import type { FileResult } from '../results';
import { sarifUri } from './escape';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, for code-scanning dashboards. Columns are UTF-16 code units, 1-based. */
export function formatSarif(results: readonly FileResult[], version: string): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'govreport',
            version,
            informationUri: 'https://github.com/govreport/govreport',
            rules: RULES.map((r) => ({
              id: r.meta.id,
              name: r.meta.id,
              shortDescription: { text: r.meta.title },
              defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.findings.map((f) => {
            const start = positionIn(r, f.range.start);
            const end = positionIn(r, f.range.end);
            const artifactLocation = { uri: sarifUri(r.path) };
            // A Word or PDF file has no lines of its own: the place in it is a logical location
            // (表三第5行第2列) with the SourceLocation in the properties.
            const source = r.format ? r.source?.(f.range) : undefined;
            const location = r.format
              ? { physicalLocation: { artifactLocation }, ...(source ? { logicalLocations: [{ name: source.label, kind: 'element' }] } : {}) }
              : { physicalLocation: { artifactLocation, region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 } } };
            const properties = { ...(f.data ?? {}), ...(source ? { source: source.location } : {}) };
            return {
              ruleId: f.rule,
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [location],
              ...(Object.keys(properties).length > 0 ? { properties } : {}),
            };
          }),
        ),
        invocations: [{
          executionSuccessful: !results.some((r) => r.failure),
          toolExecutionNotifications: results.filter((r) => r.failure !== undefined || r.notice !== undefined).map((r) => ({
            level: r.failure ? 'error' : 'note',
            message: { text: `${r.path}：${r.failure ?? r.notice}` },
          })),
        }],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

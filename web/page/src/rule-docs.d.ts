/** docs/rules/<category>/<name>.md by rule id, put in the bundle by scripts/esbuild-page.mjs. */
declare module 'govreport:rule-docs' {
  export const RULE_DOCS: Readonly<Record<string, string>>;
}

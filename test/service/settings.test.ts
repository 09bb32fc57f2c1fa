import { strict as assert } from 'node:assert';
import { resolveSettings } from '../../server/src/service/settings';

describe('service: resolveSettings', () => {
  const files: Record<string, string> = {
    '/w/.govreportrc.json': '{ "level": "government", "rules": { "table/soft-check": "off" } }',
    '/w/a/.govreportrc.json': '{ "rules": { "table/soft-check": "info" }, "colour": 1 }',
  };
  const read = (path: string) => files[path];

  it('merges VS Code settings, then the rc files from the outermost folder to the nearest (nearer wins)', () => {
    const resolved = resolveSettings({ era: '2019', rules: { 'table/relation': 'warning' } }, '/w/a/r.md', read, ['/w']);
    assert.deepEqual(resolved.options, { enable: true, era: '2019', level: 'government', locale: undefined, office: undefined, severities: { 'table/relation': 'warning', 'table/soft-check': 'info' }, files: {} });
    assert.deepEqual(resolved.rcPaths, ['/w/.govreportrc.json', '/w/a/.govreportrc.json']);
  });

  it('keeps the problems apart: settings’ to show, every one (with its file) to log', () => {
    const resolved = resolveSettings({ rules: { 'x/y': 'error' } }, '/w/a/r.md', read, ['/w']);
    assert.deepEqual(resolved.settingsProblems, ['未知规则「x/y」。']);
    assert.equal(resolved.problems[0], 'settings: 未知规则「x/y」。');
    assert.match(resolved.problems[1] ?? '', /^\/w\/a\/\.govreportrc\.json: 未知选项「colour」/);
  });

  it('uses the defaults for an untitled document without settings', () => {
    assert.deepEqual(resolveSettings(undefined, undefined, read, ['/w']), { options: { enable: true, era: undefined, level: undefined, locale: undefined, office: undefined, severities: {}, files: {} }, problems: [], settingsProblems: [], rcPaths: [], layers: [] });
  });
});

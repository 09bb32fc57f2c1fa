import { strict as assert } from 'node:assert';
import { checkVersionedEdit } from '../../client/src/versioned-edit';

const edit = (uri: string, version: number | null) => ({ documentChanges: [{ textDocument: { uri, version }, edits: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, newText: '3' }] }] });
const open = new Map([['file:///r.md', 4]]);
const versionOf = (uri: string) => open.get(uri);

describe('client: the versioned edit of a code lens (issue 11)', () => {
  it('applies an edit computed for the document as it is', () => {
    const verdict = checkVersionedEdit(edit('file:///r.md', 4), versionOf);
    assert.ok(verdict.ok);
    assert.equal(verdict.changes.length, 1);
  });

  it('refuses a stale edit: the document changed since the lens was computed', () => {
    assert.deepEqual(checkVersionedEdit(edit('file:///r.md', 3), versionOf), { ok: false, reason: 'stale' });
    assert.deepEqual(checkVersionedEdit(edit('file:///other.md', 4), versionOf), { ok: false, reason: 'stale' }, 'a document that is not open');
  });

  it('accepts only versioned text edits: no unversioned edit, no file operation, nothing malformed', () => {
    assert.deepEqual(checkVersionedEdit(edit('file:///r.md', null), versionOf), { ok: false, reason: 'not-text' });
    assert.deepEqual(checkVersionedEdit({ documentChanges: [{ kind: 'create', uri: 'file:///x.md' }] }, versionOf), { ok: false, reason: 'not-text' });
    assert.deepEqual(checkVersionedEdit({ changes: { 'file:///r.md': [] } }, versionOf), { ok: false, reason: 'not-text' });
    for (const junk of [undefined, null, 1, 'x', { documentChanges: [] }, { documentChanges: [null] }]) {
      assert.equal(checkVersionedEdit(junk, versionOf).ok, false);
    }
  });
});

import { strict as assert } from 'node:assert';
import { cellText, cellValue, parseWebviewMessage } from '../../client/src/table-view/messages';

describe('client: the table view’s messages and cell values', () => {
  it('accepts only the messages the page sends, with their fields checked', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'edit', key: 'new/natural', value: '12', version: 4, extra: 1 }), { type: 'edit', key: 'new/natural', value: '12', version: 4 });
    assert.deepEqual(parseWebviewMessage({ type: 'switch', id: '四', nth: 0 }), { type: 'switch', id: '四', nth: 0 });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', key: 'review/total' }), { type: 'reveal', key: 'review/total' });
    for (const bad of [
      null, 'edit', 42, {}, { type: 'run' },
      { type: 'edit', key: 'new/natural', value: '12' },
      { type: 'edit', key: '../x', value: '12', version: 1 },
      { type: 'edit', key: 'new/natural', value: 12, version: 1 },
      { type: 'edit', key: 'new/natural', value: '1'.repeat(31), version: 1 },
      { type: 'edit', key: 'new/natural', value: '1', version: 1.5 },
      { type: 'switch', id: '五', nth: 0 },
      { type: 'switch', id: '三', nth: -1 },
      { type: 'reveal', key: 'new' },
    ]) assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
  });

  it('a cell takes a number of its kind, typed with a Chinese input method too', () => {
    assert.deepEqual(cellValue(' 12 ', 'count', true), { ok: true, value: '12' });
    assert.deepEqual(cellValue('１２３', 'count', true), { ok: true, value: '123' });
    assert.deepEqual(cellValue('1,234', 'count', true), { ok: true, value: '1234' });
    assert.deepEqual(cellValue('－3', 'signed', true), { ok: true, value: '-3' });
    assert.deepEqual(cellValue('12．5', 'amount', true), { ok: true, value: '12.5' });
    assert.deepEqual(cellValue('-3', 'count', true), { ok: false, reason: 'bad' });
    assert.deepEqual(cellValue('1.5', 'count', true), { ok: false, reason: 'bad' });
    assert.deepEqual(cellValue('十二', 'count', true), { ok: false, reason: 'bad' });
    assert.deepEqual(cellValue('1|2', 'count', true), { ok: false, reason: 'bad' });
    assert.deepEqual(cellValue('', 'count', true), { ok: true, value: '' });
    assert.deepEqual(cellValue(' ', 'count', false), { ok: false, reason: 'need' });
  });

  it('a value written into a blank Markdown cell keeps a space from the pipes', () => {
    assert.equal(cellText('5', '|', '|'), ' 5 ');
    assert.equal(cellText('5', ' ', ' '), '5');
    assert.equal(cellText('5', '|', ' '), ' 5');
    assert.equal(cellText('', '|', '|'), '');
  });
});

import assert from 'node:assert/strict';

/**
 * `items[index]`, failing the test with a clear message when there is no such item (instead of a
 * TypeError on the next property access): tests read findings and cells by position.
 */
export function nth<T>(items: ArrayLike<T>, index: number): T {
  const item = items[index];
  assert.ok(item !== undefined, `expected an item at index ${index}, found ${items.length} item(s)`);
  return item;
}

/**
 * `value`, failing the test with a clear message when it is undefined or null (a finding, action
 * or cell the test expects to be there).
 */
export function defined<T>(value: T | undefined | null, what = 'a value'): T {
  assert.ok(value !== undefined && value !== null, `expected ${what}, got ${String(value)}`);
  return value;
}

/**
 * A copy of a value that shares no string with the text it was cut from. V8 keeps a substring (a
 * heading's title quoted in a message, a label sliced from a line) as a view into the whole string
 * it was cut from, so a kept piece keeps the whole report text alive; JSON.parse makes every string
 * anew and flat. Only for JSON values (strings, a finding's message and data), which round-trip
 * unchanged.
 */
export function ownCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

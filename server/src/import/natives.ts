/**
 * pdf.js's legacy build (the one that runs on Node 20) carries core-js polyfills. Most add what
 * Node 20 lacks (Promise.withResolvers, Set and Iterator methods) and pdf.js needs them; a few
 * replace built-ins that exist but that core-js deems imperfect: Array.prototype.push,
 * JSON.parse, Function.prototype.toString. Replaced, they would slow down the whole process (the
 * language server parses every message with JSON.parse, the core pushes everywhere) once a PDF
 * has been opened. `keepingBuiltIns` runs the loading and puts every replaced built-in back,
 * keeping only what was added.
 */

function builtIns(): readonly object[] {
  const typedArray = Object.getPrototypeOf(Uint8Array) as object;
  return [
    globalThis, Object, Object.prototype, Function.prototype, Array, Array.prototype, String, String.prototype,
    Number, Number.prototype, Boolean.prototype, Symbol, Symbol.prototype, Math, JSON, Reflect, Date, Date.prototype,
    RegExp.prototype, Error, Error.prototype, Promise, Promise.prototype, Map, Map.prototype, Set, Set.prototype,
    WeakMap.prototype, WeakSet.prototype, ArrayBuffer, ArrayBuffer.prototype, DataView.prototype, typedArray,
    (typedArray as { prototype: object }).prototype, Uint8Array, Uint8Array.prototype,
  ];
}

/** Loads modules that may replace built-ins, then puts the replaced ones back. */
export async function keepingBuiltIns<T>(load: () => Promise<T>): Promise<T> {
  const saved = builtIns().map((target) => {
    const own = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(target)) {
      const d = Object.getOwnPropertyDescriptor(target, key);
      // Only plain values: accessors are Node's lazily loaded globals, which change when first read.
      if (d && 'value' in d && typeof d.value === 'function') own.set(key, d);
    }
    return { target, own };
  });
  try {
    return await load();
  } finally {
    for (const { target, own } of saved) {
      for (const [key, d] of own) {
        const now = Object.getOwnPropertyDescriptor(target, key);
        if (now && 'value' in now && now.value !== d.value && now.configurable) Object.defineProperty(target, key, d);
      }
    }
  }
}

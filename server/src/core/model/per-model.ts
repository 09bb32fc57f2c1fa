import type { ReportModel } from './types';

/**
 * A view of the model computed once per model: models are immutable, so derived views (sections,
 * tables, sentences…) are memoised in a WeakMap and freed with the model.
 */
export function perModel<T>(compute: (model: ReportModel) => T): (model: ReportModel) => T {
  const cache = new WeakMap<ReportModel, { value: T }>();
  return (model) => {
    let entry = cache.get(model);
    if (!entry) {
      entry = { value: compute(model) };
      cache.set(model, entry);
    }
    return entry.value;
  };
}

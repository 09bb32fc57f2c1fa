import { findRule } from '../../server/src/core/rules';
import { defined } from './nth';

/**
 * Makes the registered rule `id` throw `message` while `body` runs (a bug in a rule, on purpose),
 * then puts the rule back: the adapters must say it by rule id and go on.
 */
export async function withThrowingRule<T>(id: string, message: string, body: () => Promise<T>): Promise<T> {
  const rule = defined(findRule(id)) as { check: unknown };
  const original = rule.check;
  rule.check = () => { throw new Error(message); };
  try {
    return await body();
  } finally {
    rule.check = original;
  }
}

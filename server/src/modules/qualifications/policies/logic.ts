// Small builders for the JSON Logic of the shipped policies. They only write data: what is stored and
// evaluated is the plain JSON they return, the same as a policy edited by an adviser.

import type { JsonLogic } from '../../../../../contracts/qualifications.js';

type Logic = { [operator: string]: JsonLogic };

export const v = (path: string): Logic => ({ var: path });
export const and = (...parts: JsonLogic[]): Logic => ({ and: parts });
export const or = (...parts: JsonLogic[]): Logic => ({ or: parts });
export const not = (part: JsonLogic): Logic => ({ '!': part });
export const atLeast = (path: string, n: number): Logic => ({ '>=': [v(path), n] });
export const below = (path: string, n: number): Logic => ({ '<': [v(path), n] });
/** the list at `path` contains `value` */
export const has = (path: string, value: string): Logic => ({ in: [value, v(path)] });
/** the list at `path` contains at least one of `values` */
export const hasAny = (path: string, values: readonly string[]): Logic => ({
  some: [v(path), { in: [v(''), [...values]] }],
});
/** the list at `path` contains every one of `values` */
export const hasAll = (path: string, values: readonly string[]): Logic =>
  and(...values.map((x) => has(path, x)));
/** the list at `path` is not empty (JSON Logic: an empty list is false) */
export const nonEmpty = (path: string): Logic => ({ '!!': v(path) });
export const count = (path: string): Logic => ({ length: v(path) });
export const statusIs = (code: string, ...statuses: string[]): Logic => ({
  in: [v(`status.${code}`), statuses],
});

/**
 * Numbered booking ids (`"users#1"`), shared by add-ons and options.
 *
 * @internal
 * @module
 */

import { keep } from '../calendar/keep.js';

const IDS = new Map<string, string[]>();
/** Numbers below this are kept, per prefix. */
const KEPT = 64;
/** Prefixes kept before the memo starts over. */
const PREFIXES = 1024;

/** `"<prefix>#<n>"`, the same string each time for small numbers. */
export function numberedId(prefix: string, n: number): string {
  if (n >= KEPT || n < 0) return `${prefix}#${n}`;
  const ids = IDS.get(prefix) ?? keep(IDS, prefix, [], PREFIXES);
  return (ids[n] ??= `${prefix}#${n}`);
}

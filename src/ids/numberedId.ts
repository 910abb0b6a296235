/**
 * Numbered ids, `"<prefix>#<n>"`, as add-on and option bookings are named.
 * Every account numbers its bookings from 1, so the same few ids come up again
 * and again: the first numbers of each prefix are written once and reused. A
 * pure memo: the ids are equal strings either way.
 *
 * @internal
 * @module
 */

const IDS = new Map<string, string[]>();
/** Numbers below this are kept, per prefix. */
const KEPT = 64;
/** Prefixes kept before the memo starts over. */
const PREFIXES = 1024;

/** `"<prefix>#<n>"`. */
export function numberedId(prefix: string, n: number): string {
  if (n >= KEPT || n < 0) return `${prefix}#${n}`;
  let ids = IDS.get(prefix);
  if (ids === undefined) {
    if (IDS.size >= PREFIXES) IDS.clear();
    ids = [];
    IDS.set(prefix, ids);
  }
  return (ids[n] ??= `${prefix}#${n}`);
}

/**
 * The bounded tables that remember what many contracts share (cycle cores,
 * term shapes, notice deadlines, configurations, booking ids): a value is kept
 * under its key, and a full table starts over rather than grow.
 *
 * @internal
 * @module
 */

/** Keeps `value` under `key` in `table`, emptying the table first when it holds `limit` entries; returns `value`. */
export function keep<K, V>(table: Map<K, V>, key: K, value: V, limit: number): V {
  if (table.size >= limit) table.clear();
  table.set(key, value);
  return value;
}

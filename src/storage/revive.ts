import { fail, isRecord } from '../errors/fail.js';
import { isTarifkitError } from '../errors/isTarifkitError.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { firstDifference, valueAt } from './difference.js';
import {
  readBookingAccount, readCart, readCatalog, readContract, readInvoice, readLine, moneyFromSnapshot, readPrepaidAccount,
  readSubscription,
} from './read.js';
import { readDocument } from '../document/readDocument.js';
import type { StoredKind, StoredValue, StoredValues } from './types.js';

/** The version of the stored form this release writes and reads. */
const VERSION = 1;

/**
 * The steps from each older version to the next, applied in turn to a record
 * read from JSON: `MIGRATIONS[v]` turns a version `v` record into a version
 * `v + 1` record. Empty while version 1 is the only one.
 */
const MIGRATIONS: Readonly<Record<number, (record: Readonly<Record<string, unknown>>) => Readonly<Record<string, unknown>>>> = {};

const READERS: Readonly<Record<Exclude<StoredKind, 'money'>, (value: unknown, path: string) => StoredValue>> = {
  subscription: readSubscription,
  contract: readContract,
  catalog: readCatalog,
  prepaidAccount: readPrepaidAccount,
  bookingAccount: readBookingAccount,
  cart: readCart,
  invoice: readInvoice,
  line: readLine,
  document: readDocument,
};

const KINDS: readonly string[] = [...Object.keys(READERS), 'money'];

/** Whether a record is dinero.js's snapshot of an amount. */
function isMoneySnapshot(data: Readonly<Record<string, unknown>>): boolean {
  return data.tarifkit === undefined && Object.hasOwn(data, 'amount') && Object.hasOwn(data, 'currency') && Object.hasOwn(data, 'scale');
}

/** The kind of a record, its header checked and migrated to the current version. */
function headed(value: unknown, expected: StoredKind | undefined): { kind: StoredKind; record: Readonly<Record<string, unknown>> } {
  if (!isRecord(value)) return fail('INVALID_JSON', '$', value, { reason: 'expected a stored tarifkit value (an object)' });
  if (isMoneySnapshot(value)) {
    if (expected !== undefined && expected !== 'money') fail('INVALID_JSON', '$.kind', undefined, { expected });
    return { kind: 'money', record: value };
  }
  let record = value;
  const version = record.tarifkit;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    fail('INVALID_JSON', '$.tarifkit', version, { reason: 'not a stored tarifkit value: no version' });
  }
  if (version > VERSION) {
    fail('INVALID_JSON', '$.tarifkit', version, { reason: `written by a newer tarifkit (stored form ${version}); this release reads up to ${VERSION}` });
  }
  for (let v = version; v < VERSION; v += 1) record = (MIGRATIONS[v] as (r: typeof record) => typeof record)(record);
  const kind = record.kind;
  if (typeof kind !== 'string' || !KINDS.includes(kind) || kind === 'money') fail('INVALID_JSON', '$.kind', kind, { known: KINDS });
  if (expected !== undefined && kind !== expected) fail('INVALID_JSON', '$.kind', kind, { expected });
  return { kind: kind as StoredKind, record };
}

/**
 * Reads a stored value back: the parsed JSON of a subscription, contract,
 * catalog, prepaid or booking account, cart, invoice, line, invoice document or Money. Every
 * field is checked as the library's own functions check their input, the value
 * is rebuilt, and the rebuilt value must equal the stored one, so a corrupted,
 * missing or unknown field anywhere is refused, never accepted silently.
 *
 * Every value but Money carries its header: `{ "tarifkit": 1, "kind": "contract", … }`.
 * `tarifkit` is the version of the stored form. A record of an older version is
 * migrated to this one; a record of a newer version is refused. A Money is
 * stored as dinero.js writes it (`JSON.stringify(money(590))`).
 *
 * What it returns is the library's own value again: storing it gives the same
 * JSON, byte for byte, and continuing from it gives what continuing without
 * storing gives.
 *
 * @param json - the stored value, as `JSON.parse` gives it, or the JSON text itself
 * @param kind - the kind you expect; a record of another kind is refused
 * @returns the value, ready to use
 * @throws TarifkitError `INVALID_JSON` naming the JSON path of the first field
 *   at fault (`$.events.3.on`, `$.tarifkit`, `$.kind`), with the check that
 *   failed in `details.reason` and, where another check found it, `details.code`
 * @example
 * ```ts
 * import { chargeLine, createItem, revive } from 'tarifkit';
 *
 * const setup = createItem({ id: 'setup', name: 'Setup fee', unitCents: 4900, vatRate: 19 });
 * const line = chargeLine({ item: setup, on: '2026-04-01' });
 * const stored = JSON.stringify(line);      // '{"tarifkit":1,"kind":"line",…}'
 * revive(JSON.parse(stored), 'line').cents; // 4900
 * revive(stored.replace('"cents":4900', '"cents":4901')); // throws INVALID_JSON at $.cents
 * ```
 */
export function revive<K extends StoredKind>(json: unknown, kind: K): StoredValues[K];
export function revive(json: unknown): StoredValue;
export function revive(json: unknown, kind?: StoredKind): StoredValue {
  if (kind !== undefined && !KINDS.includes(kind)) fail('INVALID_ARGUMENT', 'kind', kind, { known: KINDS });
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (cause) {
      throw new TarifkitError('INVALID_JSON', { field: '$', value: json.slice(0, 100), reason: 'not JSON text' }, { cause });
    }
  }
  try {
    const { kind: found, record } = headed(value, kind);
    const rebuilt = found === 'money' ? moneyFromSnapshot(record, '$') : READERS[found](record, '$');
    const at = firstDifference(found === 'money' ? JSON.parse(JSON.stringify(rebuilt)) : rebuilt, record, '$');
    if (at !== null) fail('INVALID_JSON', at, valueAt(record, at), { reason: 'not what tarifkit writes: unknown, missing or inconsistent' });
    return rebuilt;
  } catch (error) {
    if (isTarifkitError(error, 'INVALID_JSON')) throw error;
    if (isTarifkitError(error)) {
      throw new TarifkitError('INVALID_JSON', { field: error.details.field, value: error.details.value, code: error.code, reason: error.message }, { cause: error });
    }
    throw new TarifkitError('INVALID_JSON', { field: '$', value: undefined, reason: String(error) }, { cause: error });
  }
}

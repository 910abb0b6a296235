/**
 * Checking a contract handed back by a caller (kept between requests, read back
 * from JSON, or made by hand) before anything reads it: every field the
 * contract math reads, with the code and the path of the first that is wrong.
 *
 * @internal
 * @module
 */
import { dayOf } from '../calendar/days.js';
import { MAX_TERM_MONTHS } from '../catalog/limits.js';
import { billingCycle, notice, renewal } from '../catalog/validatePlan.js';
import { fail, isRecord } from '../errors/fail.js';
import { checkItem } from '../items/checkItem.js';
import type { Contract } from './types.js';

/** Contracts already checked (or made by tarifkit): checked once. */
const CHECKED = new WeakSet<object>();

const CAUSES: ReadonlySet<unknown> = new Set(['start', 'upgrade', 'downgrade']);

/** The most versions a contract may hold. */
const MAX_VERSIONS = 100_000;

function shape(ok: boolean, field: string, value: unknown): void {
  if (!ok) fail('INVALID_ARGUMENT', field, value, { reason: 'not as tarifkit writes a contract' });
}

/** A contract from outside, checked; INVALID_ARGUMENT (or the code of the field's kind) naming the field. */
export function checkContract(value: unknown, field: string): Contract {
  if (typeof value === 'object' && value !== null && CHECKED.has(value)) return value as Contract;
  if (!isRecord(value) || !Array.isArray(value.versions) || value.versions.length === 0 || typeof value.start !== 'string') {
    fail('INVALID_ARGUMENT', field, value, { reason: 'expected a contract' });
  }
  const startDay = dayOf(value.start, `${field}.start`);
  const term = value.termMonths;
  shape(typeof term === 'number' && Number.isSafeInteger(term) && term >= 1 && term <= MAX_TERM_MONTHS, `${field}.termMonths`, term);
  renewal(value.renewal, `${field}.renewal`);
  notice(value.notice, `${field}.notice`);
  if (value.customer !== 'consumer' && value.customer !== 'business') fail('INVALID_CUSTOMER', `${field}.customer`, value.customer);
  shape(value.telecom === undefined || value.telecom === true, `${field}.telecom`, value.telecom);
  shape(value.smallBusiness === undefined || (value.smallBusiness === true && value.telecom === true && value.customer === 'business'), `${field}.smallBusiness`, value.smallBusiness);
  billingCycle(value.billingCycle, `${field}.billingCycle`);
  shape(value.billing === 'inAdvance' || value.billing === 'inArrears', `${field}.billing`, value.billing);
  shape(value.pricePer === 'term' || value.pricePer === 'billingPeriod', `${field}.pricePer`, value.pricePer);
  const versions = value.versions;
  shape(Array.isArray(versions) && versions.length >= 1 && versions.length <= MAX_VERSIONS, `${field}.versions`, versions);
  let previous = startDay;
  for (let i = 0; i < (versions as unknown[]).length; i += 1) {
    const at = `${field}.versions.${i}`;
    const version: unknown = (versions as unknown[])[i];
    shape(isRecord(version), at, version);
    const v = version as Readonly<Record<string, unknown>>;
    const from = dayOf(v.from, `${at}.from`);
    shape(i === 0 ? from === startDay : from >= previous, `${at}.from`, v.from);
    previous = from;
    shape(typeof v.planId === 'string' && v.planId !== '', `${at}.planId`, v.planId);
    shape(isRecord(v.configuration) && Object.values(v.configuration).every((q) => typeof q === 'number' && Number.isSafeInteger(q) && q >= 0), `${at}.configuration`, v.configuration);
    checkItem(v.item, `${at}.item`);
    shape(CAUSES.has(v.cause), `${at}.cause`, v.cause);
  }
  const cancellation = value.cancellation;
  if (cancellation !== null) {
    shape(isRecord(cancellation), `${field}.cancellation`, cancellation);
    const c = cancellation as Readonly<Record<string, unknown>>;
    for (const key of ['receivedOn', 'noticeDeadline', 'effectiveOn', 'lastDay']) dayOf(c[key], `${field}.cancellation.${key}`);
    shape(typeof c.onTime === 'boolean', `${field}.cancellation.onTime`, c.onTime);
  }
  if (value.end !== null) {
    const endDay = dayOf(value.end, `${field}.end`);
    shape(endDay > startDay, `${field}.end`, value.end);
  }
  CHECKED.add(value);
  return value as unknown as Contract;
}

/** Marks a contract tarifkit made as checked. */
export function trustContract<T extends object>(contract: T): T {
  CHECKED.add(contract);
  return contract;
}

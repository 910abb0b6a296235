/**
 * The one decision behind quoteChange and applyEvent (R2–R5): both call this,
 * so a quote and the change it quotes cannot differ. With `apply` set, the
 * result also carries the new contract.
 *
 * @internal
 * @module
 */
import { isoFromEpochDay } from '../calendar/epochDay.js';
import { epochDayFromInput } from '../calendar/parseDate.js';
import type { PlanEntry } from '../catalog/catalogIndex.js';
import { resolveConfiguration } from '../catalog/resolve.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { basisOf } from '../proration/prorate.js';
import { CancellationValue, changedFacts, ContractValue, termInfo, versionIndexAt } from './contractValue.js';
import { upgradeLines } from './pricing.js';
import { CancelQuoteValue, DowngradeQuoteValue, refuse, UpgradeQuoteValue } from './results.js';
import type { ApplyResult, ChangeOptions, QuoteResult } from './types.js';
import { VersionValue } from './version.js';

type EventRecord = Readonly<Record<string, unknown>>;

/** `list` with `item` after it, as a new array of the right length (no spread: this is the hot path). */
function appended<T>(list: readonly T[], item: T): T[] {
  const length = list.length;
  const out = new Array<T>(length + 1);
  for (let i = 0; i < length; i += 1) out[i] = list[i] as T;
  out[length] = item;
  return out;
}

function sameQuantities(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function eventRecord(event: unknown, typeField: string): EventRecord {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new TarifkitError('UNKNOWN_EVENT', { field: typeField, value: event });
  }
  return event as EventRecord;
}

/** Field paths for errors, made once: `event.on` for applyEvent, `change.on` for quoteChange. */
interface Fields {
  readonly type: string;
  readonly on: string;
  readonly planId: string;
  readonly configuration: string;
}

function fieldsOf(root: string): Fields {
  return { type: `${root}.type`, on: `${root}.on`, planId: `${root}.planId`, configuration: `${root}.configuration` };
}

const EVENT_FIELDS = fieldsOf('event');
const CHANGE_FIELDS = fieldsOf('change');

/** Decides an event; see the module comment. */
export function evaluate(
  contract: ContractValue,
  event: unknown,
  options: ChangeOptions | undefined,
  field: string,
  apply: boolean,
): QuoteResult | ApplyResult {
  const basis = basisOf(options);
  const fields = field === 'event' ? EVENT_FIELDS : field === 'change' ? CHANGE_FIELDS : fieldsOf(field);
  const data = eventRecord(event, fields.type);
  const type = data.type;
  if (type !== 'upgrade' && type !== 'downgrade' && type !== 'cancel' && type !== 'terminateEarly') {
    throw new TarifkitError('UNKNOWN_EVENT', { field: fields.type, value: type });
  }
  const facts = contract.facts;
  const day = epochDayFromInput(data.on, fields.on);
  const endDay = contract.endDay;
  if (day < facts.shape.startDay || (endDay !== null && day >= endDay)) {
    throw new TarifkitError('CHANGE_OUTSIDE_CONTRACT', {
      field: fields.on,
      value: data.on,
      start: isoFromEpochDay(facts.shape.startDay),
      end: endDay === null ? null : isoFromEpochDay(endDay),
    });
  }
  if (day < facts.asOfDay) {
    throw new TarifkitError('EVENT_OUT_OF_ORDER', { field: fields.on, value: data.on, asOf: isoFromEpochDay(facts.asOfDay) });
  }
  const versions = facts.versions;
  const inForce = versionIndexAt(versions, day);
  const from = versions[inForce] as VersionValue;
  const dropped = versions[inForce + 1] ?? null;
  const kept = dropped === null ? versions : versions.slice(0, inForce + 1);
  const asOfTerm = contract.termInfo;
  const info = day < asOfTerm.period.endDay ? asOfTerm : termInfo(facts.shape, day, endDay);
  const term = info.period;
  const termEndDay = term.endDay;

  if (type === 'cancel' || type === 'terminateEarly') {
    const existing = facts.cancellation;
    if (type === 'terminateEarly') {
      const ground = typeof data.ground === 'string' ? data.ground : 'other';
      const allowedFromDay = existing !== null ? existing.effectiveDay : contract.cancellationFor(day).effectiveDay;
      return refuse(type, day, from, { reason: 'NO_SPECIAL_TERMINATION_RIGHT', allowedFromDay, ground });
    }
    if (existing !== null) {
      return refuse(type, day, from, { reason: 'ALREADY_CANCELLED', contractEndDay: existing.effectiveDay });
    }
    const point = contract.cancellationFor(day);
    // A version scheduled on or after the end never comes into force.
    const last = versions[versions.length - 1] as VersionValue;
    const cut = last.fromDay >= point.effectiveDay && versions.length > 1 ? last : null;
    let next: ContractValue | undefined;
    if (apply) {
      const cancellation = new CancellationValue(day, point.effectiveDay, point.deadlineDay, point.onTime);
      next = new ContractValue(changedFacts(facts, cut === null ? versions : versions.slice(0, -1), day, cancellation));
    }
    return new CancelQuoteValue(day, point.effectiveDay, point.onTime, point.deadlineDay, cut, next) as QuoteResult;
  }

  // An upgrade or a downgrade.
  let entry: PlanEntry = from.entry;
  if (data.planId !== undefined) {
    const found = typeof data.planId === 'string' ? facts.index.plans.get(data.planId) : undefined;
    if (found === undefined) throw new TarifkitError('UNKNOWN_PLAN', { field: fields.planId, value: data.planId });
    entry = found;
  }
  const samePlan = entry.plan.id === from.planId;
  const base = samePlan ? from.quantities : entry.defaults;
  const resolved = resolveConfiguration(entry, data.configuration, base, fields.configuration, facts.index.optionIds);
  if (!samePlan && entry.family !== from.entry.family) {
    return refuse(type, day, from, { reason: 'INCOMPATIBLE_PLAN', targetPlanId: entry.plan.id, targetPlanName: entry.plan.name });
  }
  // R4: single options stay as they are on plans that do not let them change.
  if (samePlan
    ? !entry.plan.policy.optionsChangeable && !sameQuantities(from.quantities, resolved.quantities)
    : !entry.plan.policy.optionsChangeable && !sameQuantities(entry.defaults, resolved.quantities)) {
    return refuse(type, day, from, { reason: 'OPTIONS_NOT_CHANGEABLE' });
  }
  if (type === 'upgrade') {
    if (resolved.priceCents < from.priceCents) {
      const endsWithTerm = endDay !== null && endDay <= termEndDay;
      return refuse(type, day, from, { reason: 'NOT_AN_UPGRADE', allowedFromDay: endsWithTerm ? null : termEndDay });
    }
    const to = new VersionValue(day, entry, resolved.quantities, resolved.priceCents, 'upgrade');
    const lines = upgradeLines(facts.price, info, day, from, to, basis);
    let next: ContractValue | undefined;
    if (apply) next = new ContractValue(changedFacts(facts, appended(kept, to), day, facts.cancellation), info);
    return new UpgradeQuoteValue(day, basis, from, to, lines, term, dropped, next) as QuoteResult;
  }

  // A downgrade (R3): accepted for the term's end, when the contract still runs then.
  if (resolved.priceCents > from.priceCents) return refuse(type, day, from, { reason: 'NOT_A_DOWNGRADE' });
  if (endDay !== null && endDay <= termEndDay) return refuse(type, day, from, { reason: 'CONTRACT_ENDS_FIRST', contractEndDay: endDay });
  const to = new VersionValue(termEndDay, entry, resolved.quantities, resolved.priceCents, 'downgrade');
  let next: ContractValue | undefined;
  if (apply) next = new ContractValue(changedFacts(facts, appended(kept, to), day, facts.cancellation), info);
  return new DowngradeQuoteValue(day, from, to, term, dropped, next) as QuoteResult;
}

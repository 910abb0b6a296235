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
import { priceOfQuantities, resolveQuantities } from '../catalog/resolve.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { basisOf } from '../proration/prorate.js';
import { CancellationValue, ContractValue, termInfo } from './contractValue.js';
import { upgradeLines } from './pricing.js';
import { CancelQuoteValue, DowngradeQuoteValue, refuse, UpgradeQuoteValue } from './results.js';
import type { ApplyResult, ChangeOptions, QuoteResult } from './types.js';
import { VersionValue } from './version.js';

type EventRecord = Readonly<Record<string, unknown>>;

function sameQuantities(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// The throws, out of line: the hot path stays small, and the optimiser's inlining budget goes to what runs.

function unknownEvent(field: string, value: unknown): never {
  throw new TarifkitError('UNKNOWN_EVENT', { field, value });
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
  // No options is the common call: the default basis without a call (basisOf checks given options).
  const basis = options === undefined ? 'day' : basisOf(options);
  const fields = field === 'event' ? EVENT_FIELDS : field === 'change' ? CHANGE_FIELDS : fieldsOf(field);
  if (typeof event !== 'object' || event === null || Array.isArray(event)) unknownEvent(fields.type, event);
  const data = event as EventRecord;
  const type = data.type;
  if (type !== 'upgrade' && type !== 'downgrade' && type !== 'cancel' && type !== 'terminateEarly') {
    throw new TarifkitError('UNKNOWN_EVENT', { field: fields.type, value: type });
  }
  const facts = contract.basis;
  const day = epochDayFromInput(data.on, fields.on);
  const endDay = contract.endDay;
  if (day < facts.startDay || (endDay !== null && day >= endDay)) {
    throw new TarifkitError('CHANGE_OUTSIDE_CONTRACT', {
      field: fields.on,
      value: data.on,
      start: isoFromEpochDay(facts.startDay),
      end: endDay === null ? null : isoFromEpochDay(endDay),
    });
  }
  const asOfDay = contract.asOfDay;
  if (day < asOfDay) {
    throw new TarifkitError('EVENT_OUT_OF_ORDER', { field: fields.on, value: data.on, asOf: isoFromEpochDay(asOfDay) });
  }
  // The version in force on the day, and the one after it (a scheduled downgrade), if any. The new
  // contract keeps the versions up to `from` and adds its own: a version made here follows `from`.
  const last = contract.lastVersion;
  let from = last;
  let dropped: VersionValue | null = null;
  while (from.fromDay > day && from.previous !== null) {
    dropped = from;
    from = from.previous;
  }
  const asOfTerm = contract.termInfo;
  const info = day < asOfTerm.period.endDay ? asOfTerm : termInfo(facts, day, endDay);
  const term = info.period;
  const termEndDay = term.endDay;

  if (type === 'cancel' || type === 'terminateEarly') {
    const existing = contract.cancellationValue;
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
    const cut = last.fromDay >= point.effectiveDay && last.previous !== null ? last : null;
    let next: ContractValue | undefined;
    if (apply) {
      const cancellation = new CancellationValue(day, point.effectiveDay, point.deadlineDay, point.onTime);
      next = new ContractValue(facts, cut === null ? last : last.previous as VersionValue, day, cancellation, undefined);
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
  const samePlan = entry === from.entry || entry.plan.id === from.planId;
  // The quantities in force (or the new plan's defaults), with the change's options set: the same array when
  // nothing changes, so neither a copy nor a new price is made then.
  const base = samePlan ? from.quantities : entry.defaults;
  const change = data.configuration;
  const quantities = change === undefined ? base : resolveQuantities(entry, change, base, fields.configuration, facts.index.optionIds);
  const priceCents = samePlan && quantities === base
    ? from.priceCents
    : quantities === entry.defaults ? entry.defaultPriceCents : priceOfQuantities(entry, quantities, fields.configuration);
  if (!samePlan && entry.family !== from.entry.family) {
    return refuse(type, day, from, { reason: 'INCOMPATIBLE_PLAN', targetPlanId: entry.plan.id, targetPlanName: entry.plan.name });
  }
  // R4: single options stay as they are (or at the new plan's defaults) on plans that do not let them change.
  if (!entry.plan.policy.optionsChangeable && quantities !== base && !sameQuantities(base, quantities)) {
    return refuse(type, day, from, { reason: 'OPTIONS_NOT_CHANGEABLE' });
  }
  if (type === 'upgrade') {
    if (priceCents < from.priceCents) {
      const endsWithTerm = endDay !== null && endDay <= termEndDay;
      return refuse(type, day, from, { reason: 'NOT_AN_UPGRADE', allowedFromDay: endsWithTerm ? null : termEndDay });
    }
    const to = new VersionValue(day, entry, quantities, priceCents, 'upgrade', from);
    const lines = upgradeLines(facts, info, day, from, to, basis);
    const next = apply ? new ContractValue(facts, to, day, contract.cancellationValue, info) : undefined;
    return new UpgradeQuoteValue(day, basis, from, to, lines, term, dropped, next) as QuoteResult;
  }

  // A downgrade (R3): accepted for the term's end, when the contract still runs then.
  if (priceCents > from.priceCents) return refuse(type, day, from, { reason: 'NOT_A_DOWNGRADE' });
  if (endDay !== null && endDay <= termEndDay) return refuse(type, day, from, { reason: 'CONTRACT_ENDS_FIRST', contractEndDay: endDay });
  const to = new VersionValue(termEndDay, entry, quantities, priceCents, 'downgrade', from);
  const next = apply ? new ContractValue(facts, to, day, contract.cancellationValue, info) : undefined;
  return new DowngradeQuoteValue(day, from, to, term, dropped, next) as QuoteResult;
}

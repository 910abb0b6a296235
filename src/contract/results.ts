/**
 * The values changes return: accepted changes with their lines (R2, R3, W1),
 * and refusals (R3–R5). Dates and amounts are built when first read.
 *
 * @internal
 * @module
 */
import type { Temporal } from '@js-temporal/polyfill';
import { isoFromEpochDay, plainDateFromEpochDay } from '../calendar/epochDay.js';
import type { Period } from '../calendar/types.js';
import type { Line } from '../lines/types.js';
import { moneyFromCents } from '../money/cents.js';
import type { Money } from '../money/types.js';
import type { ProrationBasis } from '../proration/types.js';
import type {
  CancelQuote,
  ChangeRefused,
  Contract,
  ContractEventType,
  ContractRefusal,
  DowngradeQuote,
  UpgradeQuote,
} from './types.js';
import type { VersionValue } from './version.js';

const NO_LINES: readonly Line[] = Object.freeze([]);

abstract class QuoteValue {
  readonly ok = true as const;
  readonly onDay: number;
  readonly effectiveDay: number;
  readonly lines: readonly Line[];
  readonly netCents: number;
  readonly dropped: VersionValue | null;
  #contract: Contract | undefined;
  #net: Money | undefined;

  constructor(onDay: number, effectiveDay: number, lines: readonly Line[], netCents: number, dropped: VersionValue | null) {
    this.onDay = onDay;
    this.effectiveDay = effectiveDay;
    this.lines = lines;
    this.netCents = netCents;
    this.dropped = dropped;
  }

  get on(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.onDay);
  }

  get effectiveOn(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.effectiveDay);
  }

  get net(): Money {
    return (this.#net ??= moneyFromCents(this.netCents));
  }

  /** The new contract of an applied change; undefined on a quote, which changes nothing. */
  get contract(): Contract | undefined {
    return this.#contract;
  }

  /** Adds the new contract: what makes a quote an applied change. */
  protected attach(contract: Contract | undefined): void {
    this.#contract = contract;
  }

  protected json(): Record<string, unknown> {
    return {
      ok: true,
      on: isoFromEpochDay(this.onDay),
      effectiveOn: isoFromEpochDay(this.effectiveDay),
      lines: this.lines,
      netCents: this.netCents,
      dropped: this.dropped,
    };
  }
}

/**
 * The hot path's result: one class without a base-class constructor, its own
 * fields in the same order as the other quotes' (`ok`, `onDay`, `effectiveDay`,
 * `lines`, `netCents`, `dropped`, then its own), the same getters and JSON.
 */
export class UpgradeQuoteValue implements UpgradeQuote {
  // Declared, not initialised as class fields: the constructor assigns each once, in this order.
  declare readonly ok: true;
  declare readonly onDay: number;
  declare readonly effectiveDay: number;
  declare readonly lines: readonly Line[];
  declare readonly netCents: number;
  declare readonly dropped: VersionValue | null;
  declare readonly type: 'upgrade';
  declare readonly scheduled: false;
  declare readonly basis: ProrationBasis;
  declare readonly from: VersionValue;
  declare readonly to: VersionValue;
  declare readonly charge: Line;
  declare readonly credit: Line;
  declare readonly term: Period;
  readonly #contract: Contract | undefined;
  #net: Money | undefined;

  constructor(
    onDay: number,
    basis: ProrationBasis,
    from: VersionValue,
    to: VersionValue,
    lines: [charge: Line, credit: Line],
    term: Period,
    dropped: VersionValue | null,
    contract: Contract | undefined,
  ) {
    const charge = lines[0];
    const credit = lines[1];
    this.ok = true;
    this.onDay = onDay;
    this.effectiveDay = onDay;
    this.lines = lines;
    this.netCents = charge.cents + credit.cents;
    this.dropped = dropped;
    this.type = 'upgrade';
    this.scheduled = false;
    this.basis = basis;
    this.from = from;
    this.to = to;
    this.charge = charge;
    this.credit = credit;
    this.term = term;
    this.#contract = contract;
  }

  get on(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.onDay);
  }

  get effectiveOn(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.effectiveDay);
  }

  get net(): Money {
    return (this.#net ??= moneyFromCents(this.netCents));
  }

  /** The new contract of an applied change; undefined on a quote, which changes nothing. */
  get contract(): Contract | undefined {
    return this.#contract;
  }

  toJSON(): Record<string, unknown> {
    return {
      ok: true,
      on: isoFromEpochDay(this.onDay),
      effectiveOn: isoFromEpochDay(this.effectiveDay),
      lines: this.lines,
      netCents: this.netCents,
      dropped: this.dropped,
      type: this.type,
      scheduled: false,
      basis: this.basis,
      from: this.from,
      to: this.to,
      term: this.term,
    };
  }
}

export class DowngradeQuoteValue extends QuoteValue implements DowngradeQuote {
  readonly type = 'downgrade' as const;
  readonly scheduled = true as const;
  readonly from: VersionValue;
  readonly to: VersionValue;
  readonly term: Period;

  constructor(
    onDay: number,
    from: VersionValue,
    to: VersionValue,
    term: Period,
    dropped: VersionValue | null,
    contract: Contract | undefined,
  ) {
    super(onDay, to.fromDay, NO_LINES, 0, dropped);
    this.from = from;
    this.to = to;
    this.term = term;
    this.attach(contract);
  }

  toJSON(): Record<string, unknown> {
    return { ...this.json(), type: this.type, scheduled: true, from: this.from, to: this.to, term: this.term };
  }
}

export class CancelQuoteValue extends QuoteValue implements CancelQuote {
  readonly type = 'cancel' as const;
  readonly scheduled = true as const;
  readonly onTime: boolean;
  readonly deadlineDay: number;

  constructor(
    onDay: number,
    effectiveDay: number,
    onTime: boolean,
    deadlineDay: number,
    dropped: VersionValue | null,
    contract: Contract | undefined,
  ) {
    super(onDay, effectiveDay, NO_LINES, 0, dropped);
    this.onTime = onTime;
    this.deadlineDay = deadlineDay;
    this.attach(contract);
  }

  get noticeDeadline(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.deadlineDay);
  }

  get lastDay(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.effectiveDay - 1);
  }

  toJSON(): Record<string, unknown> {
    return {
      ...this.json(),
      type: this.type,
      scheduled: true,
      onTime: this.onTime,
      noticeDeadline: isoFromEpochDay(this.deadlineDay),
      lastDay: isoFromEpochDay(this.effectiveDay - 1),
    };
  }
}

/** The refusal-specific fields, with days as epoch days. */
export type RefusalSpec =
  | { readonly reason: 'OPTIONS_NOT_CHANGEABLE' }
  | { readonly reason: 'INCOMPATIBLE_PLAN'; readonly targetPlanId: string; readonly targetPlanName: string }
  | { readonly reason: 'NOT_AN_UPGRADE'; readonly allowedFromDay: number | null }
  | { readonly reason: 'NOT_A_DOWNGRADE' }
  | { readonly reason: 'NO_SPECIAL_TERMINATION_RIGHT'; readonly allowedFromDay: number; readonly ground: string }
  | { readonly reason: 'ALREADY_CANCELLED'; readonly contractEndDay: number }
  | { readonly reason: 'CONTRACT_ENDS_FIRST'; readonly contractEndDay: number };

/** Builds a refusal and the refused result around it. Refusals are rare: dates are built at once. */
export function refuse(change: ContractEventType, onDay: number, version: VersionValue, spec: RefusalSpec): ChangeRefused {
  const on = plainDateFromEpochDay(onDay);
  const base = { change, on, planId: version.planId, planName: version.planName };
  let refusal: ContractRefusal;
  switch (spec.reason) {
    case 'OPTIONS_NOT_CHANGEABLE':
      refusal = { ...base, reason: spec.reason, allowedFrom: null, contact: 'sales' };
      break;
    case 'INCOMPATIBLE_PLAN':
      refusal = { ...base, reason: spec.reason, allowedFrom: null, contact: 'sales', targetPlanId: spec.targetPlanId, targetPlanName: spec.targetPlanName };
      break;
    case 'NOT_AN_UPGRADE':
      refusal = {
        ...base,
        reason: spec.reason,
        allowedFrom: spec.allowedFromDay === null ? null : plainDateFromEpochDay(spec.allowedFromDay),
      };
      break;
    case 'NOT_A_DOWNGRADE':
      refusal = { ...base, reason: spec.reason, allowedFrom: on };
      break;
    case 'NO_SPECIAL_TERMINATION_RIGHT':
      refusal = { ...base, reason: spec.reason, allowedFrom: plainDateFromEpochDay(spec.allowedFromDay), ground: spec.ground };
      break;
    case 'ALREADY_CANCELLED':
    case 'CONTRACT_ENDS_FIRST':
      refusal = { ...base, reason: spec.reason, allowedFrom: null, contractEnd: plainDateFromEpochDay(spec.contractEndDay) };
      break;
  }
  Object.freeze(refusal);
  return Object.freeze({ ok: false, reason: refusal.reason, allowedFrom: refusal.allowedFrom, refusal });
}

/**
 * The values of the prepaid module: integers inside, Temporal and Dinero
 * objects built lazily, once, when first read (R7, R17).
 *
 * The ledger is kept as a chain of entries that each new account shares with
 * the one before it, so appending is O(1); the array is built when first read.
 *
 * @internal
 * @module
 */
import type { Temporal } from '@js-temporal/polyfill';
import { isoFromEpochDay, plainDateFromEpochDay } from '../calendar/epochDay.js';
import { periodFromEpochDays } from '../calendar/period.js';
import type { Period } from '../calendar/types.js';
import { createLine } from '../lines/createLine.js';
import type { Line, LineItem, LineReason, VatRate } from '../lines/types.js';
import { moneyFromCents } from '../money/cents.js';
import type { Currency, Fraction, Money } from '../money/types.js';
import type {
  ActivePrepaidItem,
  PrepaidBooked,
  PrepaidEvent,
  PrepaidStep,
  EndedPrepaidItem,
  LapsedPrepaidItem,
  PrepaidAccount,
  PrepaidChargeEntry,
  PrepaidCycleDays,
  PrepaidEnd,
  PrepaidItem,
  PrepaidItemKind,
  PrepaidLapse,
  PrepaidLedgerEntry,
  PrepaidTopUpEntry,
} from './types.js';

/** The fixed facts of one booked cycle, shared by every state of the item. */
export class ItemFacts {
  readonly kind: PrepaidItemKind;
  readonly id: string;
  readonly label: string;
  readonly priceCents: number;
  readonly cycleDays: PrepaidCycleDays;
  readonly vatRate: VatRate;
  readonly bookedDay: number;
  readonly currency: Currency;
  #price: Money | undefined;
  #bookedOn: Temporal.PlainDate | undefined;
  #lineItem: LineItem | undefined;
  #exact: Fraction | undefined;

  constructor(
    kind: PrepaidItemKind, id: string, label: string, priceCents: number,
    cycleDays: PrepaidCycleDays, vatRate: VatRate, bookedDay: number, currency: Currency,
  ) {
    this.kind = kind;
    this.id = id;
    this.label = label;
    this.priceCents = priceCents;
    this.cycleDays = cycleDays;
    this.vatRate = vatRate;
    this.bookedDay = bookedDay;
    this.currency = currency;
  }

  /** The line item every charge line of this item shares (typed read-only, not frozen: freezing costs on the hot path). */
  get lineItem(): LineItem {
    return (this.#lineItem ??= { id: this.id, label: this.label, quantity: 1 });
  }

  /** The exact amount every charge line of this item shares: the price, whole. */
  get exact(): Fraction {
    return (this.#exact ??= { numerator: this.priceCents, denominator: 1 });
  }

  get price(): Money {
    return (this.#price ??= moneyFromCents(this.priceCents, this.currency));
  }

  get bookedOn(): Temporal.PlainDate {
    return (this.#bookedOn ??= plainDateFromEpochDay(this.bookedDay));
  }
}

/**
 * A booked item in any state. One class for the three states keeps every
 * property read on the hot path monomorphic; the public types are the union
 * {@link PrepaidItem}, so a caller only sees the fields of the state it has.
 */
export class ItemState {
  readonly facts: ItemFacts;
  readonly status: 'active' | 'lapsed' | 'ended';
  /** The current (or last) paid period as epoch days, half-open. */
  readonly startDay: number;
  readonly endDay: number;
  readonly periodsPaid: number;
  /** Active: whether it renews. Lapsed or ended: false. */
  readonly renews: boolean;
  /** Lapsed: what was missing; otherwise 0. */
  readonly missingCents: number;
  #period: Period | undefined;

  constructor(facts: ItemFacts, status: 'active' | 'lapsed' | 'ended', startDay: number, periodsPaid: number, renews: boolean, missingCents: number) {
    this.facts = facts;
    this.status = status;
    this.startDay = startDay;
    this.endDay = startDay + facts.cycleDays;
    this.periodsPaid = periodsPaid;
    this.renews = renews;
    this.missingCents = missingCents;
  }

  get period(): Period { return (this.#period ??= periodFromEpochDays(this.startDay, this.endDay)); }
  get kind(): PrepaidItemKind { return this.facts.kind; }
  get id(): string { return this.facts.id; }
  get label(): string { return this.facts.label; }
  get priceCents(): number { return this.facts.priceCents; }
  get price(): Money { return this.facts.price; }
  get cycleDays(): PrepaidCycleDays { return this.facts.cycleDays; }
  get vatRate(): VatRate { return this.facts.vatRate; }
  get bookedDay(): number { return this.facts.bookedDay; }
  get bookedOn(): Temporal.PlainDate { return this.facts.bookedOn; }
  /** Lapsed: the first day without the item. */
  get lapsedFromDay(): number { return this.endDay; }
  get lapsedFrom(): Temporal.PlainDate { return this.period.end; }
  /** Ended: the first day without the item. */
  get endedFromDay(): number { return this.endDay; }
  get endedFrom(): Temporal.PlainDate { return this.period.end; }

  toJSON(): Record<string, unknown> {
    const common = {
      status: this.status,
      kind: this.kind,
      id: this.id,
      label: this.label,
      priceCents: this.priceCents,
      cycleDays: this.cycleDays,
      vatRate: this.vatRate,
      bookedOn: isoFromEpochDay(this.bookedDay),
      period: this.period,
      periodsPaid: this.periodsPaid,
    };
    if (this.status === 'active') return { ...common, renews: this.renews };
    if (this.status === 'lapsed') return { ...common, lapsedFrom: isoFromEpochDay(this.endDay), missingCents: this.missingCents };
    return { ...common, endedFrom: isoFromEpochDay(this.endDay) };
  }
}

/** An active item: paid for `[startDay, startDay + cycleDays)`. */
export function activeItem(facts: ItemFacts, startDay: number, periodsPaid: number, renews: boolean): ActivePrepaidItem {
  return new ItemState(facts, 'active', startDay, periodsPaid, renews, 0) as ActivePrepaidItem;
}

/** A lapsed item: its last paid period started on `startDay`. */
export function lapsedItem(facts: ItemFacts, startDay: number, periodsPaid: number, missingCents: number): LapsedPrepaidItem {
  return new ItemState(facts, 'lapsed', startDay, periodsPaid, false, missingCents) as LapsedPrepaidItem;
}

/** An ended item: its last paid period started on `startDay`. */
export function endedItem(facts: ItemFacts, startDay: number, periodsPaid: number): EndedPrepaidItem {
  return new ItemState(facts, 'ended', startDay, periodsPaid, false, 0) as EndedPrepaidItem;
}

const ONE: Fraction = Object.freeze({ numerator: 1, denominator: 1 });

/**
 * One ledger entry; it also links to the entry before it. A charge keeps the
 * integers of its line and builds the Line when first read.
 */
export class LedgerNode {
  readonly type: 'topUp' | 'charge';
  readonly day: number;
  readonly cents: number;
  readonly balanceAfterCents: number;
  /** The item charged for; null for a top-up. */
  readonly facts: ItemFacts | null;
  /** The line reason of a charge: `periodCharge` (first period) or `renewal`. */
  readonly reason: 'periodCharge' | 'renewal' | null;
  /** The entry before this one, or null; not part of the public entry. */
  readonly previous: LedgerNode | null;
  #line: Line | undefined;

  constructor(
    type: 'topUp' | 'charge', day: number, cents: number, balanceAfterCents: number,
    facts: ItemFacts | null, reason: 'periodCharge' | 'renewal' | null, previous: LedgerNode | null,
  ) {
    this.type = type;
    this.day = day;
    this.cents = cents;
    this.balanceAfterCents = balanceAfterCents;
    this.facts = facts;
    this.reason = reason;
    this.previous = previous;
  }

  /** The charge line: the whole period from `day`, paid in full (R7, R24). Only for charges. */
  get line(): Line {
    if (this.#line === undefined) {
      const facts = this.facts as ItemFacts;
      const period = periodFromEpochDays(this.day, this.day + facts.cycleDays);
      this.#line = createLine({
        kind: 'charge',
        reason: this.reason as LineReason,
        item: facts.lineItem,
        currency: facts.currency,
        unitCents: facts.priceCents,
        range: period,
        period,
        basis: 'full',
        fraction: ONE,
        exact: facts.exact,
        cents: facts.priceCents,
        vatRate: facts.vatRate,
      });
    }
    return this.#line;
  }
}

/** The charge lines of the entries after `from` up to and including `to`, oldest first. */
export function chargeLinesBetween(from: LedgerNode | null, to: LedgerNode | null): readonly Line[] {
  let count = 0;
  for (let node = to; node !== null && node !== from; node = node.previous) if (node.type === 'charge') count += 1;
  if (count === 0) return NO_LINES;
  const lines = new Array<Line>(count);
  for (let node = to; node !== null && node !== from; node = node.previous) {
    if (node.type === 'charge') lines[(count -= 1)] = node.line;
  }
  return lines;
}

const NO_LINES: readonly Line[] = Object.freeze([]);

/** The public view of a ledger entry (the chain link stays out of sight). */
function entryOf(node: LedgerNode): PrepaidLedgerEntry {
  return node.type === 'topUp'
    ? (new TopUpEntryView(node) as PrepaidTopUpEntry)
    : (new ChargeEntryView(node) as PrepaidChargeEntry);
}

class TopUpEntryView implements PrepaidTopUpEntry {
  readonly type = 'topUp' as const;
  readonly day: number;
  readonly cents: number;
  readonly balanceAfterCents: number;
  #on: Temporal.PlainDate | undefined;

  constructor(node: LedgerNode) {
    this.day = node.day;
    this.cents = node.cents;
    this.balanceAfterCents = node.balanceAfterCents;
  }

  get on(): Temporal.PlainDate { return (this.#on ??= plainDateFromEpochDay(this.day)); }

  toJSON(): Record<string, unknown> {
    return { type: this.type, on: isoFromEpochDay(this.day), cents: this.cents, balanceAfterCents: this.balanceAfterCents };
  }
}

class ChargeEntryView implements PrepaidChargeEntry {
  readonly type = 'charge' as const;
  readonly day: number;
  readonly cents: number;
  readonly balanceAfterCents: number;
  readonly itemId: string;
  readonly line: Line;
  #on: Temporal.PlainDate | undefined;

  constructor(node: LedgerNode) {
    this.day = node.day;
    this.cents = node.cents;
    this.balanceAfterCents = node.balanceAfterCents;
    this.itemId = (node.facts as ItemFacts).id;
    this.line = node.line;
  }

  get on(): Temporal.PlainDate { return (this.#on ??= plainDateFromEpochDay(this.day)); }

  toJSON(): Record<string, unknown> {
    return { type: this.type, on: isoFromEpochDay(this.day), cents: this.cents, balanceAfterCents: this.balanceAfterCents, itemId: this.itemId };
  }
}

export class AccountValue implements PrepaidAccount {
  readonly currency: Currency;
  readonly balanceCents: number;
  readonly topUpsCents: number;
  readonly chargesCents: number;
  readonly settledDay: number;
  readonly items: readonly PrepaidItem[];
  /** The newest ledger entry; the chain holds the rest. */
  readonly ledgerTail: LedgerNode | null;
  #balance: Money | undefined;
  #settledTo: Temporal.PlainDate | undefined;
  #ledger: readonly PrepaidLedgerEntry[] | undefined;

  constructor(
    currency: Currency, balanceCents: number, topUpsCents: number, chargesCents: number,
    settledDay: number, items: readonly PrepaidItem[], ledgerTail: LedgerNode | null,
  ) {
    this.currency = currency;
    this.balanceCents = balanceCents;
    this.topUpsCents = topUpsCents;
    this.chargesCents = chargesCents;
    this.settledDay = settledDay;
    this.items = items;
    this.ledgerTail = ledgerTail;
  }

  get balance(): Money {
    return (this.#balance ??= moneyFromCents(this.balanceCents, this.currency));
  }

  get settledTo(): Temporal.PlainDate {
    return (this.#settledTo ??= plainDateFromEpochDay(this.settledDay));
  }

  get ledger(): readonly PrepaidLedgerEntry[] {
    if (this.#ledger === undefined) {
      const tail = this.ledgerTail;
      let length = 0;
      for (let node = tail; node !== null; node = node.previous) length += 1;
      const entries = new Array<PrepaidLedgerEntry>(length);
      for (let node = tail, i = length - 1; node !== null; node = node.previous, i -= 1) {
        entries[i] = entryOf(node);
      }
      this.#ledger = Object.freeze(entries);
    }
    return this.#ledger;
  }

  toJSON(): Record<string, unknown> {
    return {
      currency: this.currency.code,
      balanceCents: this.balanceCents,
      topUpsCents: this.topUpsCents,
      chargesCents: this.chargesCents,
      settledTo: isoFromEpochDay(this.settledDay),
      items: this.items,
      ledger: this.ledger,
    };
  }
}

export class LapseEvent implements PrepaidLapse {
  readonly type = 'lapsed' as const;
  readonly itemId: string;
  readonly kind: PrepaidItemKind;
  readonly label: string;
  readonly day: number;
  readonly priceCents: number;
  readonly balanceCents: number;
  readonly missingCents: number;
  readonly currency: Currency;

  constructor(facts: ItemFacts, day: number, balanceCents: number) {
    this.itemId = facts.id;
    this.kind = facts.kind;
    this.label = facts.label;
    this.day = day;
    this.priceCents = facts.priceCents;
    this.balanceCents = balanceCents;
    this.missingCents = facts.priceCents - balanceCents;
    this.currency = facts.currency;
  }

  #lapsedFrom: Temporal.PlainDate | undefined;

  get lapsedFrom(): Temporal.PlainDate { return (this.#lapsedFrom ??= plainDateFromEpochDay(this.day)); }

  toJSON(): Record<string, unknown> {
    return {
      type: this.type, itemId: this.itemId, kind: this.kind, label: this.label, lapsedFrom: isoFromEpochDay(this.day),
      priceCents: this.priceCents, balanceCents: this.balanceCents, missingCents: this.missingCents,
    };
  }
}

export class EndEvent implements PrepaidEnd {
  readonly type = 'ended' as const;
  readonly itemId: string;
  readonly kind: PrepaidItemKind;
  readonly label: string;
  readonly day: number;

  constructor(facts: ItemFacts, day: number) {
    this.itemId = facts.id;
    this.kind = facts.kind;
    this.label = facts.label;
    this.day = day;
  }

  #endedFrom: Temporal.PlainDate | undefined;

  get endedFrom(): Temporal.PlainDate { return (this.#endedFrom ??= plainDateFromEpochDay(this.day)); }

  toJSON(): Record<string, unknown> {
    return { type: this.type, itemId: this.itemId, kind: this.kind, label: this.label, endedFrom: isoFromEpochDay(this.day) };
  }
}

/**
 * The result of one operation; its lines are built from the ledger when first
 * read. While the operation runs, the same record is its working copy (the
 * integer fields below), so an operation allocates one record less; `account`
 * and `events` are set when it finishes, before anyone else sees the record.
 */
export class StepValue implements PrepaidStep {
  account: PrepaidAccount;
  events: readonly PrepaidEvent[];
  // The working copy, used only while the operation runs (`account` is the input account until then).
  balance: number;
  topUps: number;
  charges: number;
  settledDay: number;
  /** The account's items until the first change, then a private copy (copy on write). */
  items: readonly PrepaidItem[];
  itemsCopied: boolean;
  /** The ledger tail before the operation: the lines are the charges after it. */
  from: LedgerNode | null;
  tail: LedgerNode | null;
  newEvents: PrepaidEvent[] | null;
  #lines: readonly Line[] | undefined;

  constructor(account: AccountValue) {
    this.account = account;
    this.events = NO_EVENTS;
    this.balance = account.balanceCents;
    this.topUps = account.topUpsCents;
    this.charges = account.chargesCents;
    this.settledDay = account.settledDay;
    this.items = account.items;
    this.itemsCopied = false;
    this.from = account.ledgerTail;
    this.tail = account.ledgerTail;
    this.newEvents = null;
  }

  get lines(): readonly Line[] {
    return (this.#lines ??= chargeLinesBetween(this.from, (this.account as AccountValue).ledgerTail));
  }

  toJSON(): Record<string, unknown> {
    return { account: this.account, lines: this.lines, events: this.events };
  }
}

const NO_EVENTS: readonly PrepaidEvent[] = Object.freeze([]);

/** A successful booking: the step, `ok`, and the booked item. */
export class BookedValue extends StepValue implements PrepaidBooked {
  readonly ok = true as const;
  item: ActivePrepaidItem;

  constructor(account: AccountValue) {
    super(account);
    this.item = undefined as unknown as ActivePrepaidItem;
  }

  override toJSON(): Record<string, unknown> {
    return { ok: true, ...super.toJSON(), item: this.item };
  }
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance,
  applyEvent,
  createSubscription,
  isTarifkitError,
  replay,
  type Catalog,
  type Invoice,
  type Line,
  type Subscription,
  type SubscriptionEvent,
  type SubscriptionInput,
  type SubscriptionNotice,
} from '../../src/index.js';
import { deepFreeze, RUNS } from '../arbitraries/core.js';
import { eventLogArb, familyCatalog, orderArb, planShapeArb, type PlanShape } from '../arbitraries/subscription.js';

/** The day an event happens (test side: the local day of an instant in Berlin, by its offset text). */
function dayOfEvent(event: SubscriptionEvent): string {
  return 'on' in event ? String(event.on) : String(event.at).slice(0, 10);
}

interface Run {
  readonly subscription: Subscription;
  readonly invoices: Invoice[];
  readonly notices: SubscriptionNotice[];
  /** The events that did not throw, in log order. */
  readonly kept: SubscriptionEvent[];
}

/** Applies a log one by one as a user would: advance to each event's day, then apply it; errors drop the event. */
function oneByOne(catalog: Catalog, order: SubscriptionInput, events: readonly SubscriptionEvent[], to: string, roundTrip = false): Run {
  let sub = createSubscription(catalog, order);
  const invoices: Invoice[] = [];
  const notices: SubscriptionNotice[] = [];
  const kept: SubscriptionEvent[] = [];
  for (const event of events) {
    const day = dayOfEvent(event);
    if (day > to) break;
    const step = advance(sub, day);
    sub = roundTrip ? (JSON.parse(JSON.stringify(step.subscription)) as Subscription) : step.subscription;
    invoices.push(...step.invoices);
    notices.push(...step.notices);
    try {
      const result = applyEvent(sub, event);
      if (result.ok) sub = result.subscription;
      kept.push(event);
    } catch (error) {
      if (!isTarifkitError(error)) throw error;
    }
  }
  const last = advance(sub, to);
  invoices.push(...last.invoices);
  notices.push(...last.notices);
  return { subscription: last.subscription, invoices, notices, kept };
}

/** A line as a signed charge: the key of what it charges, and +1 or −1 (a reversal takes a charge back). */
function charge(line: Line): [string, number] {
  const reversal = line.correction === 'reversal';
  const cents = reversal ? -line.cents : line.cents;
  const key = [line.reason, line.item.id, line.item.name, line.item.unitCents, line.item.vatRate, line.quantity, line.ref,
    line.range?.start, line.range?.end, line.period?.start, line.period?.end, line.basis, cents].join('|');
  return [key, reversal ? -1 : 1];
}

/** The net count of every charge among some lines: what was charged, corrections netted out. */
function charges(lines: readonly Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const [key, sign] = charge(line);
    const count = (counts.get(key) ?? 0) + sign;
    if (count === 0) counts.delete(key);
    else counts.set(key, count);
  }
  return counts;
}

const scenarioArb = fc.tuple(planShapeArb, orderArb).chain(([shape, order]) =>
  eventLogArb(String(order.start), 12).map((events) => ({ shape, order, events })));

/** The end of the runs: about fifteen months after the last possible start. */
const TO = '2027-06-30';

describe('subscriptions: replay, advance, corrections (R26)', () => {
  it('replaying a log gives exactly the invoices and notices of applying the events one by one and advancing', () => {
    fc.assert(fc.property(scenarioArb, ({ shape, order, events }) => {
      const catalog = familyCatalog(shape);
      const run = oneByOne(catalog, order, events, TO);
      const replayed = replay(catalog, order, run.kept, TO);
      expect(replayed.invoices).toEqual(run.invoices);
      expect(replayed.notices).toEqual(run.notices);
      expect(replayed.subscription).toEqual(run.subscription);
    }), { ...RUNS, numRuns: Math.max(100, Math.floor(RUNS.numRuns / 4)) });
  });

  it('storing the subscription as JSON between every step changes nothing', () => {
    fc.assert(fc.property(scenarioArb, ({ shape, order, events }) => {
      const catalog = familyCatalog(shape);
      const plain = oneByOne(catalog, order, events, TO);
      const stored = oneByOne(catalog, order, events, TO, true);
      expect(JSON.stringify(stored.invoices)).toBe(JSON.stringify(plain.invoices));
      expect(JSON.stringify(stored.subscription)).toBe(JSON.stringify(plain.subscription));
    }), { ...RUNS, numRuns: Math.max(100, Math.floor(RUNS.numRuns / 4)) });
  });

  it('what was issued plus the corrections equals a replay that knew every event from the start, to the cent', () => {
    const lateArb = scenarioArb.chain((scenario) => fc.record({
      scenario: fc.constant(scenario),
      // For each event: how many days after its own day it is recorded (0: on time).
      delays: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 70 })), { minLength: scenario.events.length, maxLength: scenario.events.length }),
    }));
    fc.assert(fc.property(lateArb, ({ scenario: { shape, order, events }, delays }) => {
      const catalog = familyCatalog(shape);
      // Record each event on its day plus its delay, in the order of recording; the subscription advances
      // to each recording day first. Events that do not fit are dropped, as a caller would.
      const recordings = events
        .map((event, i) => ({ event, i, at: shiftDay(dayOfEvent(event), delays[i] ?? 0) }))
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.i - b.i));
      let sub = createSubscription(catalog, order);
      const issued: Invoice[] = [];
      const accepted: { event: SubscriptionEvent; i: number }[] = [];
      for (const { event, i, at } of recordings) {
        if (at > TO) continue;
        const step = advance(sub, at);
        sub = step.subscription;
        issued.push(...step.invoices);
        try {
          const result = applyEvent(sub, event);
          if (result.ok) {
            sub = result.subscription;
            accepted.push({ event: result.event, i });
          }
        } catch (error) {
          if (!isTarifkitError(error)) throw error;
        }
      }
      const last = advance(sub, TO);
      issued.push(...last.invoices);
      // The log as it stands: every accepted event in its place (events of one day in the order recorded).
      expect(last.subscription.events.length).toBe(accepted.length);
      const known = replay(catalog, order, last.subscription.events, TO);
      expect(known.refusals).toEqual([]);
      const issuedLines = [...issued.flatMap((invoice) => invoice.lines), ...last.subscription.pending];
      const knownLines = [...known.invoices.flatMap((invoice) => invoice.lines), ...known.subscription.pending];
      expect(charges(issuedLines)).toEqual(charges(knownLines));
      const total = (lines: Line[]): number => lines.reduce((sum, line) => sum + line.cents, 0);
      expect(total(issuedLines)).toBe(total(knownLines));
    }), { ...RUNS, numRuns: Math.max(100, Math.floor(RUNS.numRuns / 4)) });
  });

  it('every invoice adds up: net + VAT = gross per rate and in total; the lines sum to the net (business) or gross (consumer)', () => {
    fc.assert(fc.property(scenarioArb, ({ shape, order, events }) => {
      const run = oneByOne(familyCatalog(shape), order, events, TO);
      for (const invoice of run.invoices) {
        const sum = invoice.lines.reduce((total, line) => total + line.cents, 0);
        expect(invoice.customer === 'business' ? invoice.netCents : invoice.grossCents).toBe(sum);
        expect(invoice.netCents + invoice.vatCents).toBe(invoice.grossCents);
        for (const rate of invoice.byRate) expect(rate.netCents + rate.vatCents).toBe(rate.grossCents);
      }
    }), RUNS);
  });

  it('a booking withdrawn in its window, without an early start, is billed nothing over all invoices (R13, R16, R31)', () => {
    fc.assert(fc.property(scenarioArb, ({ shape, order, events }) => {
      const run = oneByOne(familyCatalog(shape), order, events, TO);
      const withdrawn = [
        ...run.subscription.addOns.filter((booking) => booking.ending?.kind === 'withdrawn' && booking.earlyStart !== true).map((booking) => booking.id),
        ...run.subscription.options.filter((booking) => booking.ending?.kind === 'withdrawn' && booking.earlyStart !== true).map((booking) => booking.id),
      ];
      const lines = [...run.invoices.flatMap((invoice) => invoice.lines), ...run.subscription.pending];
      for (const id of withdrawn) {
        expect(lines.filter((line) => line.ref === id).reduce((sum, line) => sum + line.cents, 0)).toBe(0);
      }
    }), RUNS);
  });

  it('without events, the contract\'s lines cover every day from the start to the last period billed, once', () => {
    fc.assert(fc.property(planShapeArb, orderArb, (shape, order) => {
      const run = oneByOne(familyCatalog(shape as PlanShape), order, [], TO);
      const days = run.invoices.flatMap((invoice) => invoice.lines).filter((line) => line.ref === 'contract').map((line) => line.range!);
      for (let i = 1; i < days.length; i += 1) expect(days[i]!.start).toBe(days[i - 1]!.end);
      if (days.length > 0) expect(days[0]!.start).toBe(run.subscription.contract.start);
    }), RUNS);
  });

  it('does not mutate the subscription or the event: frozen inputs give the same results', () => {
    fc.assert(fc.property(scenarioArb, ({ shape, order, events }) => {
      const catalog = familyCatalog(shape);
      const plain = oneByOne(catalog, order, events, TO);
      const frozen = oneByOne(catalog, deepFreeze(structuredClone(order)), deepFreeze(structuredClone(events)), TO);
      expect(frozen.invoices).toEqual(plain.invoices);
      const sub = deepFreeze(structuredClone(plain.subscription));
      const before = JSON.stringify(sub);
      advance(sub, '2027-12-31');
      expect(JSON.stringify(sub)).toBe(before);
    }), { ...RUNS, numRuns: Math.max(100, Math.floor(RUNS.numRuns / 4)) });
  });
});

/** `iso` plus `days` days (test side, through Date.UTC). */
function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

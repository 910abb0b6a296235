/**
 * The withdrawal right, complete (R31): a booking without a proper instruction can be withdrawn
 * for 12 months and 14 days (§356(3) BGB); after an express early start, a withdrawal keeps the
 * used days' pro-rata value charged and credits only the rest (§357a(2) BGB).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance, applyEvent, createCatalog, createSubscription, explainLine, revive,
  type Applied, type ApplyResult, type Invoice, type Line, type Subscription, type SubscriptionEvent,
} from '../../src/index.js';
import { splitAtWithdrawal, dayLine } from '../../src/lines/build.js';
import { dayOfIso } from '../../src/calendar/days.js';
import { expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { crmCatalog, mobileCatalog } from './fixtures.js';

function ok(result: ApplyResult): Applied {
  if (!result.ok) throw new Error(`${result.reason} ${JSON.stringify(result.details)}`);
  return result;
}

const cents = (lines: readonly Line[]): number[] => lines.map((line) => line.cents);
const sum = (lines: readonly Line[]): number => lines.reduce((total, line) => total + line.cents, 0);

/** Mobil M (postpaid) from 2026-03-01, advanced to the booking day, LTE 50 booked 2026-03-19 09:00. */
function lte50(flags: { earlyStart?: boolean; instructed?: boolean }): Subscription {
  const sub = advance(createSubscription(mobileCatalog, { planId: 'mobil', start: '2026-03-01' }), '2026-03-19').subscription;
  return ok(applyEvent(sub, { type: 'bookOption', at: '2026-03-19T09:00+01:00', optionId: 'lte50', ...flags })).subscription;
}

describe('options withdrawn after an express early start (§357a(2) BGB)', () => {
  it('LTE 50 booked 2026-03-19, withdrawn 2026-03-25: 0,97 € (5,00 € × 6/31) stays charged, 1,13 € of the 2,10 € month is not', () => {
    const withdrawn = ok(applyEvent(advance(lte50({ earlyStart: true }), '2026-03-25').subscription, { type: 'withdrawOption', on: '2026-03-25', bookingId: 'lte50#1' }));
    expect(withdrawn.lines).toEqual([]);
    const [march] = advance(withdrawn.subscription, '2026-04-01').invoices;
    expect(cents(march!.lines)).toEqual([1500, 97]);
    expect(explainLine(march!.lines[1]!, 'de')).toBe('Anteilig LTE 50, 19.03.2026–24.03.2026, 6/31 Tage: 0,97 €');
    expect(withdrawn.subscription.options[0]).toMatchObject({ earlyStart: true, ending: { kind: 'withdrawn', on: '2026-03-25' } });
    // Without the early start, nothing is billed for it (R13), as before.
    const plain = ok(applyEvent(advance(lte50({}), '2026-03-25').subscription, { type: 'withdrawOption', on: '2026-03-25', bookingId: 'lte50#1' }));
    expect(cents(advance(plain.subscription, '2026-04-01').invoices[0]!.lines)).toEqual([1500]);
  });

  it('withdrawn 2026-03-25 but entered after the invoice of 2,10 €: credited −1,13 € net; −2,10 € without the early start', () => {
    const invoiced = advance(lte50({ earlyStart: true }), '2026-04-01');
    expect(cents(invoiced.invoices[0]!.lines)).toEqual([1500, 210]);
    const late = ok(applyEvent(invoiced.subscription, { type: 'withdrawOption', on: '2026-03-25', bookingId: 'lte50#1' }));
    expect(late.lines.map((line) => explainLine(line, 'de'))).toEqual([
      'Nachberechnung: Anteilig LTE 50, 19.03.2026–24.03.2026, 6/31 Tage: 0,97 €',
      'Storno: Anteilig LTE 50, 19.03.2026–31.03.2026, 13/31 Tage: −2,10 €',
    ]);
    expect(sum(late.lines)).toBe(-113);
    const plain = ok(applyEvent(advance(lte50({}), '2026-04-01').subscription, { type: 'withdrawOption', on: '2026-03-25', bookingId: 'lte50#1' }));
    expect(cents(plain.lines)).toEqual([-210]);
  });

  it('an option billed at its period start is credited for the unused days only, in one credit note', () => {
    // Four-week options, billed when their period starts (R8): SMS Flat 3,00 € booked 2026-03-28,
    // on the invoice of 2026-03-29 with [03-28, 04-25); withdrawn 2026-04-03 after 6 of 28 days.
    const catalog = createCatalog({ plans: [{
      id: 'flex', name: 'Mobil Flex', price: { cents: 499, per: 'billingPeriod' }, billingCycle: { kind: 'days', days: 28 },
      termMonths: 1, renewal: { kind: 'openEnded' },
      policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
      optionTariff: { kind: 'optionTariff', options: [{ id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19 }] },
    }] });
    const start = advance(createSubscription(catalog, { planId: 'flex', start: '2026-03-01' }), '2026-03-28').subscription;
    const withdraw = (earlyStart: boolean): Applied => {
      const booked = ok(applyEvent(start, { type: 'bookOption', at: '2026-03-28T10:00+01:00', optionId: 'sms', earlyStart }));
      const invoiced = advance(booked.subscription, '2026-04-03');
      expect(cents(invoiced.invoices[0]!.lines)).toEqual([499, 300]);
      return ok(applyEvent(invoiced.subscription, { type: 'withdrawOption', on: '2026-04-03', bookingId: 'sms#1' }));
    };
    const early = withdraw(true);
    // Kept: 3,00 € × 6/28 = 0,6428… → 0,64 €; credited: 3,00 € − 0,64 € = 2,36 €.
    expect(early.lines.map((line) => explainLine(line, 'de'))).toEqual(['Gutschrift Widerruf SMS Flat, 03.04.2026–24.04.2026, 22/28 Tage: −2,36 €']);
    expect(cents(withdraw(false).lines)).toEqual([-300]);
    const [next] = advance(early.subscription, '2026-04-26').invoices;
    expect(cents(next!.lines)).toEqual([499, -236]);
  });

  it('owes no value for the days used when the customer was not properly instructed (§357a(2) sentence 1 no. 2 BGB)', () => {
    const sub = lte50({ earlyStart: true, instructed: false });
    const withdrawn = ok(applyEvent(advance(sub, '2026-03-25').subscription, { type: 'withdrawOption', on: '2026-03-25', bookingId: 'lte50#1' }));
    expect(cents(advance(withdrawn.subscription, '2026-04-01').invoices[0]!.lines)).toEqual([1500]);
  });

  it('property: credited + kept = what was billed, to the cent, and kept is the used days\' pro-rata value (postpaid, in order or entered late)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), (offset, used, quantity, lateEntry) => {
      const bookedOn = new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);
      const on = new Date(Date.UTC(2026, 2, 2 + offset + used)).toISOString().slice(0, 10);
      let sub = advance(createSubscription(mobileCatalog, { planId: 'mobil', start: '2026-03-01' }), bookedOn).subscription;
      sub = ok(applyEvent(sub, { type: 'bookOption', at: `${bookedOn}T12:00+01:00`, optionId: 'lte50', quantity, earlyStart: true })).subscription;
      const invoices: Invoice[] = [];
      const lines: Line[] = [];
      if (lateEntry) {
        const run = advance(sub, '2026-06-01');
        invoices.push(...run.invoices);
        const withdrawn = ok(applyEvent(run.subscription, { type: 'withdrawOption', on, bookingId: 'lte50#1' }));
        lines.push(...withdrawn.subscription.pending);
      } else {
        const run = advance(sub, on);
        invoices.push(...run.invoices);
        const withdrawn = ok(applyEvent(run.subscription, { type: 'withdrawOption', on, bookingId: 'lte50#1' }));
        invoices.push(...advance(withdrawn.subscription, '2026-06-01').invoices);
      }
      lines.push(...invoices.flatMap((invoice) => invoice.lines));
      const mine = lines.filter((line) => line.ref === 'lte50#1');
      // Credited + kept = billed: the booking's lines net to the kept value. Expected: each calendar month's used days [bookedOn, on) at 5,00 € × quantity, rounded once per month.
      let expected = 0;
      for (let day = dayOfIso(bookedOn); day < dayOfIso(on);) {
        const date = new Date(day * 86_400_000);
        const monthStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 86_400_000;
        const monthEnd = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 86_400_000;
        const to = Math.min(monthEnd, dayOfIso(on));
        expected += dayLine('prorataCharge', { id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }, quantity, 'lte50#1', day, to, monthStart, monthEnd, false).cents;
        day = to;
      }
      expect(sum(mine)).toBe(expected);
    }), RUNS);
  });
});

describe('splitAtWithdrawal: one charged line, kept and credited', () => {
  it('property: kept + credited = the line\'s cents; kept = the used days at their pro-rata value; the credit covers the rest', () => {
    const item = fc.record({ id: fc.constant('x'), name: fc.constant('X'), unitCents: fc.integer({ min: 0, max: 1_000_000 }), vatRate: fc.constantFrom(19 as const, 7 as const) });
    fc.assert(fc.property(item, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 400 }), fc.nat(), fc.nat(), fc.nat(), (it, quantity, periodDays, a, b, w) => {
      const periodStart = 20_000;
      const periodEnd = periodStart + periodDays;
      const s = periodStart + (a % periodDays);
      const e = s + 1 + (b % (periodEnd - s));
      const line = dayLine('prorataCharge', it, quantity, 'x#1', s, e, periodStart, periodEnd, false);
      const day = s - 2 + (w % (e - s + 4));
      const { kept, credit } = splitAtWithdrawal(line, day);
      const keptCents = kept?.cents ?? 0;
      // Credited + kept = billed, to the cent.
      expect(keptCents + (credit === null ? 0 : -credit.cents)).toBe(line.cents);
      const usedEnd = Math.min(Math.max(day, s), e);
      expect(keptCents).toBe(usedEnd === s ? 0 : dayLine('prorataCharge', it, quantity, 'x#1', s, usedEnd, periodStart, periodEnd, false).cents);
      if (credit !== null) {
        expect(credit.reason).toBe('withdrawalCredit');
        expect(credit.range!.start).toBe(new Date(Math.max(day, s) * 86_400_000).toISOString().slice(0, 10));
        expect(credit.range!.end).toBe(line.range!.end);
      }
    }), RUNS);
  });
});

describe('add-ons withdrawn after an express early start (§357a(2) BGB)', () => {
  /** CloudCRM (in advance, monthly from 2026-03-01): 2 extra users booked 2026-03-19, a draft of 11,80 € × 13/31 = 4,95 €. */
  function users(earlyStart: boolean): Subscription {
    const sub = advance(createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-01' }), '2026-03-19').subscription;
    const booked = ok(applyEvent(sub, { type: 'bookAddOn', on: '2026-03-19', addOnId: 'users', quantity: 2, earlyStart }));
    expect(cents(booked.lines)).toEqual([495]);
    return booked.subscription;
  }

  it('withdrawn 2026-03-25: the draft of 4,95 € gives way to the 6 days used, 11,80 € × 6/31 = 2,28 €', () => {
    const withdrawn = ok(applyEvent(advance(users(true), '2026-03-25').subscription, { type: 'withdrawAddOn', on: '2026-03-25', bookingId: 'users#1' }));
    expect(withdrawn.lines.map((line) => explainLine(line, 'de'))).toEqual(['Anteilig Zusätzliche Benutzer ×2, 19.03.2026–24.03.2026, 6/31 Tage: 2,28 €']);
    expect(cents(advance(withdrawn.subscription, '2026-04-01').invoices[0]!.lines)).toEqual([4900, 228]);
    const plain = ok(applyEvent(advance(users(false), '2026-03-25').subscription, { type: 'withdrawAddOn', on: '2026-03-25', bookingId: 'users#1' }));
    expect(cents(advance(plain.subscription, '2026-04-01').invoices[0]!.lines)).toEqual([4900]);
  });

  it('withdrawn 2026-04-02, after the April invoice: March stays, April is credited but for its first day (11,80 € − 0,39 €)', () => {
    const invoiced = advance(users(true), '2026-04-02');
    expect(cents(invoiced.invoices[0]!.lines)).toEqual([4900, 1180, 495]);
    const withdrawn = ok(applyEvent(invoiced.subscription, { type: 'withdrawAddOn', on: '2026-04-02', bookingId: 'users#1' }));
    expect(withdrawn.lines.map((line) => explainLine(line, 'de'))).toEqual(['Gutschrift Widerruf Zusätzliche Benutzer ×2, 02.04.2026–30.04.2026, 29/30 Tage: −11,41 €']);
    // Kept over all: 4,95 € for March and 0,39 € (11,80 € × 1/30) for April 1st.
    expect(495 + 1180 + sum(withdrawn.lines)).toBe(495 + 39);
    const plain = ok(applyEvent(advance(users(false), '2026-04-02').subscription, { type: 'withdrawAddOn', on: '2026-04-02', bookingId: 'users#1' }));
    expect(cents(plain.lines)).toEqual([-1180, -495]);
  });
});

describe('bookings without a proper withdrawal instruction (§356(3) BGB)', () => {
  it('an option booked 2026-03-19 can be withdrawn until 2027-04-02, and everything billed is credited', () => {
    const sub = advance(lte50({ instructed: false }), '2027-04-01').subscription;
    expect(sub.options[0]).toMatchObject({ bookedOn: '2026-03-19', instructed: false });
    const late = applyEvent(advance(sub, '2027-04-03').subscription, { type: 'withdrawOption', on: '2027-04-03', bookingId: 'lte50#1' });
    expect(late).toStrictEqual({
      ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', allowedFrom: null, details: { bookingId: 'lte50#1', bookedOn: '2026-03-19', lastDay: '2027-04-02' },
    });
    const withdrawn = ok(applyEvent(sub, { type: 'withdrawOption', on: '2027-04-01', bookingId: 'lte50#1' }));
    // March 2,10 € and twelve months of 5,00 €, each reversed.
    expect(sum(withdrawn.lines)).toBe(-(210 + 12 * 500));
    // With the instruction, the window closed on 2026-04-02.
    const instructed = applyEvent(advance(lte50({}), '2026-04-03').subscription, { type: 'withdrawOption', on: '2026-04-03', bookingId: 'lte50#1' });
    expect(instructed.ok ? null : instructed.details.lastDay).toBe('2026-04-02');
  });

  it('an add-on booked without instruction is withdrawn five months later', () => {
    let sub = advance(createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-01' }), '2026-03-19').subscription;
    sub = ok(applyEvent(sub, { type: 'bookAddOn', on: '2026-03-19', addOnId: 'storage', quantity: 1, instructed: false })).subscription;
    sub = advance(sub, '2026-08-19').subscription;
    const withdrawn = ok(applyEvent(sub, { type: 'withdrawAddOn', on: '2026-08-19', bookingId: 'storage#1' }));
    // The draft 5,90 € × 13/31 = 2,47 € and five months of 5,90 € (April to August), each reversed.
    expect(sum(withdrawn.lines)).toBe(-(247 + 5 * 590));
  });
});

describe('the booking flags on the log and in the stored form', () => {
  it('records the flags as given, stores on the booking only what differs from the default, and reads both back', () => {
    const events: SubscriptionEvent[] = [];
    let sub = lte50({ earlyStart: true, instructed: false });
    sub = ok(applyEvent(sub, { type: 'bookOption', at: '2026-03-19T10:00+01:00', optionId: 'sms', instructed: true, earlyStart: false })).subscription;
    events.push(...sub.events);
    expect(events).toEqual([
      { type: 'bookOption', at: '2026-03-19T09:00+01:00', optionId: 'lte50', instructed: false, earlyStart: true, bookingId: 'lte50#1' },
      { type: 'bookOption', at: '2026-03-19T10:00+01:00', optionId: 'sms', instructed: true, earlyStart: false, bookingId: 'sms#2' },
    ]);
    expect(Object.keys(sub.options[0]!).slice(-3)).toEqual(['ending', 'instructed', 'earlyStart']);
    expect(Object.keys(sub.options[1]!).slice(-1)).toEqual(['ending']);
    const text = JSON.stringify(sub);
    expect(JSON.stringify(revive(text, 'subscription'))).toBe(text);
  });

  it('refuses a stored flag with the default value, which tarifkit never writes', () => {
    const stored = JSON.parse(JSON.stringify(lte50({ earlyStart: true }))) as { options: Record<string, unknown>[] };
    stored.options[0]!['earlyStart'] = false;
    expectTarifkitError(() => revive(JSON.stringify(stored), 'subscription'), 'INVALID_JSON', '$.options.0.earlyStart');
  });

  it('refuses a flag that is no boolean with INVALID_EVENT naming it', () => {
    const sub = advance(createSubscription(mobileCatalog, { planId: 'mobil', start: '2026-03-01' }), '2026-03-19').subscription;
    expectTarifkitError(() => applyEvent(sub, { type: 'bookOption', at: '2026-03-19T09:00+01:00', optionId: 'lte50', earlyStart: 'yes' as never }), 'INVALID_EVENT', 'event.earlyStart');
    const crm = createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-01' });
    expectTarifkitError(() => applyEvent(crm, { type: 'bookAddOn', on: '2026-03-01', addOnId: 'users', quantity: 1, instructed: null as never }), 'INVALID_EVENT', 'event.instructed');
  });
});

describe('a switch books the new option with its own withdrawal facts (R12, R31)', () => {
  /** LTE 50 from 2026-03-19, switched on 2026-03-20 to EU Roaming (7,00 € a month) from 2026-04-01. */
  function switched(flags: { earlyStart?: boolean; instructed?: boolean }): Subscription {
    return ok(applyEvent(lte50({}), { type: 'switchOption', at: '2026-03-20T10:00+01:00', bookingId: 'lte50#1', toOptionId: 'eu', ...flags })).subscription;
  }

  it('the switch is the booking day: 14 days past Good Friday and Easter Monday to 2026-04-07, or to 2027-04-05 without instruction', () => {
    const plain = advance(switched({}), '2026-04-08').subscription;
    expect(plain.options[1]).toMatchObject({ id: 'eu#2', bookedOn: '2026-03-20', activeFrom: '2026-04-01' });
    expect(plain.options[1]).not.toHaveProperty('instructed');
    expect(applyEvent(plain, { type: 'withdrawOption', on: '2026-04-08', bookingId: 'eu#2' })).toMatchObject({ ok: false, details: { lastDay: '2026-04-07' } });
    const uninstructed = advance(switched({ instructed: false }), '2027-04-05').subscription;
    expect(uninstructed.options[1]).toMatchObject({ instructed: false });
    expect(applyEvent(uninstructed, { type: 'withdrawOption', on: '2027-04-06', bookingId: 'eu#2' })).toMatchObject({ ok: false, details: { lastDay: '2027-04-05' } });
    expect(applyEvent(uninstructed, { type: 'withdrawOption', on: '2027-04-05', bookingId: 'eu#2' }).ok).toBe(true);
  });

  it('after an express early start the days used stay charged: withdrawn 2026-04-04, 7,00 € × 3/30 = 0,70 €; 0 € without', () => {
    for (const [flags, kept] of [[{ earlyStart: true }, 70], [{}, 0]] as const) {
      const sub = advance(switched(flags), '2026-04-04').subscription;
      const withdrawn = ok(applyEvent(sub, { type: 'withdrawOption', on: '2026-04-04', bookingId: 'eu#2' }));
      const lines = advance(withdrawn.subscription, '2026-05-01').subscription.invoices.flatMap((invoice) => invoice.lines);
      expect(sum(lines.filter((line) => line.ref === 'eu#2'))).toBe(kept);
    }
  });

  it('stores the flags in the log and reads them back; a flag that is no boolean is INVALID_EVENT', () => {
    const sub = switched({ instructed: false, earlyStart: true });
    expect(sub.events.at(-1)).toEqual({ type: 'switchOption', at: '2026-03-20T10:00+01:00', bookingId: 'lte50#1', toOptionId: 'eu', instructed: false, earlyStart: true, newBookingId: 'eu#2' });
    const text = JSON.stringify(sub);
    expect(JSON.stringify(revive(text, 'subscription'))).toBe(text);
    expectTarifkitError(() => applyEvent(lte50({}), { type: 'switchOption', at: '2026-03-20T10:00+01:00', bookingId: 'lte50#1', toOptionId: 'eu', earlyStart: 'yes' as never }), 'INVALID_EVENT', 'event.earlyStart');
  });
});

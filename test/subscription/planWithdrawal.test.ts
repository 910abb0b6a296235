/**
 * The consumer's withdrawal of the contract itself (§355, §356, §357a BGB; R13, R31): within the
 * window the plan ends on the withdrawal day with its add-ons and options, and what was invoiced
 * for them is credited back, or after an express early start only the unused rest.
 */
import { describe, expect, it } from 'vitest';
import {
  advance, applyEvent, createCatalog, createSubscription, replay, revive,
  type Applied, type ApplyResult, type Line, type Subscription, type SubscriptionInput,
} from '../../src/index.js';
import { crmCatalog, mobileCatalog } from './fixtures.js';
import { expectTarifkitError } from '../arbitraries/core.js';

function ok(result: ApplyResult): Applied {
  if (!result.ok) throw new Error(`${result.reason} ${JSON.stringify(result.details)}`);
  return result;
}

const cents = (lines: readonly Line[]): number[] => lines.map((line) => line.cents);
const sum = (lines: readonly Line[]): number => lines.reduce((total, line) => total + line.cents, 0);

/** A consumer mobile plan at 15,00 € a calendar month, billed in advance, with an add-on of 2,00 €. */
const catalog = createCatalog({
  plans: [{
    id: 'mobil', name: 'Mobil S', price: { cents: 1500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
    billing: 'inAdvance', termMonths: 24, renewal: { kind: 'openEnded' },
    policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
    addOns: ['multisim'],
  }, {
    id: 'mobilL', name: 'Mobil L', price: { cents: 2500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
    billing: 'inAdvance', termMonths: 24, renewal: { kind: 'openEnded' },
    policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
    addOns: ['multisim'],
  }],
  addOns: [{ id: 'multisim', name: 'MultiSIM', unitCents: 200, vatRate: 19 }],
});

function started(extra: Partial<SubscriptionInput> = {}): Subscription {
  return advance(createSubscription(catalog, { planId: 'mobil', start: '2026-03-19', ...extra }), '2026-03-19').subscription;
}

/** Every line issued for the subscription after advancing to `to`. */
function billed(sub: Subscription, to: string): Line[] {
  return advance(sub, to).subscription.invoices.flatMap((invoice) => invoice.lines);
}

describe('withdrawing the contract (§355, §356 BGB, R31)', () => {
  it('started 2026-03-19 with early start, withdrawn 2026-03-25: 2,90 € (15,00 € × 6/31) kept, −3,39 € of the 6,29 € credited', () => {
    const sub = started({ earlyStart: true });
    expect(cents(sub.invoices[0]!.lines)).toEqual([629]);
    const withdrawn = ok(applyEvent(sub, { type: 'withdraw', on: '2026-03-25' }));
    expect(withdrawn.effectiveOn).toBe('2026-03-25');
    expect(withdrawn.subscription.contract.end).toBe('2026-03-25');
    expect(cents(withdrawn.lines)).toEqual([-339]);
    expect(withdrawn.lines[0]).toMatchObject({ reason: 'withdrawalCredit', range: { start: '2026-03-25', end: '2026-04-01' } });
    const after = advance(withdrawn.subscription, '2026-06-01');
    expect(after.invoices.map((invoice) => [invoice.issuedOn, cents(invoice.lines)])).toEqual([['2026-03-25', [-339]]]);
    expect(after.notices).toContainEqual({ type: 'contractEnded', on: '2026-03-25' });
    expect(after.subscription.nextInvoiceOn).toBeNull();
    // Kept plus credited is what was billed: 6/31 of 15,00 €.
    expect(sum(billed(withdrawn.subscription, '2026-06-01'))).toBe(290);
  });

  it('without the early start everything is credited: −6,29 €, the plan and its add-on bill nothing', () => {
    const sub = started({ addOns: [{ addOnId: 'multisim', quantity: 1 }] });
    expect(cents(sub.invoices[0]!.lines)).toEqual([629, 84]);
    const withdrawn = ok(applyEvent(sub, { type: 'withdraw', on: '2026-03-25' }));
    expect(cents(withdrawn.lines)).toEqual([-629, -84]);
    expect(sum(billed(withdrawn.subscription, '2026-06-01'))).toBe(0);
  });

  it('after the April invoice, on 2026-04-02, the last day of the window: −6,29 € and −15,00 €; early start keeps 0,50 € of April', () => {
    const april = advance(started(), '2026-04-01').subscription;
    const withdrawn = ok(applyEvent(april, { type: 'withdraw', on: '2026-04-02' }));
    expect(cents(withdrawn.lines)).toEqual([-629, -1500]);
    expect(sum(billed(withdrawn.subscription, '2026-05-01'))).toBe(0);
    const early = ok(applyEvent(advance(started({ earlyStart: true }), '2026-04-01').subscription, { type: 'withdraw', on: '2026-04-02' }));
    expect(cents(early.lines)).toEqual([-1450]);
    expect(sum(billed(early.subscription, '2026-05-01'))).toBe(629 + 50);
  });

  it('too late: WITHDRAWAL_WINDOW_CLOSED with the last day, 2026-04-02 (Good Friday 2026-04-03 lies after it)', () => {
    const april = advance(started(), '2026-04-01').subscription;
    const refused = applyEvent(april, { type: 'withdraw', on: '2026-04-03' });
    expect(refused).toMatchObject({ ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', details: { planId: 'mobil', bookedOn: '2026-03-19', lastDay: '2026-04-02' } });
  });

  it('the window moves past a holiday: started 2026-03-20, its 14th day is Good Friday, the last day Easter Monday\'s next day', () => {
    const sub = advance(createSubscription(catalog, { planId: 'mobil', start: '2026-03-20' }), '2026-04-08').subscription;
    expect(applyEvent(sub, { type: 'withdraw', on: '2026-04-08' })).toMatchObject({ ok: false, details: { lastDay: '2026-04-07' } });
    expect(applyEvent(sub, { type: 'withdraw', on: '2026-04-07' }).ok).toBe(true);
  });

  it('without a proper instruction: 12 months and 14 days, to 2027-04-02; credited whole even with an early start', () => {
    const sub = advance(started({ instructed: false, earlyStart: true }), '2027-04-01').subscription;
    expect(sub.order).toMatchObject({ instructed: false, earlyStart: true });
    expect(applyEvent(sub, { type: 'withdraw', on: '2027-04-05' })).toMatchObject({ ok: false, details: { lastDay: '2027-04-02' } });
    const withdrawn = ok(applyEvent(sub, { type: 'withdraw', on: '2027-04-02' }));
    const issued = sub.invoices.flatMap((invoice) => invoice.lines);
    expect(sum(withdrawn.lines)).toBe(-sum(issued));
    expect(sum(issued)).toBe(629 + 13 * 1500);
  });

  it('in arrears: the days used are billed on the final invoice, and credited there unless the early start keeps them', () => {
    const plain = ok(applyEvent(createSubscription(mobileCatalog, { planId: 'mobil', start: '2026-03-19' }), { type: 'withdraw', on: '2026-03-25' }));
    const final = advance(plain.subscription, '2026-04-01').invoices;
    expect(final.map((invoice) => [invoice.issuedOn, cents(invoice.lines)])).toEqual([['2026-03-25', [290, -290]]]);
    const early = ok(applyEvent(createSubscription(mobileCatalog, { planId: 'mobil', start: '2026-03-19', earlyStart: true }), { type: 'withdraw', on: '2026-03-25' }));
    expect(cents(advance(early.subscription, '2026-04-01').invoices[0]!.lines)).toEqual([290]);
  });

  it('a business contract has no withdrawal right: NO_WITHDRAWAL_RIGHT', () => {
    const sub = advance(createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-18' }), '2026-03-20').subscription;
    expect(applyEvent(sub, { type: 'withdraw', on: '2026-03-20' })).toMatchObject({ ok: false, reason: 'NO_WITHDRAWAL_RIGHT', details: { planId: 'crm', customer: 'business' } });
  });

  it('a withdrawal entered late gives the same invoices as a replay; the stored subscription reads back byte for byte', () => {
    const order = { planId: 'mobil', start: '2026-03-19', earlyStart: true } as const;
    const late = ok(applyEvent(advance(createSubscription(catalog, order), '2026-04-01').subscription, { type: 'withdraw', on: '2026-03-25' }));
    expect(cents(late.lines)).toEqual([-339, -1500]);
    const replayed = replay(catalog, order, [{ type: 'withdraw', on: '2026-03-25' }], '2026-04-01');
    expect(sum(replayed.subscription.invoices.flatMap((invoice) => invoice.lines))).toBe(290);
    expect(sum(billed(late.subscription, '2026-05-01'))).toBe(290);
    const text = JSON.stringify(late.subscription);
    expect(JSON.stringify(revive(text, 'subscription'))).toBe(text);
    // An order without the flags stores none.
    expect(Object.keys(createSubscription(catalog, { planId: 'mobil', start: '2026-03-19' }).order)).not.toContain('instructed');
  });

  it('after an upgrade and an add-on booked mid-period, with early start: their drafts give way to the used days', () => {
    // Upgraded to Mobil L (25,00 €) on 03-22, MultiSIM booked 03-23, withdrawn 03-25; nothing of it invoiced yet.
    let sub = started({ earlyStart: true });
    sub = ok(applyEvent(sub, { type: 'upgrade', on: '2026-03-22', planId: 'mobilL' })).subscription;
    sub = ok(applyEvent(sub, { type: 'bookAddOn', on: '2026-03-23', addOnId: 'multisim', quantity: 1 })).subscription;
    const withdrawn = ok(applyEvent(sub, { type: 'withdraw', on: '2026-03-25' }));
    const lines = advance(withdrawn.subscription, '2026-05-01').invoices.flatMap((invoice) => invoice.lines);
    // Kept: Mobil S 03-19..03-21 (3/31 of 15,00 € = 1,45 €), Mobil L 03-22..03-24 (3/31 of 25,00 € = 2,42 €), MultiSIM 03-23..03-24 (2/31 of 2,00 € = 0,13 €).
    const kept = 629 + sum(lines);
    expect(kept).toBe(290 - 145 + 242 + 13); // 6/31 of Mobil S, less its 3/31 taken back by the upgrade, plus the two drafts' used days
  });

  it('a mobile option ends with the contract: billed for the used days and credited with them, or kept after an early start', () => {
    for (const earlyStart of [false, true]) {
      let sub = createSubscription(mobileCatalog, { planId: 'mobil', start: '2026-03-19', earlyStart });
      sub = ok(applyEvent(sub, { type: 'bookOption', at: '2026-03-20T10:00+01:00', optionId: 'lte50' })).subscription;
      const withdrawn = ok(applyEvent(sub, { type: 'withdraw', on: '2026-03-25' }));
      const after = advance(withdrawn.subscription, '2026-06-01');
      expect(after.subscription.nextInvoiceOn).toBeNull();
      const lines = after.invoices.flatMap((invoice) => invoice.lines);
      // 6/31 of 15,00 € = 2,90 € and 5/31 of 5,00 € = 0,81 €.
      expect(sum(lines)).toBe(earlyStart ? 290 + 81 : 0);
    }
  });

  it('withdrawn on the day advanced to: the final invoice waits for the next advance, as a replay issues it; both states read back', () => {
    const order = { planId: 'mobil', start: '2026-03-19', earlyStart: true } as const;
    const day = advance(createSubscription(catalog, order), '2026-03-25').subscription;
    const withdrawn = ok(applyEvent(day, { type: 'withdraw', on: '2026-03-25' }));
    expect(withdrawn.subscription.nextInvoiceOn).toBe('2026-03-25');
    expect(cents(withdrawn.subscription.pending)).toEqual([-339]);
    const again = advance(withdrawn.subscription, '2026-03-25');
    expect(again.invoices.map((invoice) => [invoice.issuedOn, cents(invoice.lines)])).toEqual([['2026-03-25', [-339]]]);
    expect(again.subscription.nextInvoiceOn).toBeNull();
    const replayed = replay(catalog, order, [{ type: 'withdraw', on: '2026-03-25' }], '2026-03-25');
    expect(replayed.invoices.map((invoice) => [invoice.issuedOn, cents(invoice.lines)])).toEqual([['2026-03-19', [629]], ['2026-03-25', [-339]]]);
    for (const state of [withdrawn.subscription, again.subscription]) {
      const text = JSON.stringify(state);
      expect(JSON.stringify(revive(text, 'subscription'))).toBe(text);
    }
  });

  it('corrections still waiting (an upgrade entered after the April invoice) are invoiced with the withdrawal, and everything nets to 0', () => {
    // Mobil L 22–31 March 10/31 of 25,00 € = 8,06 €, less Mobil S 10/31 of 15,00 € = 4,84 €; April 25,00 € for 15,00 €.
    const CORRECTIONS = [806, -484, 2500, -1500];
    // March's Mobil S, both halves of the upgrade, and April as corrected.
    const CREDITS = [-629, -806, 484, -2500];
    const april = advance(started(), '2026-04-01').subscription;
    const upgraded = ok(applyEvent(april, { type: 'upgrade', on: '2026-03-22', planId: 'mobilL' }));
    const waiting = upgraded.subscription.pending;
    expect(cents(waiting)).toEqual(CORRECTIONS);
    const withdrawn = ok(applyEvent(upgraded.subscription, { type: 'withdraw', on: '2026-04-02' }));
    expect(cents(withdrawn.lines)).toEqual(CREDITS);
    const final = advance(withdrawn.subscription, '2026-05-01').invoices;
    expect(final.map((invoice) => [invoice.issuedOn, cents(invoice.lines)])).toEqual([['2026-04-02', [...CORRECTIONS, ...CREDITS]]]);
    expect(629 + 1500 + sum(final.flatMap((invoice) => invoice.lines))).toBe(0);
  });

  it('refuses flags that are no booleans, and stored flags other than instructed: false and earlyStart: true', () => {
    expectTarifkitError(() => createSubscription(catalog, { planId: 'mobil', start: '2026-03-19', instructed: 'no' as never }), 'INVALID_ARGUMENT', 'input.instructed');
    expectTarifkitError(() => createSubscription(catalog, { planId: 'mobil', start: '2026-03-19', earlyStart: 1 as never }), 'INVALID_ARGUMENT', 'input.earlyStart');
    const sub = createSubscription(catalog, { planId: 'mobil', start: '2026-03-19', instructed: true, earlyStart: false });
    expect(Object.keys(sub.order)).not.toContain('earlyStart');
    const stored = JSON.parse(JSON.stringify(sub)) as { order: Record<string, unknown> };
    stored.order.instructed = true;
    expectTarifkitError(() => revive(JSON.stringify(stored), 'subscription'), 'INVALID_JSON', '$.order.instructed');
    delete stored.order.instructed;
    stored.order.earlyStart = false;
    expectTarifkitError(() => revive(JSON.stringify(stored), 'subscription'), 'INVALID_JSON', '$.order.earlyStart');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance,
  applyEvent,
  contractLines,
  createSubscription,
  isTarifkitError,
  listAddOns,
  listOptions,
  quoteEvent,
  replay,
  termAt,
  type Subscription,
  type SubscriptionEvent,
} from '../../src/index.js';
import { expectTarifkitError, RUNS } from '../arbitraries/core.js';
import { crmCatalog, mobileCatalog } from './fixtures.js';

function started(): Subscription {
  const sub = createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-18' });
  const step = advance(sub, '2026-03-18');
  const booked = applyEvent(step.subscription, { type: 'bookAddOn', on: '2026-03-20', addOnId: 'users', quantity: 1 });
  if (!booked.ok) throw new Error('refused');
  return booked.subscription;
}

/** Runs `fn` on a subscription and expects the error, with the subscription unchanged. */
function refusedWith(event: unknown, code: Parameters<typeof expectTarifkitError>[1], field: string): void {
  const sub = started();
  const before = JSON.stringify(sub);
  expectTarifkitError(() => applyEvent(sub, event as SubscriptionEvent), code, field);
  expectTarifkitError(() => quoteEvent(sub, event as SubscriptionEvent), code, field);
  expect(JSON.stringify(sub)).toBe(before);
}

describe('bad events get a typed error naming the field, and nothing changes (R26)', () => {
  it('an event for an unknown item', () => {
    refusedWith({ type: 'bookAddOn', on: '2026-03-25', addOnId: 'printer', quantity: 1 }, 'UNKNOWN_ID', 'event.addOnId');
    refusedWith({ type: 'upgrade', on: '2026-03-25', planId: 'enterprise' }, 'UNKNOWN_ID', 'event.planId');
    refusedWith({ type: 'upgrade', on: '2026-03-25', configuration: { gpu: 1 } }, 'UNKNOWN_ID', 'event.configuration.gpu');
  });

  it('a date before the subscription\'s start', () => {
    refusedWith({ type: 'bookAddOn', on: '2026-03-17', addOnId: 'users', quantity: 1 }, 'NOT_WITHIN', 'event.on');
  });

  it('a withdrawal of something never booked', () => {
    refusedWith({ type: 'withdrawAddOn', on: '2026-03-25', bookingId: 'users#9' }, 'UNKNOWN_ID', 'event.bookingId');
  });

  it('a quantity of 0 or a fractional quantity', () => {
    refusedWith({ type: 'bookAddOn', on: '2026-03-25', addOnId: 'users', quantity: 0 }, 'INVALID_QUANTITY', 'event.quantity');
    refusedWith({ type: 'bookAddOn', on: '2026-03-25', addOnId: 'users', quantity: 1.5 }, 'INVALID_QUANTITY', 'event.quantity');
    refusedWith({ type: 'changeAddOnQuantity', on: '2026-03-25', bookingId: 'users#1', quantity: -2 }, 'INVALID_QUANTITY', 'event.quantity');
  });

  it('a malformed event record', () => {
    refusedWith(null, 'INVALID_EVENT', 'event');
    refusedWith('upgrade', 'INVALID_EVENT', 'event');
    refusedWith({ type: 'sell', on: '2026-03-25' }, 'INVALID_EVENT', 'event.type');
    refusedWith({ type: 'cancel', on: '2026-03-25', reason: 'moving' }, 'INVALID_EVENT', 'event.reason');
    refusedWith({ type: 'cancel', on: '2026-02-30' }, 'INVALID_DATE', 'event.on');
    refusedWith({ type: 'cancel', on: new Date() }, 'INVALID_DATE', 'event.on');
    refusedWith({ type: 'bookAddOn', on: '2026-03-25', addOnId: 7, quantity: 1 }, 'INVALID_EVENT', 'event.addOnId');
    refusedWith({ type: 'charge', on: '2026-03-25', item: { id: 'x', name: 'X', unitCents: 1.5, vatRate: 19 } }, 'INVALID_AMOUNT', 'event.item.unitCents');
  });

  it('an event on or after the next invoice day waits for the advance', () => {
    refusedWith({ type: 'cancel', on: '2026-04-18' }, 'INVOICE_DUE_FIRST', 'event.on');
  });

  it('an option event on a plan without options, and an instant without an offset', () => {
    refusedWith({ type: 'bookOption', at: '2026-03-25T10:00+01:00', optionId: 'lte50' }, 'UNKNOWN_ID', 'event.optionId');
    const sub = createSubscription(mobileCatalog, { planId: 'mobil', start: '2026-03-01' });
    expectTarifkitError(() => applyEvent(sub, { type: 'bookOption', at: '2026-03-25T10:00', optionId: 'lte50' }), 'INVALID_INSTANT', 'event.at');
    expectTarifkitError(() => applyEvent(sub, { type: 'bookOption', at: '2026-03-25T10:00+01:00', optionId: 'lte50', activatedAt: '2026-03-27T10:00+01:00' }), 'INVALID_ACTIVATION', 'event.activatedAt');
  });

  it('throws only TarifkitError for anything thrown at it, and changes nothing', () => {
    const sub = started();
    const before = JSON.stringify(sub);
    fc.assert(fc.property(fc.anything(), fc.constantFrom('upgrade', 'bookAddOn', 'cancelAddOn', 'charge', 'bookOption', 'withdrawAddOn'), (value, type) => {
      for (const event of [value, { type, on: value }, { type, on: '2026-03-25', quantity: value, bookingId: value, addOnId: value, item: value }]) {
        try {
          applyEvent(sub, event as SubscriptionEvent);
        } catch (error) {
          expect(isTarifkitError(error)).toBe(true);
        }
      }
      expect(JSON.stringify(sub)).toBe(before);
    }), RUNS);
  });
});

describe('bad subscriptions and days', () => {
  it('refuses what is no subscription', () => {
    for (const value of [null, undefined, {}, [], 'sub', { contract: {} }]) {
      expectTarifkitError(() => applyEvent(value as never, { type: 'cancel', on: '2026-03-25' }), 'INVALID_ARGUMENT', 'subscription');
      expectTarifkitError(() => advance(value as never, '2026-04-01'), 'INVALID_ARGUMENT', 'subscription');
      expectTarifkitError(() => listAddOns(value as never, '2026-04-01'), 'INVALID_ARGUMENT', 'subscription');
      expectTarifkitError(() => listOptions(value as never, '2026-04-01'), 'INVALID_ARGUMENT', 'subscription');
      expectTarifkitError(() => contractLines(value as never, { start: '2026-04-01', end: '2026-05-01' }), 'INVALID_ARGUMENT', 'contract');
      expectTarifkitError(() => termAt(value as never, '2026-04-01'), 'INVALID_ARGUMENT', 'contract');
    }
  });

  it('moves the clock only forward', () => {
    const sub = advance(started(), '2026-04-20').subscription;
    expectTarifkitError(() => advance(sub, '2026-04-19'), 'OUT_OF_ORDER', 'to');
    expect(advance(sub, '2026-04-20').invoices).toEqual([]);
  });

  it('checks the order of a new subscription', () => {
    expectTarifkitError(() => createSubscription(crmCatalog, null as never), 'INVALID_ARGUMENT', 'input');
    expectTarifkitError(() => createSubscription(crmCatalog, { planId: 'nope', start: '2026-03-18' }), 'UNKNOWN_ID', 'input.planId');
    expectTarifkitError(() => createSubscription(crmCatalog, { planId: 'crm', start: '18.03.2026' }), 'INVALID_DATE', 'input.start');
    expectTarifkitError(() => createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-18', timeZone: 'Mars/Olympus' }), 'INVALID_TIME_ZONE', 'input.timeZone');
    expectTarifkitError(() => createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-18', addOns: [{ addOnId: 'users', quantity: 0 }] }), 'INVALID_QUANTITY', 'input.addOns.0.quantity');
    expectTarifkitError(() => createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-18', basis: 'week' as never }), 'INVALID_BASIS', 'input.basis');
    expectTarifkitError(() => createSubscription({ plans: 'none' } as never, { planId: 'crm', start: '2026-03-18' }), 'INVALID_CATALOG', 'catalog.plans');
  });

  it('names the event in a replayed log', () => {
    expectTarifkitError(() => replay(crmCatalog, { planId: 'crm', start: '2026-03-18' }, [{ type: 'cancel', on: 'soon' } as never], '2026-05-01'), 'INVALID_DATE', 'events.0.on');
    expectTarifkitError(() => replay(crmCatalog, { planId: 'crm', start: '2026-03-18' }, 'log' as never, '2026-05-01'), 'INVALID_ARGUMENT', 'events');
  });
});

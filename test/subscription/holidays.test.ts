/**
 * A subscription's withdrawals skip German public holidays (R13, R30): the
 * nationwide ones by default, a state's own on request, recorded in the order
 * as `publicHolidays`. An order stored before the built-in holidays has no
 * `publicHolidays` and keeps the decisions it was stored with.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advance, applyEvent, createSubscription, replay, revive, type Subscription } from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { crmCatalog } from './fixtures.js';

const FIXTURE = new URL('../storage/fixtures/v1/subscription.json', import.meta.url);

/** The CRM subscription from 2026-03-18 with a storage pack booked on 2026-03-20, the Friday two weeks before Good Friday. */
function bookedOn20March(input: { state?: 'BY' | 'DE-BY'; holidays?: string[] } = {}): Subscription {
  const sub = advance(createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-18', ...input }), '2026-03-18').subscription;
  const booked = applyEvent(sub, { type: 'bookAddOn', on: '2026-03-20', addOnId: 'storage', quantity: 1 });
  if (!booked.ok) throw new Error(booked.reason);
  return booked.subscription;
}

describe('withdrawals of a subscription skip public holidays (R30)', () => {
  it('records the nationwide holidays in a new order, and a state on request', () => {
    expect(bookedOn20March().order.publicHolidays).toBe('DE');
    expect(bookedOn20March({ state: 'BY' }).order.publicHolidays).toBe('DE-BY');
    expect(bookedOn20March({ state: 'DE-BY' }).order.publicHolidays).toBe('DE-BY');
  });

  it('lets an add-on booked 2026-03-20 be withdrawn up to Tuesday 2026-04-07, past Good Friday and Easter Monday', () => {
    const sub = bookedOn20March();
    const inTime = applyEvent(sub, { type: 'withdrawAddOn', on: '2026-04-07', bookingId: 'storage#1' });
    expect(inTime.ok).toBe(true);
    // The draft of 5,90 € × 29/31 = 5,52 € is dropped before it is invoiced: April bills the plan alone.
    if (inTime.ok) expect(inTime.lines.map((line) => line.cents)).toStrictEqual([]);
    expect(advance(inTime.ok ? inTime.subscription : sub, '2026-04-18').invoices.at(-1)!.netCents).toBe(4900);
    expect(applyEvent(sub, { type: 'withdrawAddOn', on: '2026-04-08', bookingId: 'storage#1' })).toStrictEqual({
      ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', allowedFrom: null,
      details: { bookingId: 'storage#1', bookedOn: '2026-03-20', lastDay: '2026-04-07' },
    });
  });

  it("adds the state's own: booked 2026-05-21, Corpus Christi 2026-06-04 moves the last day to 06-05 in Bavaria", () => {
    for (const [state, lastDay] of [[undefined, '2026-06-04'], ['BY', '2026-06-05']] as const) {
      let sub = createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-18', ...(state === undefined ? {} : { state }) });
      sub = advance(sub, '2026-05-18').subscription;
      const booked = applyEvent(sub, { type: 'bookAddOn', on: '2026-05-21', addOnId: 'storage', quantity: 1 });
      if (!booked.ok) throw new Error(booked.reason);
      const late = applyEvent(booked.subscription, { type: 'withdrawAddOn', on: '2026-06-05', bookingId: 'storage#1' });
      expect(late.ok ? '2026-06-05' : late.details.lastDay).toBe(lastDay);
    }
  });

  it("adds the caller's list to the built-in holidays", () => {
    const sub = advance(createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-18', holidays: ['2026-04-07'] }), '2026-03-18').subscription;
    expect(sub.order.holidays).toStrictEqual(['2026-04-07']);
    const booked = applyEvent(sub, { type: 'bookAddOn', on: '2026-03-20', addOnId: 'storage', quantity: 1 });
    if (!booked.ok) throw new Error(booked.reason);
    expect(applyEvent(booked.subscription, { type: 'withdrawAddOn', on: '2026-04-08', bookingId: 'storage#1' }).ok).toBe(true);
  });

  it('reads a stored order back with its region, and a replay of the order keeps it', () => {
    const sub = bookedOn20March({ state: 'BY' });
    const text = JSON.stringify(sub);
    expect(text).toContain('"holidays":[],"publicHolidays":"DE-BY","basis":"day"');
    const back = revive(text, 'subscription');
    expect(JSON.stringify(back)).toBe(text);
    const replayed = replay(crmCatalog, back.order, back.events, '2026-03-20');
    expect(replayed.subscription.order.publicHolidays).toBe('DE-BY');
  });

  it('keeps an order stored before the built-in holidays as it was decided: Good Friday does not move its windows', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const old = revive(text, 'subscription');
    expect('publicHolidays' in old.order).toBe(false);
    expect(JSON.stringify(old)).toBe(JSON.stringify(JSON.parse(text)));
    // users#1 was booked on 2026-03-20: its window closed on Good Friday, as when it was stored.
    const late = applyEvent(old, { type: 'withdrawAddOn', on: '2026-04-07', bookingId: 'users#1' });
    expect(late).toMatchObject({ ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', details: { lastDay: '2026-04-03' } });
  });

  it('refuses an unknown state (INVALID_STATE naming input.state) and a stored region that is none (INVALID_JSON)', () => {
    expectTarifkitError(() => createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-18', state: 'XX' as never }), 'INVALID_STATE', 'input.state');
    expectTarifkitError(() => createSubscription(crmCatalog, { planId: 'crm', start: '2026-03-18', publicHolidays: 'DE-XX' as never }), 'INVALID_STATE', 'input.publicHolidays');
    const data = JSON.parse(JSON.stringify(bookedOn20March())) as { order: Record<string, unknown> };
    data.order.publicHolidays = 'BY';
    expectTarifkitError(() => revive(data, 'subscription'), 'INVALID_JSON', '$.order.publicHolidays');
  });
});

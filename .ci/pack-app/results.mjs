// Results that exercise Temporal (zones, DST, bracketed instants) next to plain cents;
// printed as JSON so that two runtimes can be compared line for line.
import {
  advance, applyEvent, cancellationDeadline, createCatalog, createCycle, createSubscription, effectiveEndFor,
  formatMoney, money, periodContaining, withdrawalWindow,
} from 'tarifkit';

const cycle = createCycle({ kind: 'days', days: 28, anchor: '2026-03-02' });
const current = periodContaining(cycle, '2026-03-20');
const catalog = createCatalog({ plans: [{
  id: 'mobil', name: 'Mobil M', price: { cents: 1500, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
  billing: 'inArrears', termMonths: 24, renewal: { kind: 'openEnded' },
  policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'consumer' },
  optionTariff: { kind: 'postpaidMonth', options: [{ id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }] },
}] });
const booked = applyEvent(createSubscription(catalog, { planId: 'mobil', start: '2026-03-01' }),
  { type: 'bookOption', at: '2026-03-19T09:00+01:00', optionId: 'lte50' });
if (!booked.ok) throw new Error(booked.reason);

export const results = {
  temporal: typeof globalThis.Temporal === 'object' ? 'native' : 'polyfill',
  deadlines: ['2026-03-30', '2026-10-26', '2027-01-01'].map((day) => cancellationDeadline(day).toString()),
  newYork: cancellationDeadline('2026-03-09', { timeZone: 'America/New_York' }).toString(),
  lateRequest: effectiveEndFor('2026-03-27T23:01+01:00[Europe/Berlin]', cycle, current).effectiveOn,
  onTime: effectiveEndFor('2026-03-27T23:00+01:00[Europe/Berlin]', cycle, current),
  window: withdrawalWindow('2026-03-07'),
  invoices: advance(booked.subscription, '2026-05-01').invoices.map((invoice) => [invoice.issuedOn, invoice.netCents, invoice.grossCents]),
  money: formatMoney(money(590), 'de'),
};
results.onTime = { ...results.onTime, deadline: results.onTime.deadline.toString() };

/**
 * The cancellation confirmation of §312k (4) BGB (R32): which contract, when the
 * cancellation arrived, and the day the contract ends, in German and English.
 */
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { advance, applyEvent, cancellationConfirmationText, createCatalog, createSubscription, type Contract, type PlanData } from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';

function cancelled(policy: Partial<PlanData['policy']>, start: string, on: string): Contract {
  const catalog = createCatalog({ plans: [{
    id: 'office', name: 'Office Fiber', price: { cents: 4990, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
    termMonths: 12, renewal: { kind: 'fixed', months: 12 },
    policy: { optionsChangeable: false, notice: { unit: 'month', count: 3 }, customer: 'business', ...policy },
  }] });
  const { subscription } = advance(createSubscription(catalog, { planId: 'office', start }), on);
  const done = applyEvent(subscription, { type: 'cancel', on });
  if (!done.ok) throw new Error(`refused: ${done.reason}`);
  return done.subscription.contract;
}

describe('cancellationConfirmationText (§312k BGB)', () => {
  const telecom = cancelled({ telecom: true, smallBusiness: true }, '2026-01-01', '2027-03-10');

  it('confirms the telecom example: cancelled 2027-03-10, last day 2027-04-10', () => {
    expect(cancellationConfirmationText(telecom, 'de')).toBe('Wir bestätigen den Eingang Ihrer Kündigung des Vertrags Office Fiber am 10.03.2027. Der Vertrag endet zum 10.04.2027; das ist der letzte Vertragstag.');
    expect(cancellationConfirmationText(telecom, 'en')).toBe('We confirm receipt of your cancellation of the contract Office Fiber on 2027-03-10. The contract ends on 2027-04-10, its last day.');
  });

  it('gives the time of receipt in the customer\'s zone when the instant is given', () => {
    expect(cancellationConfirmationText(telecom, 'de', { receivedAt: '2027-03-10T13:05:00Z' })).toBe('Wir bestätigen den Eingang Ihrer Kündigung des Vertrags Office Fiber am 10.03.2027 um 14:05 Uhr. Der Vertrag endet zum 10.04.2027; das ist der letzte Vertragstag.');
    expect(cancellationConfirmationText(telecom, 'en', { receivedAt: Temporal.Instant.from('2027-03-10T23:59:00Z'), timeZone: 'UTC' })).toBe('We confirm receipt of your cancellation of the contract Office Fiber on 2027-03-10 at 23:59. The contract ends on 2027-04-10, its last day.');
  });

  it('confirms a contract bound to its renewed term with that term\'s end', () => {
    const plain = cancelled({}, '2026-01-01', '2027-03-10');
    expect(cancellationConfirmationText(plain, 'en')).toBe('We confirm receipt of your cancellation of the contract Office Fiber on 2027-03-10. The contract ends on 2027-12-31, its last day.');
  });

  it('does not mutate the contract', () => {
    const before = JSON.stringify(telecom);
    cancellationConfirmationText(telecom, 'de', { receivedAt: '2027-03-10T13:05:00Z' });
    expect(JSON.stringify(telecom)).toBe(before);
  });

  it('refuses a contract not cancelled, an instant on another day, and bad input, with typed errors naming the field', () => {
    const { contract } = createSubscription(createCatalog({ plans: [{
      id: 'office', name: 'Office Fiber', price: { cents: 4990, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
      termMonths: 12, renewal: { kind: 'fixed', months: 12 }, policy: { optionsChangeable: false, notice: { unit: 'month', count: 3 }, customer: 'business' },
    }] }), { planId: 'office', start: '2026-01-01' });
    expectTarifkitError(() => cancellationConfirmationText(contract, 'de'), 'INVALID_ARGUMENT', 'contract.cancellation');
    expectTarifkitError(() => cancellationConfirmationText(null as never, 'de'), 'INVALID_ARGUMENT', 'contract');
    // 23:30 UTC on 2027-03-10 is already 2027-03-11 in Berlin.
    expectTarifkitError(() => cancellationConfirmationText(telecom, 'de', { receivedAt: '2027-03-10T23:30:00Z' }), 'NOT_WITHIN', 'options.receivedAt');
    expectTarifkitError(() => cancellationConfirmationText(telecom, 'de', { receivedAt: '2027-03-10T14:05' }), 'INVALID_INSTANT', 'options.receivedAt');
    expectTarifkitError(() => cancellationConfirmationText(telecom, 'de', { timeZone: 'Mars/Olympus' }), 'INVALID_TIME_ZONE', 'options.timeZone');
    expectTarifkitError(() => cancellationConfirmationText(telecom, 'fr' as never), 'INVALID_LOCALE', 'locale');
  });
});

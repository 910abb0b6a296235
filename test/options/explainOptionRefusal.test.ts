/**
 * Refusals of the options module in words (R24).
 */
import { describe, expect, it } from 'vitest';
import {
  bookOption,
  cancelOption,
  checkWithdrawal,
  createOptionAccount,
  createOptionTariff,
  explainOptionRefusal,
  withdrawOption,
  type OptionRefusal,
} from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { OPTIONS } from '../arbitraries/options.js';
import { booked, okOf } from './helpers.js';

const tariff = createOptionTariff({ kind: 'optionTariff', options: OPTIONS });
const account = booked(bookOption(createOptionAccount(tariff), { optionId: 'data', at: '2026-03-07T15:00+01:00' })).account;

function refusalOf(result: { ok: boolean }): OptionRefusal {
  if (result.ok) throw new Error('expected a refusal');
  return result as OptionRefusal;
}

describe('explainOptionRefusal', () => {
  it('words a closed withdrawal window with its (§193-shifted) last day', () => {
    const late = refusalOf(withdrawOption(account, { bookingId: 'data#1', at: '2026-03-24T10:00+01:00' }));
    expect(explainOptionRefusal(late, 'de')).toBe('Widerruf nicht mehr möglich: Die Widerrufsfrist endete am 23.03.2026.');
    expect(explainOptionRefusal(late, 'en')).toBe('Withdrawal no longer possible: the withdrawal period ended on 2026-03-23.');
    expect(explainOptionRefusal(refusalOf(checkWithdrawal('2026-03-07', '2026-03-24')), 'en')).toBe(explainOptionRefusal(late, 'en'));
  });

  it('words an option already booked, with and without the day it is free again', () => {
    const running = refusalOf(bookOption(account, { optionId: 'data', at: '2026-03-08T10:00+01:00' }));
    expect(explainOptionRefusal(running, 'de')).toBe('Die Option data ist bereits gebucht (data#1).');
    const cancelled = okOf(cancelOption(account, { bookingId: 'data#1', at: '2026-03-08T10:00+01:00' })).account;
    const ending = refusalOf(bookOption(cancelled, { optionId: 'data', at: '2026-03-09T10:00+01:00' }));
    expect(explainOptionRefusal(ending, 'de')).toBe('Die Option data ist bereits gebucht (data#1); neu buchbar ab 04.04.2026.');
    expect(explainOptionRefusal(ending, 'en')).toBe('The option data is already booked (data#1); it can be booked again from 2026-04-04.');
  });

  it('words an end already scheduled with the last active day', () => {
    const cancelled = okOf(cancelOption(account, { bookingId: 'data#1', at: '2026-03-08T10:00+01:00' })).account;
    const again = refusalOf(cancelOption(cancelled, { bookingId: 'data#1', at: '2026-03-09T10:00+01:00' }));
    expect(explainOptionRefusal(again, 'de')).toBe('Für data#1 ist das Ende bereits vorgemerkt: aktiv bis 03.04.2026.');
    expect(explainOptionRefusal(again, 'en')).toBe('The end of data#1 is already scheduled: active until 2026-04-03.');
  });

  it('rejects another locale with INVALID_LOCALE', () => {
    const late = refusalOf(withdrawOption(account, { bookingId: 'data#1', at: '2026-03-24T10:00+01:00' }));
    expectTarifkitError(() => explainOptionRefusal(late, 'fr' as never), 'INVALID_LOCALE', 'locale');
  });
});

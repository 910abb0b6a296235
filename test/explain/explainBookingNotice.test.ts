import { describe, expect, it } from 'vitest';
import {
  advancePrepaid,
  applyVoucher,
  bookPrepaidPackage,
  explainBookingNotice,
  money,
  openBookingAccount,
  openPrepaidAccount,
  orderPackage,
  recordPayment,
  remindersDue,
  topUp,
  type PrepaidAccount,
} from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { BASIC_S } from '../arbitraries/prepaid.js';
import { L1 } from '../booking/fixtures.js';
import { VOUCHERS, seedCart } from '../cart/fixtures.js';

function basic(): PrepaidAccount {
  const funded = topUp(openPrepaidAccount('2026-01-31'), money(2500), '2026-01-31').account;
  const result = bookPrepaidPackage(funded, BASIC_S, '2026-01-31');
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}

describe('explainBookingNotice (R17–R20, R24)', () => {
  it('words the two expiry reminders of a one-off booking', () => {
    const paid = recordPayment(orderPackage(openBookingAccount(), L1, '2026-01-31'), 'A-1', '2026-01-31');
    if (!paid.ok) throw new Error(paid.reason);
    const [before, today] = remindersDue(paid.account.bookings, '2026-01-01', '2026-12-31');
    expect(explainBookingNotice(before!, 'de')).toBe('Erinnerung: Ihr Paket CloudMatic L läuft in 5 Tagen ab (letzter Tag 27.02.2026). Jetzt verlängern, damit der Zugang nicht endet.');
    expect(explainBookingNotice(today!, 'en')).toBe('Reminder: your package CloudMatic L expires today (last day 2026-02-27). Extend it now to keep your access.');
  });

  it('words a lapse with the balance, the price and the day', () => {
    const lapse = advancePrepaid(basic(), '2026-04-01').events[0]!;
    expect(explainBookingNotice(lapse, 'de')).toBe('Prepaid Basic S nicht verlängert: Das Guthaben von 5,02 € deckt den Preis von 9,99 € nicht; ab 28.03.2026 nicht mehr aktiv.');
    expect(explainBookingNotice(lapse, 'en')).toBe('Prepaid Basic S not renewed: the balance of €5.02 does not cover the price of €9.99; inactive from 2026-03-28.');
  });

  it('words the prepaid refusals', () => {
    const short = bookPrepaidPackage(openPrepaidAccount('2026-01-31'), BASIC_S, '2026-01-31');
    if (short.ok) throw new Error('expected a refusal');
    expect(explainBookingNotice(short, 'de')).toBe('Prepaid Basic S nicht gebucht: Das Guthaben von 0,00 € deckt den Preis von 9,99 € nicht; es fehlen 9,99 €.');
    const twice = bookPrepaidPackage(basic(), BASIC_S, '2026-02-01');
    if (twice.ok) throw new Error('expected a refusal');
    expect(explainBookingNotice(twice, 'en')).toBe('Prepaid Basic S not booked: basic-s is still active.');
  });

  it('words a second payment and the voucher refusals', () => {
    const paid = recordPayment(orderPackage(openBookingAccount(), L1, '2026-01-31'), 'A-1', '2026-01-31');
    if (!paid.ok) throw new Error(paid.reason);
    const again = recordPayment(paid.account, 'A-1', '2026-02-01');
    if (again.ok) throw new Error('expected a refusal');
    expect(explainBookingNotice(again, 'de')).toBe('Die Buchung A-1 ist bereits bezahlt (am 31.01.2026).');
    const words = (code: string, on: string, locale: 'de' | 'en'): string => {
      const result = applyVoucher(seedCart(), code, VOUCHERS, on);
      if (result.ok) throw new Error('expected a refusal');
      return explainBookingNotice(result, locale);
    };
    expect(words('GRATIS', '2026-03-10', 'de')).toBe('Der Gutscheincode GRATIS ist unbekannt.');
    expect(words('FRUEHLING10', '2026-02-10', 'de')).toBe('Der Gutschein FRUEHLING10 gilt erst ab 01.03.2026.');
    expect(words('FRUEHLING10', '2026-04-01', 'en')).toBe('The voucher FRUEHLING10 has expired (valid until 2026-03-31).');
  });

  it('refuses another locale', () => {
    const lapse = advancePrepaid(basic(), '2026-04-01').events[0]!;
    expectTarifkitError(() => explainBookingNotice(lapse, 'fr' as never), 'INVALID_LOCALE', 'locale');
  });
});

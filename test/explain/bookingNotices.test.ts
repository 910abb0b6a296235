import { describe, expect, it } from 'vitest';
import {
  advanceBookings,
  advancePrepaid,
  applyVoucher,
  bookPrepaid,
  cancelPrepaid,
  explainNotice,
  explainRefusal,
  openBookingAccount,
  openPrepaidAccount,
  orderPackage,
  recordPayment,
  topUp,
  type Notice,
  type PrepaidAccount,
} from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';
import { BASIC_S, SMS_FLAT } from '../arbitraries/prepaid.js';
import { L1 } from '../booking/fixtures.js';
import { VOUCHERS, seedCart } from '../cart/fixtures.js';

function basic(): PrepaidAccount {
  const funded = topUp(openPrepaidAccount('2026-01-31'), 2500, '2026-01-31').account;
  const result = bookPrepaid(funded, BASIC_S, '2026-01-31');
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}

describe('explainNotice for prepaid and booking notices (R17, R18, R24)', () => {
  it('words the two expiry reminders of a one-off booking', () => {
    const paid = recordPayment(orderPackage(openBookingAccount(), L1, '2026-01-31').account, 'A-1', '2026-01-31');
    if (!paid.ok) throw new Error(paid.reason);
    const [before, today] = advanceBookings(paid.account, '2026-12-31').notices;
    expect(explainNotice(before!, 'de')).toBe('Erinnerung: Ihr Paket HomeCloud L läuft in 5 Tagen ab (letzter Tag 27.02.2026). Jetzt verlängern, damit der Zugang nicht endet.');
    expect(explainNotice(before!, 'en')).toBe('Reminder: your package HomeCloud L expires in 5 days (last day 2026-02-27). Extend it now to keep your access.');
    expect(explainNotice(today!, 'de')).toBe('Erinnerung: Ihr Paket HomeCloud L läuft heute ab (letzter Tag 27.02.2026). Jetzt verlängern, damit der Zugang nicht endet.');
    expect(explainNotice(today!, 'en')).toBe('Reminder: your package HomeCloud L expires today (last day 2026-02-27). Extend it now to keep your access.');
  });

  it('words a lapse with the balance, the price and the first day without', () => {
    const lapse = advancePrepaid(basic(), '2026-04-01').notices[0]!;
    expect(explainNotice(lapse, 'de')).toBe('Prepaid Basic S nicht verlängert: Das Guthaben von 5,02 € deckt den Preis von 9,99 € nicht; ab 28.03.2026 nicht mehr aktiv.');
    expect(explainNotice(lapse, 'en')).toBe('Prepaid Basic S not renewed: the balance of €5.02 does not cover the price of €9.99; inactive from 2026-03-28.');
  });

  it('words the end of a cancelled item', () => {
    const booked = bookPrepaid(topUp(openPrepaidAccount('2026-03-05'), 500, '2026-03-05').account, SMS_FLAT, '2026-03-05', { kind: 'option' });
    if (!booked.ok) throw new Error(booked.reason);
    const end = advancePrepaid(cancelPrepaid(booked.account, 'sms', '2026-03-06').account, '2026-05-01').notices[0]!;
    expect(explainNotice(end, 'de')).toBe('SMS Flat gekündigt: ab 02.04.2026 nicht mehr aktiv.');
    expect(explainNotice(end, 'en')).toBe('SMS Flat cancelled: inactive from 2026-04-02.');
  });

  it('words amounts in the notice\'s currency', () => {
    const notice: Notice = {
      type: 'prepaidLapsed', on: '2026-03-28', itemId: 'x', kind: 'option', name: 'Roaming', priceCents: 1000, balanceCents: 250, missingCents: 750, currency: 'CHF',
    };
    expect(explainNotice(notice, 'de')).toBe('Roaming nicht verlängert: Das Guthaben von 2,50 CHF deckt den Preis von 10,00 CHF nicht; ab 28.03.2026 nicht mehr aktiv.');
  });

  it('refuses another locale and a notice with amounts that are no cents', () => {
    const lapse = advancePrepaid(basic(), '2026-04-01').notices[0]!;
    expectTarifkitError(() => explainNotice(lapse, 'fr' as never), 'INVALID_LOCALE', 'locale');
    expectTarifkitError(() => explainNotice({ ...lapse, balanceCents: '502' } as never, 'de'), 'INVALID_ARGUMENT', 'notice.balanceCents');
    expectTarifkitError(() => explainNotice({ ...lapse, on: 'soon' }, 'de'), 'INVALID_DATE');
  });
});

describe('explainRefusal for the prepaid, booking and cart refusals (R17–R20, R24)', () => {
  it('words the prepaid refusals from their details', () => {
    const short = bookPrepaid(openPrepaidAccount('2026-01-31'), BASIC_S, '2026-01-31');
    if (short.ok) throw new Error('expected a refusal');
    expect(explainRefusal(short, 'de')).toBe('Prepaid Basic S nicht gebucht: Das Guthaben von 0,00 € deckt den Preis von 9,99 € nicht; es fehlen 9,99 €.');
    const twice = bookPrepaid(basic(), BASIC_S, '2026-02-01');
    if (twice.ok) throw new Error('expected a refusal');
    expect(explainRefusal(twice, 'en')).toBe('Prepaid Basic S not booked: basic-s is still active.');
  });

  it('words a second payment and the voucher refusals', () => {
    const paid = recordPayment(orderPackage(openBookingAccount(), L1, '2026-01-31').account, 'A-1', '2026-01-31');
    if (!paid.ok) throw new Error(paid.reason);
    const again = recordPayment(paid.account, 'A-1', '2026-02-01');
    if (again.ok) throw new Error('expected a refusal');
    expect(explainRefusal(again, 'de')).toBe('Die Buchung A-1 ist bereits bezahlt (am 31.01.2026).');
    const words = (code: string, on: string, locale: 'de' | 'en'): string => {
      const result = applyVoucher(seedCart(), code, VOUCHERS, on);
      if (result.ok) throw new Error('expected a refusal');
      return explainRefusal(result, locale);
    };
    expect(words('GRATIS', '2026-03-10', 'de')).toBe('Der Gutscheincode GRATIS ist unbekannt.');
    expect(words('FRUEHLING10', '2026-02-10', 'de')).toBe('Der Gutschein FRUEHLING10 gilt noch nicht. Möglich ab 01.03.2026.');
    expect(words('FRUEHLING10', '2026-04-01', 'en')).toBe('The voucher FRUEHLING10 has expired (valid until 2026-03-31).');
  });
});

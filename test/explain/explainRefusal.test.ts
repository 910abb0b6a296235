/**
 * Every refusal of every module in words (R24), German and English: built by hand
 * in the one refusal shape `{ ok: false, reason, allowedFrom, details }`, every
 * reason worded from its details, with no placeholder left.
 */
import { describe, expect, it } from 'vitest';
import { checkPriceChange, checkWithdrawal, explainRefusal, type Locale, type Refusal, type RefusalDetails, type RefusalReason } from '../../src/index.js';
import { expectTarifkitError } from '../arbitraries/core.js';

/** Every key the words read, filled. */
const DETAILS: RefusalDetails = {
  planId: 'basic', planName: 'Basic', targetPlanName: 'Cloud Server', ground: 'businessClosure', contractEnd: '2027-01-01',
  bookedOn: '2026-03-07', lastDay: '2026-03-23', bookingId: 'users#1', effectiveOn: '2026-05-18', optionId: 'lte50',
  eventIndex: 3, eventType: 'upgrade', eventOn: '2026-06-20', reason: 'NOT_AN_UPGRADE', code: 'SOMMER10', name: 'Paket M', activeId: 'paket-m#2',
  priceCents: 1999, balanceCents: 500, missingCents: 1499, currency: 'EUR', paidOn: '2026-03-01', minimumCents: 5000, appliedCode: 'WINTER5',
  mandateReference: 'CRM-000123', signedOn: '2023-01-10', lastCollectedOn: '2023-03-23',
  notifiedOn: '2026-03-10', notifyFrom: '2026-03-18',
};

function refusal(reason: RefusalReason, details: RefusalDetails = DETAILS, allowedFrom: string | null = null): Refusal {
  return { ok: false, reason, allowedFrom, details };
}

/** The words of every reason; a reason missing here fails `tsc` (the record must name each one). */
const WORDS: Record<RefusalReason, Record<Locale, string>> = {
  OPTIONS_NOT_CHANGEABLE: {
    de: 'Die Optionen des Tarifs Basic lassen sich nicht einzeln ändern. Bitte wenden Sie sich an unseren Vertrieb.',
    en: 'The options of plan Basic cannot be changed one by one. Please contact sales.',
  },
  INCOMPATIBLE_PLAN: {
    de: 'Ein Wechsel von Basic zu Cloud Server ist im laufenden Vertrag nicht möglich. Bitte wenden Sie sich an unseren Vertrieb.',
    en: 'Switching from Basic to Cloud Server is not possible within the running contract. Please contact sales.',
  },
  NOT_AN_UPGRADE: {
    de: 'Die gewünschte Konfiguration ist günstiger als Basic bisher: Ein Downgrade ist während der Vertragslaufzeit nicht möglich.',
    en: 'The configuration asked for costs less than Basic so far: a downgrade is not possible during the term.',
  },
  NOT_A_DOWNGRADE: {
    de: 'Die gewünschte Konfiguration ist teurer als Basic bisher: Das ist ein Upgrade.',
    en: 'The configuration asked for costs more than Basic so far: that is an upgrade.',
  },
  NO_SPECIAL_TERMINATION_RIGHT: {
    de: 'Das Schließen einer Firma gilt nicht als Sonderkündigungsrecht, um den bestehenden Vertrag frühzeitig zu beenden.',
    en: 'Closing a business is no special right to end the contract early.',
  },
  ALREADY_CANCELLED: {
    de: 'Der Vertrag ist bereits gekündigt und endet zum 31.12.2026.',
    en: 'The contract is already cancelled and ends on 2026-12-31.',
  },
  CONTRACT_ENDS_FIRST: {
    de: 'Der Vertrag endet zum 31.12.2026, bevor die Änderung wirksam würde.',
    en: 'The contract ends on 2026-12-31, before the change would take effect.',
  },
  WITHDRAWAL_WINDOW_CLOSED: {
    de: 'Widerruf nicht mehr möglich: Die Widerrufsfrist endete am 23.03.2026.',
    en: 'Withdrawal no longer possible: the withdrawal period ended on 2026-03-23.',
  },
  END_ALREADY_SCHEDULED: {
    de: 'Für users#1 ist das Ende bereits vorgemerkt: aktiv bis 17.05.2026.',
    en: 'The end of users#1 is already scheduled: active until 2026-05-17.',
  },
  ALREADY_BOOKED: {
    de: 'Die Option lte50 ist bereits gebucht (users#1).',
    en: 'The option lte50 is already booked (users#1).',
  },
  CONFLICTS_WITH_LATER_EVENTS: {
    de: 'Die rückwirkende Änderung passt nicht zu einer späteren: upgrade am 20.06.2026 (NOT_AN_UPGRADE).',
    en: 'The backdated change does not fit a later one: upgrade on 2026-06-20 (NOT_AN_UPGRADE).',
  },
  INSUFFICIENT_BALANCE: {
    de: 'Paket M nicht gebucht: Das Guthaben von 5,00 € deckt den Preis von 19,99 € nicht; es fehlen 14,99 €.',
    en: 'Paket M not booked: the balance of €5.00 does not cover the price of €19.99; €14.99 missing.',
  },
  ALREADY_ACTIVE: {
    de: 'Paket M nicht gebucht: paket-m#2 ist noch aktiv.',
    en: 'Paket M not booked: paket-m#2 is still active.',
  },
  ALREADY_PAID: {
    de: 'Die Buchung users#1 ist bereits bezahlt (am 01.03.2026).',
    en: 'The booking users#1 is already paid (on 2026-03-01).',
  },
  UNKNOWN_VOUCHER: {
    de: 'Der Gutscheincode SOMMER10 ist unbekannt.',
    en: 'The voucher code SOMMER10 is unknown.',
  },
  VOUCHER_NOT_YET_VALID: {
    de: 'Der Gutschein SOMMER10 gilt noch nicht.',
    en: 'The voucher SOMMER10 is not valid yet.',
  },
  VOUCHER_EXPIRED: {
    de: 'Der Gutschein SOMMER10 ist abgelaufen (gültig bis 23.03.2026).',
    en: 'The voucher SOMMER10 has expired (valid until 2026-03-23).',
  },
  BELOW_MINIMUM_ORDER: {
    de: 'Der Gutschein SOMMER10 gilt ab einem Bestellwert von 50,00 €; es fehlen 14,99 €.',
    en: 'The voucher SOMMER10 needs an order of at least €50.00; €14.99 missing.',
  },
  VOUCHER_ALREADY_APPLIED: {
    de: 'Der Gutschein SOMMER10 kann nicht zusätzlich eingelöst werden: Pro Bestellung gilt ein Gutschein, WINTER5 ist bereits eingelöst.',
    en: 'The voucher SOMMER10 cannot be added: one voucher per order, and WINTER5 is already redeemed.',
  },
  MANDATE_LAPSED: {
    de: 'Das Lastschriftmandat CRM-000123 ist erloschen: Es wurde 36 Monate lang nicht genutzt (letzte Lastschrift am 23.03.2023, gültig bis 23.03.2026). Für weitere Lastschriften ist ein neues Mandat nötig.',
    en: 'The direct debit mandate CRM-000123 has lapsed: it was not used for 36 months (last collection on 2023-03-23, valid until 2026-03-23). Further direct debits need a new mandate.',
  },
  PRICE_CHANGE_NOTICE_TOO_SHORT: {
    de: 'Die Preisänderung ab 18.05.2026 wurde am 10.03.2026 mitgeteilt, weniger als einen Monat vorher (§ 57 Abs. 2 TKG).',
    en: 'The price change from 2026-05-18 was notified on 2026-03-10, less than one month ahead (TKG §57 (2)).',
  },
  NO_WITHDRAWAL_RIGHT: {
    de: 'Ein Widerrufsrecht besteht nur für Verbraucher, nicht für Geschäftskunden (§ 312g BGB).',
    en: 'Only consumers have a right of withdrawal, business customers have none (BGB §312g).',
  },
  PRICE_CHANGE_NOTIFIED_TOO_EARLY: {
    de: 'Die Preisänderung ab 18.05.2026 wurde am 10.03.2026 mitgeteilt, mehr als zwei Monate vorher (§ 57 Abs. 2 TKG). Eine neue Mitteilung ist ab 18.03.2026 möglich.',
    en: 'The price change from 2026-05-18 was notified on 2026-03-10, more than two months ahead (TKG §57 (2)). A new notification is possible from 2026-03-18.',
  },
};

const REASONS = Object.keys(WORDS) as RefusalReason[];

/** Text that shows a detail was missing or unread: undefined, null, NaN, braces, an empty slot. */
function placeholders(text: string): string[] {
  const found: string[] = [];
  for (const pattern of [/undefined/, /\bnull\b/, /NaN/, /[{}]/, /\$\{/, / {2}/, / [.,;:)]/, /\(\)/, /\[object/]) {
    if (pattern.test(text)) found.push(String(pattern));
  }
  return found;
}

describe('explainRefusal (R24)', () => {
  it('knows all twenty-three reasons', () => {
    expect(REASONS).toHaveLength(23);
  });

  describe.each(REASONS)('%s', (reason) => {
    it('is worded in German and English from its details, with no placeholder left', () => {
      for (const locale of ['de', 'en'] as const) {
        const text = explainRefusal(refusal(reason), locale);
        expect(text).toBe(WORDS[reason][locale]);
        expect(placeholders(text)).toEqual([]);
      }
    });

    it('adds the day from which the change is possible, in each language\'s date form', () => {
      const dated = refusal(reason, DETAILS, '2027-01-01');
      expect(explainRefusal(dated, 'de')).toBe(`${WORDS[reason].de} Möglich ab 01.01.2027.`);
      expect(explainRefusal(dated, 'en')).toBe(`${WORDS[reason].en} Possible from 2027-01-01.`);
    });

    it('never shows undefined, null or NaN, even with no details at all', () => {
      for (const locale of ['de', 'en'] as const) {
        expect(explainRefusal(refusal(reason, {}), locale)).not.toMatch(/undefined|\bnull\b|NaN|\[object/);
      }
    });
  });

  it('words the other ground of a special termination, and amounts in their currency', () => {
    expect(explainRefusal(refusal('NO_SPECIAL_TERMINATION_RIGHT', { planName: 'Basic', ground: 'relocation' }), 'de'))
      .toBe('Ein Sonderkündigungsrecht, um den Vertrag frühzeitig zu beenden, besteht nicht.');
    expect(explainRefusal(refusal('NO_SPECIAL_TERMINATION_RIGHT', { ground: null }), 'en')).toBe('There is no special right to end the contract early.');
    expect(explainRefusal(refusal('INSUFFICIENT_BALANCE', { ...DETAILS, currency: 'USD' }), 'en'))
      .toBe('Paket M not booked: the balance of $5.00 does not cover the price of $19.99; $14.99 missing.');
    expect(explainRefusal(refusal('CONFLICTS_WITH_LATER_EVENTS', { eventIndex: 0, eventType: 'cancel', code: 'OUT_OF_ORDER' }), 'en'))
      .toBe('The backdated change does not fit a later one: cancel (OUT_OF_ORDER).');
  });

  it('words the refusal checkWithdrawal returns (R13)', () => {
    const late = checkWithdrawal('2026-03-07', '2026-03-24');
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(explainRefusal(late, 'de')).toBe('Widerruf nicht mehr möglich: Die Widerrufsfrist endete am 23.03.2026.');
    expect(explainRefusal(late, 'en')).toBe('Withdrawal no longer possible: the withdrawal period ended on 2026-03-23.');
    expect(explainRefusal(JSON.parse(JSON.stringify(late)) as Refusal, 'en')).toBe(explainRefusal(late, 'en'));
  });

  it('words the refusals checkPriceChange returns (R32, TKG §57)', () => {
    const short = checkPriceChange({ notifiedOn: '2026-10-15', effectiveOn: '2026-11-01' });
    expect(short.ok).toBe(false);
    if (short.ok) return;
    expect(explainRefusal(short, 'de')).toBe('Die Preisänderung ab 01.11.2026 wurde am 15.10.2026 mitgeteilt, weniger als einen Monat vorher (§ 57 Abs. 2 TKG). Möglich ab 15.11.2026.');
    expect(explainRefusal(short, 'en')).toBe('The price change from 2026-11-01 was notified on 2026-10-15, less than one month ahead (TKG §57 (2)). Possible from 2026-11-15.');
    const early = checkPriceChange({ notifiedOn: '2026-08-15', effectiveOn: '2026-11-01' });
    expect(early.ok).toBe(false);
    if (early.ok) return;
    expect(explainRefusal(early, 'de')).toBe('Die Preisänderung ab 01.11.2026 wurde am 15.08.2026 mitgeteilt, mehr als zwei Monate vorher (§ 57 Abs. 2 TKG). Eine neue Mitteilung ist ab 01.09.2026 möglich.');
    expect(explainRefusal(early, 'en')).toBe('The price change from 2026-11-01 was notified on 2026-08-15, more than two months ahead (TKG §57 (2)). A new notification is possible from 2026-09-01.');
  });

  it('takes a full locale tag by its language', () => {
    expect(explainRefusal(refusal('UNKNOWN_VOUCHER'), 'de-DE' as Locale)).toBe(WORDS.UNKNOWN_VOUCHER.de);
  });

  it('does not mutate the refusal', () => {
    const frozen = Object.freeze({ ...refusal('ALREADY_PAID'), details: Object.freeze({ ...DETAILS }) });
    const before = JSON.stringify(frozen);
    explainRefusal(frozen, 'de');
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it('refuses another locale (INVALID_LOCALE) and something that is no refusal (INVALID_ARGUMENT naming refusal)', () => {
    expectTarifkitError(() => explainRefusal(refusal('UNKNOWN_VOUCHER'), 'fr' as Locale), 'INVALID_LOCALE', 'locale');
    const bad: unknown[] = [null, undefined, 'WITHDRAWAL_WINDOW_CLOSED', { ok: true, reason: 'UNKNOWN_VOUCHER' }, { ok: false, reason: 'SOMETHING' },
      { ok: false }, { ok: false, reason: 'toString' }, { reason: 'UNKNOWN_VOUCHER', allowedFrom: null, details: {} }];
    for (const value of bad) expectTarifkitError(() => explainRefusal(value as Refusal, 'en'), 'INVALID_ARGUMENT', 'refusal');
  });

  it('refuses a date in the details or allowedFrom that is no date with INVALID_DATE, not a TypeError', () => {
    expectTarifkitError(() => explainRefusal(refusal('WITHDRAWAL_WINDOW_CLOSED', { lastDay: '23.03.2026' }), 'de'), 'INVALID_DATE');
    expectTarifkitError(() => explainRefusal(refusal('UNKNOWN_VOUCHER', DETAILS, 'soon'), 'de'), 'INVALID_DATE');
  });
});

import { fail, isRecord } from '../errors/fail.js';
import { localeOf } from '../money/formatMoney.js';
import type { Locale, LocaleTag } from '../money/types.js';
import type { Refusal, RefusalDetails, RefusalReason } from '../refusal/types.js';
import { dateText, moneyText } from './words.js';

type Words = (d: RefusalDetails, locale: Locale) => string;

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
function date(value: unknown, locale: Locale, shift = 0): string {
  return typeof value === 'string' ? dateText(value, locale, shift) : '';
}
function amount(d: RefusalDetails, key: string, locale: Locale): string {
  return moneyText(typeof d[key] === 'number' ? (d[key] as number) : 0, typeof d.currency === 'string' ? d.currency : 'EUR', locale);
}

/** A mandate reference after a space, or nothing. */
function reference(d: RefusalDetails): string {
  return typeof d.mandateReference === 'string' && d.mandateReference !== '' ? ` ${d.mandateReference}` : '';
}

/** When a lapsed mandate was last used and until when it held, in brackets; empty without the dates. */
function mandateUse(d: RefusalDetails, l: Locale): string {
  const parts: string[] = [];
  if (typeof d.lastCollectedOn === 'string') parts.push(l === 'de' ? `letzte Lastschrift am ${date(d.lastCollectedOn, l)}` : `last collection on ${date(d.lastCollectedOn, l)}`);
  else if (typeof d.signedOn === 'string') parts.push(l === 'de' ? `erteilt am ${date(d.signedOn, l)}, nie genutzt` : `signed on ${date(d.signedOn, l)}, never used`);
  if (typeof d.lastDay === 'string') parts.push(l === 'de' ? `gültig bis ${date(d.lastDay, l)}` : `valid until ${date(d.lastDay, l)}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

const REFUSALS: Readonly<Record<RefusalReason, Readonly<Record<Locale, Words>>>> = {
  OPTIONS_NOT_CHANGEABLE: {
    de: (d) => `Die Optionen des Tarifs ${text(d.planName)} lassen sich nicht einzeln ändern. Bitte wenden Sie sich an unseren Vertrieb.`,
    en: (d) => `The options of plan ${text(d.planName)} cannot be changed one by one. Please contact sales.`,
  },
  INCOMPATIBLE_PLAN: {
    de: (d) => `Ein Wechsel von ${text(d.planName)} zu ${text(d.targetPlanName)} ist im laufenden Vertrag nicht möglich. Bitte wenden Sie sich an unseren Vertrieb.`,
    en: (d) => `Switching from ${text(d.planName)} to ${text(d.targetPlanName)} is not possible within the running contract. Please contact sales.`,
  },
  NOT_AN_UPGRADE: {
    de: (d) => `Die gewünschte Konfiguration ist günstiger als ${text(d.planName)} bisher: Ein Downgrade ist während der Vertragslaufzeit nicht möglich.`,
    en: (d) => `The configuration asked for costs less than ${text(d.planName)} so far: a downgrade is not possible during the term.`,
  },
  NOT_A_DOWNGRADE: {
    de: (d) => `Die gewünschte Konfiguration ist teurer als ${text(d.planName)} bisher: Das ist ein Upgrade.`,
    en: (d) => `The configuration asked for costs more than ${text(d.planName)} so far: that is an upgrade.`,
  },
  NO_SPECIAL_TERMINATION_RIGHT: {
    de: (d) => (d.ground === 'businessClosure'
      ? 'Das Schließen einer Firma gilt nicht als Sonderkündigungsrecht, um den bestehenden Vertrag frühzeitig zu beenden.'
      : 'Ein Sonderkündigungsrecht, um den Vertrag frühzeitig zu beenden, besteht nicht.'),
    en: (d) => (d.ground === 'businessClosure'
      ? 'Closing a business is no special right to end the contract early.'
      : 'There is no special right to end the contract early.'),
  },
  ALREADY_CANCELLED: {
    de: (d, l) => (typeof d.contractEnd === 'string' ? `Der Vertrag ist bereits gekündigt und endet zum ${date(d.contractEnd, l, -1)}.` : 'Der Vertrag ist bereits gekündigt.'),
    en: (d, l) => (typeof d.contractEnd === 'string' ? `The contract is already cancelled and ends on ${date(d.contractEnd, l, -1)}.` : 'The contract is already cancelled.'),
  },
  CONTRACT_ENDS_FIRST: {
    de: (d, l) => (typeof d.contractEnd === 'string' ? `Der Vertrag endet zum ${date(d.contractEnd, l, -1)}, bevor die Änderung wirksam würde.` : 'Der Vertrag endet, bevor die Änderung wirksam würde.'),
    en: (d, l) => (typeof d.contractEnd === 'string' ? `The contract ends on ${date(d.contractEnd, l, -1)}, before the change would take effect.` : 'The contract ends before the change would take effect.'),
  },
  WITHDRAWAL_WINDOW_CLOSED: {
    de: (d, l) => `Widerruf nicht mehr möglich: Die Widerrufsfrist endete am ${date(d.lastDay, l)}.`,
    en: (d, l) => `Withdrawal no longer possible: the withdrawal period ended on ${date(d.lastDay, l)}.`,
  },
  NO_WITHDRAWAL_RIGHT: {
    de: () => 'Ein Widerrufsrecht besteht nur für Verbraucher, nicht für Geschäftskunden (§ 312g BGB).',
    en: () => 'Only consumers have a right of withdrawal, business customers have none (BGB §312g).',
  },
  END_ALREADY_SCHEDULED: {
    de: (d, l) => (typeof d.effectiveOn === 'string'
      ? `Für ${text(d.bookingId)} ist das Ende bereits vorgemerkt: aktiv bis ${date(d.effectiveOn, l, -1)}.`
      : `Für ${text(d.bookingId)} ist das Ende bereits vorgemerkt.`),
    en: (d, l) => (typeof d.effectiveOn === 'string'
      ? `The end of ${text(d.bookingId)} is already scheduled: active until ${date(d.effectiveOn, l, -1)}.`
      : `The end of ${text(d.bookingId)} is already scheduled.`),
  },
  ALREADY_BOOKED: {
    de: (d) => `Die Option ${text(d.optionId)} ist bereits gebucht (${text(d.bookingId)}).`,
    en: (d) => `The option ${text(d.optionId)} is already booked (${text(d.bookingId)}).`,
  },
  CONFLICTS_WITH_LATER_EVENTS: {
    de: (d, l) => `Die rückwirkende Änderung passt nicht zu einer späteren: ${text(d.eventType)}${typeof d.eventOn === 'string' ? ` am ${date(d.eventOn, l)}` : ''} (${text(d.reason ?? d.code)}).`,
    en: (d, l) => `The backdated change does not fit a later one: ${text(d.eventType)}${typeof d.eventOn === 'string' ? ` on ${date(d.eventOn, l)}` : ''} (${text(d.reason ?? d.code)}).`,
  },
  INSUFFICIENT_BALANCE: {
    de: (d, l) => `${text(d.name)} nicht gebucht: Das Guthaben von ${amount(d, 'balanceCents', l)} deckt den Preis von ${amount(d, 'priceCents', l)} nicht; es fehlen ${amount(d, 'missingCents', l)}.`,
    en: (d, l) => `${text(d.name)} not booked: the balance of ${amount(d, 'balanceCents', l)} does not cover the price of ${amount(d, 'priceCents', l)}; ${amount(d, 'missingCents', l)} missing.`,
  },
  ALREADY_ACTIVE: {
    de: (d) => `${text(d.name)} nicht gebucht: ${text(d.activeId)} ist noch aktiv.`,
    en: (d) => `${text(d.name)} not booked: ${text(d.activeId)} is still active.`,
  },
  ALREADY_PAID: {
    de: (d, l) => `Die Buchung ${text(d.bookingId)} ist bereits bezahlt (am ${date(d.paidOn, l)}).`,
    en: (d, l) => `The booking ${text(d.bookingId)} is already paid (on ${date(d.paidOn, l)}).`,
  },
  UNKNOWN_VOUCHER: {
    de: (d) => `Der Gutscheincode ${text(d.code)} ist unbekannt.`,
    en: (d) => `The voucher code ${text(d.code)} is unknown.`,
  },
  VOUCHER_NOT_YET_VALID: {
    de: (d) => `Der Gutschein ${text(d.code)} gilt noch nicht.`,
    en: (d) => `The voucher ${text(d.code)} is not valid yet.`,
  },
  VOUCHER_EXPIRED: {
    de: (d, l) => `Der Gutschein ${text(d.code)} ist abgelaufen (gültig bis ${date(d.lastDay, l)}).`,
    en: (d, l) => `The voucher ${text(d.code)} has expired (valid until ${date(d.lastDay, l)}).`,
  },
  BELOW_MINIMUM_ORDER: {
    de: (d, l) => `Der Gutschein ${text(d.code)} gilt ab einem Bestellwert von ${amount(d, 'minimumCents', l)}; es fehlen ${amount(d, 'missingCents', l)}.`,
    en: (d, l) => `The voucher ${text(d.code)} needs an order of at least ${amount(d, 'minimumCents', l)}; ${amount(d, 'missingCents', l)} missing.`,
  },
  VOUCHER_ALREADY_APPLIED: {
    de: (d) => `Der Gutschein ${text(d.code)} kann nicht zusätzlich eingelöst werden: Pro Bestellung gilt ein Gutschein, ${text(d.appliedCode)} ist bereits eingelöst.`,
    en: (d) => `The voucher ${text(d.code)} cannot be added: one voucher per order, and ${text(d.appliedCode)} is already redeemed.`,
  },
  MANDATE_LAPSED: {
    de: (d, l) => `Das Lastschriftmandat${reference(d)} ist erloschen: Es wurde 36 Monate lang nicht genutzt${mandateUse(d, l)}. Für weitere Lastschriften ist ein neues Mandat nötig.`,
    en: (d, l) => `The direct debit mandate${reference(d)} has lapsed: it was not used for 36 months${mandateUse(d, l)}. Further direct debits need a new mandate.`,
  },
  PRICE_CHANGE_NOTICE_TOO_SHORT: {
    de: (d, l) => `Die Preisänderung ab ${date(d.effectiveOn, l)} wurde am ${date(d.notifiedOn, l)} mitgeteilt, weniger als einen Monat vorher (§ 57 Abs. 2 TKG).`,
    en: (d, l) => `The price change from ${date(d.effectiveOn, l)} was notified on ${date(d.notifiedOn, l)}, less than one month ahead (TKG §57 (2)).`,
  },
  PRICE_CHANGE_NOTIFIED_TOO_EARLY: {
    de: (d, l) => `Die Preisänderung ab ${date(d.effectiveOn, l)} wurde am ${date(d.notifiedOn, l)} mitgeteilt, mehr als zwei Monate vorher (§ 57 Abs. 2 TKG).${typeof d.notifyFrom === 'string' ? ` Eine neue Mitteilung ist ab ${date(d.notifyFrom, l)} möglich.` : ''}`,
    en: (d, l) => `The price change from ${date(d.effectiveOn, l)} was notified on ${date(d.notifiedOn, l)}, more than two months ahead (TKG §57 (2)).${typeof d.notifyFrom === 'string' ? ` A new notification is possible from ${date(d.notifyFrom, l)}.` : ''}`,
  },
};

const POSSIBLE_FROM: Readonly<Record<Locale, (date: string) => string>> = {
  de: (d) => `Möglich ab ${d}.`,
  en: (d) => `Possible from ${d}.`,
};

/**
 * Words any refusal of any module for the customer or a support agent (R24),
 * in German or English: why the change is refused and, where there is one, the
 * day from which it is possible.
 *
 * @param refusal - a result with `ok: false`
 * @param locale - `"de"` or `"en"`
 * @returns one or two sentences
 * @throws TarifkitError `INVALID_LOCALE`, `INVALID_ARGUMENT` for something that is no refusal
 * @example
 * ```ts
 * import { checkWithdrawal, explainRefusal } from 'tarifkit';
 *
 * const late = checkWithdrawal('2026-03-07', '2026-03-24');
 * if (!late.ok) explainRefusal(late, 'de'); // "Widerruf nicht mehr möglich: Die Widerrufsfrist endete am 23.03.2026."
 * ```
 */
export function explainRefusal(refusal: Refusal, locale: LocaleTag): string {
  const language = localeOf(locale);
  if (!isRecord(refusal) || refusal.ok !== false || typeof refusal.reason !== 'string' || !Object.hasOwn(REFUSALS, refusal.reason)) {
    fail('INVALID_ARGUMENT', 'refusal', refusal);
  }
  const details: RefusalDetails = isRecord(refusal.details) ? (refusal.details as RefusalDetails) : {};
  // Details hold names, ids, cents and days only: anything else is no refusal tarifkit wrote.
  for (const key of Object.keys(details)) {
    const value: unknown = details[key];
    if (value !== null && typeof value === 'object') fail('INVALID_ARGUMENT', `refusal.details.${key}`, value, { reason: 'expected text, a number, true or false, or null' });
  }
  let out = (REFUSALS[refusal.reason as RefusalReason] as Readonly<Record<Locale, Words>>)[language](details, language);
  if (typeof refusal.allowedFrom === 'string') out += ` ${POSSIBLE_FROM[language](dateText(refusal.allowedFrom, language))}`;
  return out;
}

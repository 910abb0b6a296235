import { fail, isRecord } from '../errors/fail.js';
import { localeOf } from '../money/formatMoney.js';
import type { Locale } from '../money/types.js';
import type { SubscriptionNotice } from '../subscription/types.js';
import { dateText } from './words.js';

/** Every notice {@link explainNotice} words. */
export type Notice = SubscriptionNotice;

type Words = (notice: never, locale: Locale) => string;

const NOTICES: Readonly<Record<Notice['type'], Readonly<Record<Locale, Words>>>> = {
  termRenewed: {
    de: (n: Extract<Notice, { type: 'termRenewed' }>, l) => `Vertrag verlängert: neue Laufzeit ${dateText(n.term.start, l)}\u2013${dateText(n.term.end, l, -1)}.`,
    en: (n: Extract<Notice, { type: 'termRenewed' }>, l) => `Contract renewed: new term ${dateText(n.term.start, l)}\u2013${dateText(n.term.end, l, -1)}.`,
  },
  cancellationDeadline: {
    de: (n: Extract<Notice, { type: 'cancellationDeadline' }>, l) => `Heute ist der letzte Tag, um zum ${dateText(n.termEnd, l, -1)} zu kündigen.`,
    en: (n: Extract<Notice, { type: 'cancellationDeadline' }>, l) => `Today is the last day to cancel for ${dateText(n.termEnd, l, -1)}.`,
  },
  downgradeInForce: {
    de: (n: Extract<Notice, { type: 'downgradeInForce' }>, l) => `Ab ${dateText(n.on, l)} gilt ${n.name}.`,
    en: (n: Extract<Notice, { type: 'downgradeInForce' }>, l) => `From ${dateText(n.on, l)} on, ${n.name} applies.`,
  },
  contractEnded: {
    de: (n: Extract<Notice, { type: 'contractEnded' }>, l) => `Der Vertrag ist zum ${dateText(n.on, l, -1)} beendet.`,
    en: (n: Extract<Notice, { type: 'contractEnded' }>, l) => `The contract ended on ${dateText(n.on, l, -1)}.`,
  },
  addOnQuantityChanged: {
    de: (n: Extract<Notice, { type: 'addOnQuantityChanged' }>, l) => `${n.bookingId}: ab ${dateText(n.on, l)} Menge ${n.quantity}.`,
    en: (n: Extract<Notice, { type: 'addOnQuantityChanged' }>, l) => `${n.bookingId}: quantity ${n.quantity} from ${dateText(n.on, l)}.`,
  },
  addOnEnded: {
    de: (n: Extract<Notice, { type: 'addOnEnded' }>, l) => `${n.name} (${n.bookingId}) ist zum ${dateText(n.on, l, -1)} beendet.`,
    en: (n: Extract<Notice, { type: 'addOnEnded' }>, l) => `${n.name} (${n.bookingId}) ended on ${dateText(n.on, l, -1)}.`,
  },
  optionActivated: {
    de: (n: Extract<Notice, { type: 'optionActivated' }>, l) => `${n.name} (${n.bookingId}) ist ab ${dateText(n.on, l)} aktiv.`,
    en: (n: Extract<Notice, { type: 'optionActivated' }>, l) => `${n.name} (${n.bookingId}) is active from ${dateText(n.on, l)}.`,
  },
  optionRenewed: {
    de: (n: Extract<Notice, { type: 'optionRenewed' }>, l) => `${n.name} (${n.bookingId}) verlängert bis ${dateText(n.period.end, l, -1)}.`,
    en: (n: Extract<Notice, { type: 'optionRenewed' }>, l) => `${n.name} (${n.bookingId}) renewed until ${dateText(n.period.end, l, -1)}.`,
  },
  optionEnded: {
    de: (n: Extract<Notice, { type: 'optionEnded' }>, l) => `${n.name} (${n.bookingId}) ist zum ${dateText(n.on, l, -1)} beendet.`,
    en: (n: Extract<Notice, { type: 'optionEnded' }>, l) => `${n.name} (${n.bookingId}) ended on ${dateText(n.on, l, -1)}.`,
  },
};

/**
 * Words a notice for the customer (R15, R24), in German or English: a renewal,
 * the last day to cancel, a downgrade in force, the contract's end, an add-on's
 * new quantity or end, an option activated, renewed or ended.
 *
 * @param notice - a notice from {@link advance}
 * @param locale - `"de"` or `"en"`
 * @returns one sentence
 * @throws TarifkitError `INVALID_LOCALE`, `INVALID_ARGUMENT` for something that is no notice
 * @example
 * ```ts
 * import { explainNotice } from 'tarifkit';
 *
 * explainNotice({ type: 'addOnEnded', on: '2026-05-18', bookingId: 'storage#2', name: 'Speicherpaket 10 GB' }, 'de');
 * // "Speicherpaket 10 GB (storage#2) ist zum 17.05.2026 beendet."
 * ```
 */
export function explainNotice(notice: Notice, locale: Locale): string {
  const language = localeOf(locale);
  if (!isRecord(notice) || typeof notice.type !== 'string' || !Object.hasOwn(NOTICES, notice.type)) fail('INVALID_ARGUMENT', 'notice', notice);
  return ((NOTICES[notice.type as Notice['type']] as Readonly<Record<Locale, Words>>)[language] as (n: Notice, l: Locale) => string)(notice, language);
}

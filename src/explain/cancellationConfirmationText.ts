import { dayOfIso } from '../calendar/days.js';
import { contractOf } from '../contract/contractLines.js';
import type { Contract, ContractVersion } from '../contract/types.js';
import { fail, optionsOf } from '../errors/fail.js';
import { localeOf } from '../money/formatMoney.js';
import type { Locale, LocaleTag } from '../money/types.js';
import type { InstantInput } from '../rules/types.js';
import { DEFAULT_TIME_ZONE, instantNsOf, localDayOf, timeZoneOf, zonedOf } from '../rules/zone.js';
import { dateText } from './words.js';

/** Options for {@link cancellationConfirmationText}. */
export interface CancellationConfirmationOptions {
  /**
   * The instant the cancellation arrived, for the time of receipt §312k (4) BGB asks for
   * (`"2027-03-10T14:05:00+01:00"`, `"2027-03-10T13:05:00Z"`). It must fall on the
   * cancellation's `receivedOn` in `timeZone`. Default: the date alone.
   */
  readonly receivedAt?: InstantInput;
  /** The customer's time zone, in which the time of receipt is shown. Default `"Europe/Berlin"`. */
  readonly timeZone?: string;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

const WORDS: Readonly<Record<Locale, (name: string, received: string, time: string, lastDay: string) => string>> = {
  de: (name, received, time, lastDay) =>
    `Wir bestätigen den Eingang Ihrer Kündigung des Vertrags ${name} am ${received}${time === '' ? '' : ` um ${time} Uhr`}. Der Vertrag endet zum ${lastDay}; das ist der letzte Vertragstag.`,
  en: (name, received, time, lastDay) =>
    `We confirm receipt of your cancellation of the contract ${name} on ${received}${time === '' ? '' : ` at ${time}`}. The contract ends on ${lastDay}, its last day.`,
};

/**
 * The confirmation of a cancellation that §312k (4) BGB asks for (R32), in German or
 * English: which contract, when the cancellation arrived (the date, and the time when
 * given) and the day the contract ends (its last day). Send it at once, in text form.
 *
 * @param contract - a cancelled contract, as the subscription holds it after a `cancel` event
 * @param locale - `"de"` or `"en"`
 * @param options - the instant of receipt and the customer's time zone
 * @returns two sentences
 * @throws TarifkitError `INVALID_ARGUMENT` for something that is no contract or a contract not
 *   cancelled (field `contract.cancellation`), `INVALID_LOCALE`, `INVALID_INSTANT` /
 *   `DATE_OUT_OF_RANGE` (field `options.receivedAt`), `NOT_WITHIN` (field `options.receivedAt`) for an
 *   instant on another day than the cancellation's `receivedOn`, `INVALID_TIME_ZONE`
 * @example
 * ```ts
 * import { advance, applyEvent, cancellationConfirmationText, createCatalog, createSubscription } from 'tarifkit';
 *
 * // A telecom plan for small businesses (TKG §71 (3)), renewed tacitly on 2027-01-01.
 * const catalog = createCatalog({ plans: [{
 *   id: 'office', name: 'Office Fiber', price: { cents: 4990, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' },
 *   termMonths: 12, renewal: { kind: 'fixed', months: 12 },
 *   policy: { optionsChangeable: false, notice: { unit: 'month', count: 3 }, customer: 'business', telecom: true, smallBusiness: true },
 * }] });
 * const { subscription } = advance(createSubscription(catalog, { planId: 'office', start: '2026-01-01' }), '2027-03-10');
 * const done = applyEvent(subscription, { type: 'cancel', on: '2027-03-10' });
 * if (done.ok) done.subscription.contract.cancellation!.lastDay; // "2027-04-10": one month's notice (TKG §56 (3))
 * if (done.ok) cancellationConfirmationText(done.subscription.contract, 'de', { receivedAt: '2027-03-10T14:05:00+01:00' }); // "Wir bestätigen den Eingang Ihrer Kündigung des Vertrags Office Fiber am 10.03.2027 um 14:05 Uhr. Der Vertrag endet zum 10.04.2027; das ist der letzte Vertragstag."
 * ```
 */
export function cancellationConfirmationText(contract: Contract, locale: LocaleTag, options?: CancellationConfirmationOptions): string {
  const checked = contractOf(contract, 'contract');
  const language = localeOf(locale);
  const cancellation = checked.cancellation;
  if (cancellation === null) fail('INVALID_ARGUMENT', 'contract.cancellation', null, { reason: 'the contract is not cancelled' });
  const opts = optionsOf(options);
  const zone = timeZoneOf(opts.timeZone ?? DEFAULT_TIME_ZONE, 'options.timeZone');
  let time = '';
  if (opts.receivedAt !== undefined) {
    const ns = instantNsOf(opts.receivedAt, 'options.receivedAt');
    if (localDayOf(ns, zone) !== dayOfIso(cancellation.receivedOn)) {
      fail('NOT_WITHIN', 'options.receivedAt', opts.receivedAt, { receivedOn: cancellation.receivedOn, timeZone: zone });
    }
    const zoned = zonedOf(ns, zone);
    time = `${twoDigits(zoned.hour)}:${twoDigits(zoned.minute)}`;
  }
  // The contract's name on the day the cancellation arrived: the version then in force.
  let version = checked.versions[0] as ContractVersion;
  for (const v of checked.versions) if (v.from <= cancellation.receivedOn) version = v;
  return WORDS[language](version.item.name, dateText(cancellation.receivedOn, language), time, dateText(cancellation.lastDay, language));
}

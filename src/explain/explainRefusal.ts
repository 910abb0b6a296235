import type { Temporal } from '@js-temporal/polyfill';
import { epochDayFromPlainDate } from '../calendar/epochDay.js';
import type { ChangeRefused, ContractRefusal } from '../contract/types.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import type { Locale } from '../money/types.js';
import {
  BUSINESS_CLOSURE_WORDS,
  CONTRACT_REFUSAL_WORDS,
  POSSIBLE_FROM_WORDS,
  UNKNOWN_REFUSAL_WORDS,
} from './contractMessages.js';
import { formatEpochDay } from './formatDate.js';

/**
 * Any refusal: the typed refusals of the contract module, a refused result that
 * carries one, or any value with a `reason` and an `allowedFrom`.
 */
export type RefusalLike =
  | ContractRefusal
  | ChangeRefused
  | { readonly reason: string; readonly allowedFrom: Temporal.PlainDate | null };

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * Words a refusal for the customer or a support agent (R24), in German or
 * English: why the change is refused and, where there is one, the day from which
 * it is possible. Days print as `01.01.2027` (de) or `2027-01-01` (en); the
 * contract's end prints as its last day.
 *
 * @param refusal - a refusal, or a refused result (`ok: false`)
 * @param locale - `"de"` or `"en"`
 * @returns one or two sentences
 * @throws TarifkitError `INVALID_LOCALE` for another locale
 * @example
 * ```ts
 * // R4: a plan whose options cannot change.
 * explainRefusal(result, 'de');
 * // "Die Optionen des Tarifs Managed Server lassen sich nicht einzeln ändern. Bitte wenden Sie sich an unseren Vertrieb."
 * // R3: an "upgrade" that costs less is a downgrade, possible at the term's end.
 * explainRefusal(cheaper, 'en');
 * // "The configuration asked for costs less than Pro so far: a downgrade is not possible during the term. Possible from 2027-01-01."
 * ```
 */
export function explainRefusal(refusal: RefusalLike, locale: Locale): string {
  if (locale !== 'de' && locale !== 'en') throw new TarifkitError('INVALID_LOCALE', { field: 'locale', value: locale });
  const value = ('refusal' in refusal ? refusal.refusal : refusal) as Partial<ContractRefusal> & {
    readonly reason: string;
    readonly allowedFrom: Temporal.PlainDate | null;
  };
  const words = CONTRACT_REFUSAL_WORDS[value.reason as ContractRefusal['reason']] as Readonly<Record<Locale, string>> | undefined;
  const values: Record<string, string> = { reason: value.reason, plan: value.planName ?? value.planId ?? '' };
  if ('targetPlanName' in value && typeof value.targetPlanName === 'string') values.target = value.targetPlanName;
  if ('contractEnd' in value && value.contractEnd !== undefined) {
    values.last = formatEpochDay(epochDayFromPlainDate(value.contractEnd) - 1, locale);
  }
  if (value.reason === 'NO_SPECIAL_TERMINATION_RIGHT' && value.allowedFrom !== null) {
    values.last = formatEpochDay(epochDayFromPlainDate(value.allowedFrom) - 1, locale);
    const closure = 'ground' in value && value.ground === 'businessClosure';
    return fill((closure ? BUSINESS_CLOSURE_WORDS : (words as Readonly<Record<Locale, string>>))[locale], values);
  }
  let text = fill((words ?? UNKNOWN_REFUSAL_WORDS)[locale], values);
  if (value.allowedFrom !== null && value.allowedFrom !== undefined) {
    text += ` ${fill(POSSIBLE_FROM_WORDS[locale], { date: formatEpochDay(epochDayFromPlainDate(value.allowedFrom), locale) })}`;
  }
  return text;
}

import { TarifkitError } from '../errors/TarifkitError.js';
import type { SmsIntent, SmsOptionRef } from './types.js';

const COMMANDS: ReadonlyMap<string, SmsIntent['type']> = new Map([['start', 'book'], ['stop', 'cancel']]);

/** Lower case, spaces trimmed and runs of white space made one space. */
function normal(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Reads an SMS command of seed 003: "Start <option>" books an option, "Stop
 * <option>" cancels it. Case does not matter, nor do spaces around or between
 * the words; the option is matched by its name or its id among the options
 * the caller passes.
 *
 * The intent is only what the text asks for: the caller books or cancels
 * (for a prepaid account, {@link bookPrepaidOption} or {@link cancelPrepaid}).
 *
 * @param text - the SMS text
 * @param options - the options that can be switched by SMS
 * @returns the booking or cancellation intent for one known option
 * @throws TarifkitError `UNKNOWN_COMMAND` naming the first word when it is neither Start nor Stop
 *   (field `text`), `UNKNOWN_OPTION` naming the rest when no option has that name or id
 *   (field `text.option`; an empty name too), `DUPLICATE_ID` when two options share a name or id
 * @example
 * ```ts
 * const options = [{ id: 'sms-flat', name: 'SMS Flat' }];
 * parseSmsCommand('  stop   sms  FLAT ', options); // { type: "cancel", optionId: "sms-flat", optionName: "SMS Flat" }
 * parseSmsCommand('Stopp SMS Flat', options);     // throws UNKNOWN_COMMAND naming "Stopp"
 * ```
 */
export function parseSmsCommand(text: string, options: readonly SmsOptionRef[]): SmsIntent {
  if (!Array.isArray(options)) throw new TarifkitError('INVALID_CATALOG', { field: 'options', value: options });
  const byKey = new Map<string, SmsOptionRef>();
  options.forEach((option, i) => {
    if (typeof option !== 'object' || option === null || typeof option.id !== 'string' || typeof option.name !== 'string'
      || normal(option.id) === '' || normal(option.name) === '') {
      throw new TarifkitError('INVALID_CATALOG', { field: `options.${i}`, value: option });
    }
    for (const key of new Set([normal(option.name), normal(option.id)])) {
      const known = byKey.get(key);
      if (known !== undefined && known !== option) throw new TarifkitError('DUPLICATE_ID', { field: `options.${i}`, value: key });
      byKey.set(key, option);
    }
  });
  if (typeof text !== 'string') throw new TarifkitError('UNKNOWN_COMMAND', { field: 'text', value: text });
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  const word = space < 0 ? trimmed : trimmed.slice(0, space);
  const rest = space < 0 ? '' : trimmed.slice(space);
  const type = COMMANDS.get(word.toLowerCase());
  if (type === undefined) throw new TarifkitError('UNKNOWN_COMMAND', { field: 'text', value: word });
  const option = byKey.get(normal(rest));
  if (option === undefined) throw new TarifkitError('UNKNOWN_OPTION', { field: 'text.option', value: rest.trim() });
  return Object.freeze({ type, optionId: option.id, optionName: option.name });
}

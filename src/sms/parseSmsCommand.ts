import { fail } from '../errors/fail.js';
import type { SmsIntent, SmsOptionRef } from './types.js';

const COMMANDS: ReadonlyMap<string, SmsIntent['type']> = new Map([['start', 'book'], ['stop', 'cancel']]);

/** The longest text read: a concatenated SMS of 10 parts. */
const MAX_TEXT = 1600;

/** Lower case, spaces trimmed and runs of white space made one space. */
function normal(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Reads an SMS command of a prepaid mobile tariff: "Start <option>" books an option, "Stop
 * <option>" cancels it. Case does not matter, nor do spaces around or between
 * the words; the option is matched by its name or its id among the options
 * the caller passes.
 *
 * The intent is only what the text asks for: the caller books or cancels
 * (for a prepaid account, {@link bookPrepaid} with `kind: 'option'` or
 * {@link cancelPrepaid}).
 *
 * @param text - the SMS text
 * @param options - the options that can be switched by SMS: `{ id, name }` each
 * @returns the booking or cancellation intent for one known option
 * @throws TarifkitError `UNKNOWN_COMMAND` naming the first word when it is neither Start nor Stop
 *   (field `text`), `UNKNOWN_ID` naming the rest when no option has that name or id (field
 *   `text.option`, with the known ids; an empty name too), `INVALID_ARGUMENT` for a text that is
 *   no string or longer than 1600 characters, `INVALID_CATALOG` for options that are no list or an
 *   entry without a non-blank id and name (field `options.<i>`), `DUPLICATE_ID` when two options
 *   share a name or id
 * @example
 * ```ts
 * import { parseSmsCommand } from 'tarifkit';
 *
 * const options = [{ id: 'sms-flat', name: 'SMS Flat' }];
 * parseSmsCommand('  stop   sms  FLAT ', options); // { type: "cancel", optionId: "sms-flat", optionName: "SMS Flat" }
 * parseSmsCommand('Stopp SMS Flat', options);     // throws UNKNOWN_COMMAND naming "Stopp"
 * ```
 */
export function parseSmsCommand(text: string, options: readonly SmsOptionRef[]): SmsIntent {
  if (!Array.isArray(options)) fail('INVALID_CATALOG', 'options', options);
  const byKey = new Map<string, SmsOptionRef>();
  (options as readonly unknown[]).forEach((raw, i) => {
    const option = raw as Partial<SmsOptionRef> | null;
    if (typeof option !== 'object' || option === null || typeof option.id !== 'string' || typeof option.name !== 'string'
      || normal(option.id) === '' || normal(option.name) === '') {
      fail('INVALID_CATALOG', `options.${i}`, raw);
    }
    const ref = option as SmsOptionRef;
    for (const key of new Set([normal(ref.name), normal(ref.id)])) {
      const known = byKey.get(key);
      if (known !== undefined && known !== ref) fail('DUPLICATE_ID', `options.${i}`, key);
      byKey.set(key, ref);
    }
  });
  if (typeof text !== 'string' || text.length > MAX_TEXT) fail('INVALID_ARGUMENT', 'text', text, { max: MAX_TEXT });
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  const word = space < 0 ? trimmed : trimmed.slice(0, space);
  const rest = space < 0 ? '' : trimmed.slice(space);
  const type = COMMANDS.get(word.toLowerCase());
  if (type === undefined) fail('UNKNOWN_COMMAND', 'text', word, { known: ['Start', 'Stop'] });
  const option = byKey.get(normal(rest));
  if (option === undefined) fail('UNKNOWN_ID', 'text.option', rest.trim(), { known: (options as readonly SmsOptionRef[]).map((o) => o.id) });
  return Object.freeze({ type, optionId: option.id, optionName: option.name });
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSmsCommand, type SmsOptionRef } from '../../src/index.js';
import { RUNS, deepFreeze, expectTarifkitError } from '../arbitraries/core.js';

const OPTIONS: readonly SmsOptionRef[] = deepFreeze([
  { id: 'sms-flat', name: 'SMS Flat' },
  { id: 'data-m', name: 'Datenpaket M' },
  { id: 'eu', name: 'EU' },
]);

/** The error `fn` throws; fails the test when it throws nothing. */
function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('parseSmsCommand', () => {
  it('reads "Start <option>" as a booking intent', () => {
    expect(parseSmsCommand('Start SMS Flat', OPTIONS)).toEqual({ type: 'book', optionId: 'sms-flat', optionName: 'SMS Flat' });
  });

  it('reads "Stop <option>" as a cancellation intent', () => {
    expect(parseSmsCommand('Stop Datenpaket M', OPTIONS)).toEqual({ type: 'cancel', optionId: 'data-m', optionName: 'Datenpaket M' });
  });

  it('ignores case and any surrounding or repeated spaces, and matches the id too', () => {
    expect(parseSmsCommand('  sTOP   sms\tflat  ', OPTIONS)).toMatchObject({ type: 'cancel', optionId: 'sms-flat' });
    expect(parseSmsCommand('START data-m', OPTIONS)).toMatchObject({ type: 'book', optionId: 'data-m' });
    expect(parseSmsCommand('start eu', OPTIONS)).toMatchObject({ type: 'book', optionId: 'eu' });
  });

  it('keeps the caller\'s option records as they are', () => {
    const options = deepFreeze([{ id: 'sms-flat', name: 'SMS Flat', priceCents: 300 }]);
    expect(parseSmsCommand('Start SMS Flat', options)).toEqual({ type: 'book', optionId: 'sms-flat', optionName: 'SMS Flat' });
    expect(options).toEqual([{ id: 'sms-flat', name: 'SMS Flat', priceCents: 300 }]);
  });

  it('names an unknown command word with UNKNOWN_COMMAND', () => {
    expectTarifkitError(() => parseSmsCommand('Stopp SMS Flat', OPTIONS), 'UNKNOWN_COMMAND', 'text');
    const error = caught(() => parseSmsCommand('Hallo SMS Flat', OPTIONS));
    expect(error).toMatchObject({ code: 'UNKNOWN_COMMAND', details: { value: 'Hallo' } });
    expect(String(error)).toContain('"Hallo"');
    expectTarifkitError(() => parseSmsCommand('   ', OPTIONS), 'UNKNOWN_COMMAND', 'text');
    expectTarifkitError(() => parseSmsCommand('constructor SMS Flat', OPTIONS), 'UNKNOWN_COMMAND', 'text');
    expectTarifkitError(() => parseSmsCommand('StartSMS Flat', OPTIONS), 'UNKNOWN_COMMAND', 'text');
  });

  it('names an unknown option with UNKNOWN_ID and the known ids, and an empty one too', () => {
    expectTarifkitError(() => parseSmsCommand('Start Roaming Flat', OPTIONS), 'UNKNOWN_ID', 'text.option');
    expect(caught(() => parseSmsCommand('Start  Roaming   Flat ', OPTIONS))).toMatchObject({
      code: 'UNKNOWN_ID', details: { value: 'Roaming   Flat', known: ['sms-flat', 'data-m', 'eu'] },
    });
    expectTarifkitError(() => parseSmsCommand('Start', OPTIONS), 'UNKNOWN_ID', 'text.option');
    expectTarifkitError(() => parseSmsCommand('Start toString', OPTIONS), 'UNKNOWN_ID', 'text.option');
  });

  it('refuses a text that is no string or too long for an SMS with INVALID_ARGUMENT', () => {
    for (const text of [42, null, undefined, ['Start', 'EU']]) {
      expectTarifkitError(() => parseSmsCommand(text as never, OPTIONS), 'INVALID_ARGUMENT', 'text');
    }
    expectTarifkitError(() => parseSmsCommand(`Start ${'x'.repeat(1600)}`, OPTIONS), 'INVALID_ARGUMENT', 'text');
  });

  it('refuses option lists with clashing names or bad entries', () => {
    expectTarifkitError(() => parseSmsCommand('Start a', [{ id: 'a', name: 'X' }, { id: 'b', name: 'x' }]), 'DUPLICATE_ID', 'options.1');
    expectTarifkitError(() => parseSmsCommand('Start a', [{ id: 'a', name: 'X' }, { id: 'A', name: 'Y' }]), 'DUPLICATE_ID', 'options.1');
    expectTarifkitError(() => parseSmsCommand('Start a', [{ id: '', name: 'X' }]), 'INVALID_CATALOG', 'options.0');
    expectTarifkitError(() => parseSmsCommand('Start a', [null as never]), 'INVALID_CATALOG', 'options.0');
    expectTarifkitError(() => parseSmsCommand('Start a', [{ id: 'a' } as never]), 'INVALID_CATALOG', 'options.0');
    expectTarifkitError(() => parseSmsCommand('Start a', null as never), 'INVALID_CATALOG', 'options');
    expectTarifkitError(() => parseSmsCommand('Start a', undefined as never), 'INVALID_CATALOG', 'options');
  });

  it('any casing and spacing of a known command and option gives the same intent', () => {
    const word = (text: string): fc.Arbitrary<string> => fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length })
      .map((upper) => [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join(''));
    const space = fc.constantFrom(' ', '  ', '\t', ' \u00a0');
    fc.assert(fc.property(
      fc.constantFrom('start', 'stop').chain((command) => word(command).map((w) => [command, w] as const)),
      fc.constantFrom(...OPTIONS).chain((option) => word(option.name).map((n) => [option, n] as const)),
      space, space, fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' ', '\n'),
      ([command, commandText], [option, nameText], gap1, gap2, lead, tail) => {
        const text = `${lead}${commandText}${gap1}${nameText.split(' ').join(gap2)}${tail}`;
        expect(parseSmsCommand(text, OPTIONS)).toEqual({ type: command === 'start' ? 'book' : 'cancel', optionId: option.id, optionName: option.name });
      },
    ), RUNS);
  });

  it('any text is either an intent or a TarifkitError: nothing else escapes', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom('Start ', 'Stop ').chain((c) => fc.string().map((s) => c + s))), (text) => {
      try {
        const intent = parseSmsCommand(text, OPTIONS);
        expect(OPTIONS.map((o) => o.id)).toContain(intent.optionId);
      } catch (error) {
        expect(error).toMatchObject({ name: 'TarifkitError' });
      }
    }), RUNS);
  });
});

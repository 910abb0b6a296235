/** The withdrawal confirmation (§356a BGB, R31): its content and the date and time of receipt in the customer's zone. */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withdrawalConfirmationText } from '../../src/index.js';
import { expectTarifkitError, RUNS } from '../arbitraries/core.js';

const lte50 = { name: 'LTE 50', ref: 'lte50#1', bookedOn: '2026-03-19' } as const;

describe('withdrawalConfirmationText', () => {
  it('states what was withdrawn and when it was received, in de and en', () => {
    const input = { ...lte50, receivedAt: '2026-03-25T14:30+01:00' };
    expect(withdrawalConfirmationText(input, 'de')).toBe(
      'Wir bestätigen den Eingang Ihres Widerrufs am 25.03.2026 um 14:30 Uhr (UTC+01:00). Inhalt: Widerruf von LTE 50 (lte50#1, gebucht am 19.03.2026).',
    );
    expect(withdrawalConfirmationText(input, 'en-GB')).toBe(
      'We confirm receipt of your withdrawal on 2026-03-25 at 14:30 (UTC+01:00). Content: withdrawal from LTE 50 (lte50#1, booked on 2026-03-19).',
    );
  });

  it('gives the time of receipt in the customer\'s zone, whatever zone the instant was written in', () => {
    // 23:30 UTC on 2026-06-30 is already 1 July in Berlin (summer time) and in Kiritimati.
    expect(withdrawalConfirmationText({ receivedAt: '2026-06-30T23:30:00Z', name: 'Mobil M', ref: 'V-1001' }, 'de')).toBe(
      'Wir bestätigen den Eingang Ihres Widerrufs am 01.07.2026 um 01:30 Uhr (UTC+02:00). Inhalt: Widerruf von Mobil M (V-1001).',
    );
    expect(withdrawalConfirmationText({ receivedAt: '2026-06-30T23:30:00Z', name: 'Mobil M', ref: 'V-1001', timeZone: 'Pacific/Kiritimati' }, 'en')).toBe(
      'We confirm receipt of your withdrawal on 2026-07-01 at 13:30 (UTC+14:00). Content: withdrawal from Mobil M (V-1001).',
    );
  });

  it('tells the two 02:30 of the autumn night apart by their offset', () => {
    const first = Temporal.ZonedDateTime.from('2026-10-25T02:30+02:00[Europe/Berlin]');
    const second = Temporal.ZonedDateTime.from('2026-10-25T02:30+01:00[Europe/Berlin]');
    expect(withdrawalConfirmationText({ ...lte50, receivedAt: first }, 'en')).toContain('on 2026-10-25 at 02:30 (UTC+02:00)');
    expect(withdrawalConfirmationText({ ...lte50, receivedAt: second.toInstant() }, 'en')).toContain('on 2026-10-25 at 02:30 (UTC+01:00)');
  });

  it('property: the date and time stated are the instant\'s wall-clock minute in the zone, as Temporal gives it', () => {
    const zones = ['Europe/Berlin', 'UTC', 'Pacific/Kiritimati', 'America/New_York'];
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...zones), (ms, timeZone) => {
      const instant = Temporal.Instant.fromEpochMilliseconds(ms);
      const local = instant.toZonedDateTimeISO(timeZone);
      const text = withdrawalConfirmationText({ receivedAt: instant.toString(), name: 'X', ref: 'x#1', timeZone }, 'en');
      const time = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
      expect(text).toBe(`We confirm receipt of your withdrawal on ${local.toPlainDate().toString()} at ${time} (UTC${local.offset}). Content: withdrawal from X (x#1).`);
    }), RUNS);
  });

  it('refuses a receipt instant without a zone or offset with INVALID_INSTANT naming input.receivedAt', () => {
    expectTarifkitError(() => withdrawalConfirmationText({ ...lte50, receivedAt: '2026-03-25T14:30' }, 'de'), 'INVALID_INSTANT', 'input.receivedAt');
    expectTarifkitError(() => withdrawalConfirmationText({ ...lte50, receivedAt: '2026-03-25' }, 'de'), 'INVALID_INSTANT', 'input.receivedAt');
    expectTarifkitError(() => withdrawalConfirmationText({ ...lte50, receivedAt: Temporal.PlainDateTime.from('2026-03-25T14:30') as never }, 'de'), 'INVALID_INSTANT', 'input.receivedAt');
    expectTarifkitError(() => withdrawalConfirmationText({ ...lte50, receivedAt: undefined as never }, 'de'), 'INVALID_INSTANT', 'input.receivedAt');
  });

  it('refuses the rest of bad input with typed errors naming the field', () => {
    const receivedAt = '2026-03-25T14:30+01:00';
    expectTarifkitError(() => withdrawalConfirmationText(null as never, 'de'), 'INVALID_ARGUMENT', 'input');
    expectTarifkitError(() => withdrawalConfirmationText({ ...lte50, receivedAt, name: ' ' }, 'de'), 'INVALID_ARGUMENT', 'input.name');
    expectTarifkitError(() => withdrawalConfirmationText({ ...lte50, receivedAt, ref: 7 as never }, 'de'), 'INVALID_ARGUMENT', 'input.ref');
    expectTarifkitError(() => withdrawalConfirmationText({ ...lte50, receivedAt, bookedOn: '2026-02-30' }, 'de'), 'INVALID_DATE', 'input.bookedOn');
    expectTarifkitError(() => withdrawalConfirmationText({ ...lte50, receivedAt: '2026-03-18T23:59+01:00' }, 'de'), 'END_BEFORE_START', 'input.receivedAt');
    expectTarifkitError(() => withdrawalConfirmationText({ ...lte50, receivedAt, timeZone: 'Mars/Base' }, 'de'), 'INVALID_TIME_ZONE', 'input.timeZone');
    expectTarifkitError(() => withdrawalConfirmationText({ ...lte50, receivedAt }, 'fr' as never), 'INVALID_LOCALE', 'locale');
  });
});

/**
 * Arbitraries for the rules and options modules (R8–R13): IANA zones, instants as ISO
 * strings with offsets, tariff specs of every kind and scenarios of bookings, closes,
 * cancellations, switches and withdrawals. Instants are written with Temporal, never
 * with the library's own parsing, so properties compare two independent paths.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import type { OptionDefinition, OptionTariffSpec } from '../../src/index.js';

/** Every IANA zone this runtime knows, with the ones that matter first. */
const ZONES: readonly string[] = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'UTC',
  ...Intl.supportedValuesOf('timeZone')];

/** An IANA zone, Europe/Berlin and a few zones with odd DST rules drawn often. */
export const zoneArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...ZONES.slice(0, 5)), weight: 1 },
  { arbitrary: fc.constantFrom(...ZONES), weight: 3 },
);

/** Epoch milliseconds from 1971 to 2099. */
export const epochMsArb: fc.Arbitrary<number> = fc.integer({ min: 31_536_000_000, max: 4_070_908_800_000 });

/** An instant written the ways the API reads it: with `Z`, a numeric offset, or a bracketed zone. */
export const instantTextArb: fc.Arbitrary<string> = fc
  .record({ ms: epochMsArb, subMs: fc.integer({ min: 0, max: 999_999 }), zone: zoneArb, form: fc.constantFrom('z', 'offset', 'bracket', 'both', 'short') })
  .map(({ ms, subMs, zone, form }) => {
    const instant = Temporal.Instant.fromEpochNanoseconds(BigInt(ms) * 1_000_000n + BigInt(subMs));
    const zoned = instant.toZonedDateTimeISO(zone);
    switch (form) {
      case 'z': return instant.toString();
      case 'offset': return zoned.toString({ timeZoneName: 'never' });
      case 'bracket': return zoned.toString({ offset: 'never' });
      case 'both': return zoned.toString();
      default: return zoned.toString({ timeZoneName: 'never', smallestUnit: 'minute' });
    }
  });

/** Option definitions for the scenarios: an SMS and a data option and a legacy 30-day one. */
export const OPTIONS: readonly OptionDefinition[] = [
  { id: 'sms', name: 'SMS Flat', unitCents: 300, vatRate: 19 },
  { id: 'data', name: 'Daten 3 GB', unitCents: 799, vatRate: 19 },
  { id: 'legacy', name: 'Alttarif Daten', unitCents: 995, vatRate: 7, cycleDays: 30 },
];

/** A tariff spec of any kind, on Berlin or another zone. */
export const tariffSpecArb: fc.Arbitrary<OptionTariffSpec> = fc.oneof(
  fc.record({ cycleDays: fc.constantFrom(28, 30, 7, 3), timeZone: fc.constantFrom('Europe/Berlin', 'America/New_York') })
    .map(({ cycleDays, timeZone }): OptionTariffSpec => ({ kind: 'optionTariff', options: OPTIONS, cycleDays, timeZone })),
  fc.record({ days: fc.constantFrom(28, 30), anchor: fc.integer({ min: 0, max: 60 }) })
    .map(({ days, anchor }): OptionTariffSpec => ({
      kind: 'packageTariff',
      options: OPTIONS,
      package: { kind: 'days', days, anchor: Temporal.PlainDate.from('2026-01-01').add({ days: anchor }).toString() },
    })),
  fc.constant<OptionTariffSpec>({ kind: 'packageTariff', options: OPTIONS, package: { kind: 'monthly', anchor: '2026-01-31' } }),
  fc.constant<OptionTariffSpec>({ kind: 'postpaidMonth', options: OPTIONS }),
);

/** An instant in 2026 as an ISO string in Berlin time with its offset, `hours` after 2026-01-01. */
export function berlinAt(hoursAfterNewYear: number, minutes = 0): string {
  return Temporal.ZonedDateTime.from('2026-01-01T00:00[Europe/Berlin]')
    .add({ hours: hoursAfterNewYear, minutes })
    .toString({ timeZoneName: 'never' });
}

/**
 * A step between a booking and its withdrawal in the "billed zero" property: an invoice
 * close (everything whose days started before that day is invoiced), a cancellation or
 * a switch, `hours` after the booking.
 */
export interface ScenarioStep {
  readonly kind: 'close' | 'cancel' | 'switch';
  readonly hours: number;
}

/** Steps that may happen between a booking and its withdrawal, in any order (the test sorts them by time). */
export const scenarioStepsArb: fc.Arbitrary<ScenarioStep[]> = fc.array(
  fc.record({ kind: fc.constantFrom<ScenarioStep['kind']>('close', 'close', 'cancel', 'switch'), hours: fc.integer({ min: 0, max: 24 * 20 }) }),
  { maxLength: 6 },
);

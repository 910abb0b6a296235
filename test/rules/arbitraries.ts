/**
 * Arbitraries of the rules tests (R10, R12, R13; not a test file): IANA zones
 * and instants as ISO text. Instants are written with Temporal, never with the
 * library's own code, so properties compare two independent paths.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';

/** Every IANA zone this runtime knows, with the ones that matter first. */
const ZONES: readonly string[] = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'UTC',
  ...Intl.supportedValuesOf('timeZone')];

/** An IANA zone: Europe/Berlin and a few zones with odd rules drawn often. */
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

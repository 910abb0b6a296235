import type { ZonedDateTime } from '../temporal/types.js';
import type { DateInput, IsoDate, Period } from '../calendar/types.js';
import type { GermanStateInput } from '../holidays/types.js';

/**
 * Options for {@link withdrawalWindow} and {@link checkWithdrawal} (R13, R30). When the
 * 14th day (or the day it was moved to) is a Saturday, a Sunday or a holiday, the window
 * runs on to the end of the next working day (§193 BGB). The German nationwide public
 * holidays always count ({@link germanHolidays}).
 */
export interface WithdrawalOptions {
  /** The customer's state (`'BY'` or `'DE-BY'`): its own public holidays count too. Default none. */
  readonly state?: GermanStateInput;
  /**
   * More holidays, as ISO dates or PlainDates: added to the built-in ones (a local
   * holiday such as Augsburg's Peace Festival on 8 August). Default none.
   */
  readonly holidays?: readonly DateInput[];
  /**
   * Whether the customer was given a proper withdrawal instruction (§356(3) BGB, R31).
   * Default true: the window is 14 days. False: it runs 12 months longer, to the day
   * twelve months after the 14th day (booked 2026-03-19: 2027-04-02 instead of 2026-04-02).
   */
  readonly instructed?: boolean;
}

/**
 * An instant as the API takes it: a `Temporal.ZonedDateTime`, a `Temporal.Instant`, or
 * ISO text that fixes the instant with an offset or a zone
 * (`"2026-03-27T23:00+01:00"`, `"2026-03-27T22:00Z"`, `"2026-03-27T23:00[Europe/Berlin]"`).
 */
export type InstantInput = InstantLike | string;

/**
 * A `Temporal.ZonedDateTime` or `Temporal.Instant` of any spec-conformant Temporal: the
 * runtime's own or @js-temporal/polyfill's. tarifkit reads its `epochNanoseconds`, never its class.
 */
export interface InstantLike {
  /** The instant, in nanoseconds since 1970-01-01T00:00Z. */
  readonly epochNanoseconds: bigint;
}

/** Options for {@link cancellationDeadline} and {@link effectiveEndFor} (R12). */
export interface DeadlineOptions {
  /** The customer's IANA time zone, in which periods end at midnight. Default `"Europe/Berlin"`. */
  readonly timeZone?: string;
}

/**
 * Where a cancellation or switch lands (R12): the period end it takes effect at, and
 * the deadline that end had.
 */
export interface EffectiveEnd {
  /** The first day no longer in force: the end (exclusive) of the last period that still runs. */
  readonly effectiveOn: IsoDate;
  /** The last day still in force. */
  readonly lastDay: IsoDate;
  /** The 48-hour deadline of `effectiveOn`, which the request met. */
  readonly deadline: ZonedDateTime;
  /** True when the request met the deadline of the current period's end; false when it moved on. */
  readonly onTime: boolean;
}

/** A withdrawal in time: the window it was in (R13). */
export interface WithdrawalAllowed {
  readonly ok: true;
  /** The withdrawal window, half-open: its last day is the last day to withdraw. */
  readonly window: Period;
}

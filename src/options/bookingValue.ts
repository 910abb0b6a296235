/**
 * The option booking value (R8–R13): integers and the booking instant kept as
 * read, its ISO text (`bookedAt`) written only when first asked for.
 *
 * @internal
 * @module
 */
import type { Cycle } from '../calendar/types.js';
import { epochNsOf, isoFromEpochMs, isoFromEpochNs, NS_PER_MS } from '../rules/zone.js';
import type { OptionBooking, OptionEnding } from './types.js';

class OptionBookingValue implements OptionBooking {
  // Declared, not initialised as class fields: the constructor assigns each once.
  declare readonly id: string;
  declare readonly optionId: string;
  declare readonly quantity: number;
  declare readonly bookedDay: number;
  declare readonly activeFromDay: number;
  declare readonly cycle: Cycle;
  declare readonly ending: OptionEnding | null;
  /** The booking instant in whole epoch milliseconds, or NaN when only `#bookedNs` has it. */
  #bookedMs: number;
  #bookedNs: bigint | null;
  #bookedAt: string | null;

  constructor(
    id: string,
    optionId: string,
    quantity: number,
    bookedMs: number,
    bookedNs: bigint | null,
    bookedAt: string | null,
    bookedDay: number,
    activeFromDay: number,
    cycle: Cycle,
    ending: OptionEnding | null,
  ) {
    this.id = id;
    this.optionId = optionId;
    this.quantity = quantity;
    this.bookedDay = bookedDay;
    this.activeFromDay = activeFromDay;
    this.cycle = cycle;
    this.ending = ending;
    this.#bookedMs = bookedMs;
    this.#bookedNs = bookedNs;
    this.#bookedAt = bookedAt;
  }

  get bookedAt(): string {
    return (this.#bookedAt ??= this.#bookedNs === null ? isoFromEpochMs(this.#bookedMs) : isoFromEpochNs(this.#bookedNs));
  }

  toJSON(): Record<string, unknown> {
    return {
      id: this.id,
      optionId: this.optionId,
      quantity: this.quantity,
      bookedAt: this.bookedAt,
      bookedDay: this.bookedDay,
      activeFromDay: this.activeFromDay,
      cycle: this.cycle,
      ending: this.ending,
    };
  }

  /** The booking instant in epoch nanoseconds, from the numbers kept. */
  static bookedNsOf(booking: OptionBooking): bigint {
    if (!(#bookedNs in booking)) return epochNsOf(booking.bookedAt, 'booking.bookedAt');
    return booking.#bookedNs ?? BigInt(booking.#bookedMs) * NS_PER_MS;
  }

  /** The same booking with another ending; the instant is carried over as kept. */
  static withEnding(booking: OptionBooking, ending: OptionEnding): OptionBooking {
    if (!(#bookedNs in booking)) {
      return new OptionBookingValue(
        booking.id, booking.optionId, booking.quantity, Number.NaN, epochNsOf(booking.bookedAt, 'booking.bookedAt'), booking.bookedAt,
        booking.bookedDay, booking.activeFromDay, booking.cycle, ending,
      );
    }
    return new OptionBookingValue(
      booking.id, booking.optionId, booking.quantity, booking.#bookedMs, booking.#bookedNs, booking.#bookedAt,
      booking.bookedDay, booking.activeFromDay, booking.cycle, ending,
    );
  }
}

/**
 * A new booking. The instant is given as whole epoch milliseconds (`bookedNs`
 * null) or as epoch nanoseconds (`bookedMs` NaN); `bookedAt` is its ISO text
 * in UTC when the caller has it already, else null and written when read.
 */
export function optionBooking(
  id: string,
  optionId: string,
  quantity: number,
  bookedMs: number,
  bookedNs: bigint | null,
  bookedAt: string | null,
  bookedDay: number,
  activeFromDay: number,
  cycle: Cycle,
): OptionBooking {
  return new OptionBookingValue(id, optionId, quantity, bookedMs, bookedNs, bookedAt, bookedDay, activeFromDay, cycle, null);
}

/** The same booking with another ending. */
export const withEnding: (booking: OptionBooking, ending: OptionEnding) => OptionBooking = OptionBookingValue.withEnding;

/** The booking instant of a booking, in epoch nanoseconds. */
export const bookedNsOf: (booking: OptionBooking) => bigint = OptionBookingValue.bookedNsOf;

/**
 * The words for option refusals and deadlines, in German and English (R12, R13, R24).
 * No math here: dates come in already formatted.
 *
 * @internal
 * @module
 */
import type { Locale } from '../money/types.js';

export const OPTION_REFUSAL_WORDS: Readonly<Record<Locale, {
  readonly windowClosed: (lastDay: string) => string;
  readonly alreadyBooked: (optionId: string, bookingId: string, from: string | null) => string;
  readonly endScheduled: (bookingId: string, lastDay: string) => string;
}>> = {
  de: {
    windowClosed: (lastDay) => `Widerruf nicht mehr möglich: Die Widerrufsfrist endete am ${lastDay}.`,
    alreadyBooked: (optionId, bookingId, from) => from === null
      ? `Die Option ${optionId} ist bereits gebucht (${bookingId}).`
      : `Die Option ${optionId} ist bereits gebucht (${bookingId}); neu buchbar ab ${from}.`,
    endScheduled: (bookingId, lastDay) => `Für ${bookingId} ist das Ende bereits vorgemerkt: aktiv bis ${lastDay}.`,
  },
  en: {
    windowClosed: (lastDay) => `Withdrawal no longer possible: the withdrawal period ended on ${lastDay}.`,
    alreadyBooked: (optionId, bookingId, from) => from === null
      ? `The option ${optionId} is already booked (${bookingId}).`
      : `The option ${optionId} is already booked (${bookingId}); it can be booked again from ${from}.`,
    endScheduled: (bookingId, lastDay) => `The end of ${bookingId} is already scheduled: active until ${lastDay}.`,
  },
};

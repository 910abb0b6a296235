/**
 * The bounds that keep every product of cents and day counts a safe integer.
 *
 * @internal
 * @module
 */

/** The longest term or renewal, in months: ten years. */
export const MAX_TERM_MONTHS = 120;

/** The largest price of one configuration, in minor units: 100 million euros. */
export const MAX_PRICE_CENTS = 10_000_000_000;

/** The largest quantity of one component, add-on or option. */
export const MAX_QUANTITY = 1_000_000;

/**
 * Temporal as types only. Every module takes its Temporal value from
 * `#temporal` (./polyfill.ts, or ./native.ts under the
 * `tarifkit-native-temporal` condition) and its Temporal types from here; no
 * check at run time relies on the class of a Temporal object, so values of any
 * spec-conformant Temporal are accepted.
 *
 * @internal
 * @module
 */
import type { Temporal } from '@js-temporal/polyfill';

/** The shape of the `Temporal` namespace, as the polyfill types it (the spec's API). */
export type TemporalApi = typeof Temporal;

/** A `Temporal.ZonedDateTime`, the spec's type as the polyfill declares it. */
export type ZonedDateTime = Temporal.ZonedDateTime;

/** A `Temporal.PlainDate`, the spec's type as the polyfill declares it. */
export type PlainDate = Temporal.PlainDate;

/**
 * The Temporal the library runs on, by default: the runtime's own `Temporal`
 * where it has one (Node 26, current browsers), else @js-temporal/polyfill.
 * This module loads the polyfill either way; a runtime with Temporal can skip
 * it with the `tarifkit-native-temporal` condition, which maps `#temporal` to
 * `./native.ts` (see package.json `imports` and the README's Install section).
 *
 * @internal
 * @module
 */
import { Temporal as Polyfill } from '@js-temporal/polyfill';
import type { TemporalApi } from './types.js';

/** The runtime's `Temporal` when it has one, else the polyfill's. */
export const Temporal: TemporalApi = (globalThis as { Temporal?: TemporalApi }).Temporal ?? Polyfill;

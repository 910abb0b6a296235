/**
 * The Temporal the library runs on under the `tarifkit-native-temporal`
 * condition: the runtime's own `globalThis.Temporal`, and nothing else. The
 * polyfill is never imported, so a bundle or a process with this condition
 * does not load it.
 *
 * @internal
 * @module
 */
import type { TemporalApi } from './types.js';

const native = (globalThis as { Temporal?: TemporalApi }).Temporal;
if (native === undefined) {
  throw new Error('tarifkit: the condition "tarifkit-native-temporal" needs a runtime with a global Temporal (Node 26 or a current browser); drop the condition to use @js-temporal/polyfill');
}

/** The runtime's own `Temporal`. */
export const Temporal: TemporalApi = native;

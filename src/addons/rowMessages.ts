/**
 * The words of the add-on list view in German and English (R15). No math here.
 *
 * @internal
 * @module
 */
import type { Locale } from '../money/types.js';

export const ROW_WORDS: Readonly<Record<Locale, {
  readonly billedUntil: string;
  readonly notBilled: string;
  readonly active: string;
  readonly cancellationPending: string;
  readonly ended: string;
  readonly withdrawn: string;
  readonly nextQuantity: string;
}>> = {
  de: {
    billedUntil: 'abgerechnet bis',
    notBilled: 'nicht berechnet',
    active: 'aktiv',
    cancellationPending: 'Kündigung zum',
    ended: 'beendet zum',
    withdrawn: 'widerrufen am',
    nextQuantity: 'Menge ab',
  },
  en: {
    billedUntil: 'billed until',
    notBilled: 'not charged',
    active: 'active',
    cancellationPending: 'cancellation effective',
    ended: 'ended',
    withdrawn: 'withdrawn',
    nextQuantity: 'quantity from',
  },
};

/**
 * The words for each line reason, in German and English (R24). No math here.
 *
 * @internal
 * @module
 */
import type { LineCorrection, LineReason } from '../lines/types.js';
import type { Locale } from '../money/types.js';

export const LINE_REASON_WORDS: Readonly<Record<LineReason, Readonly<Record<Locale, string>>>> = {
  periodCharge: { de: 'Grundgebühr', en: 'Period charge' },
  prorataCharge: { de: 'Anteilig', en: 'Pro rata' },
  upgradeCharge: { de: 'Aufpreis Restlaufzeit', en: 'Charge for the rest of the period' },
  upgradeCredit: { de: 'Gutschrift nicht genutzte Laufzeit', en: 'Credit for the unused period' },
  quantityIncrease: { de: 'Mengenerhöhung anteilig', en: 'Quantity increase pro rata' },
  withdrawalCredit: { de: 'Gutschrift Widerruf', en: 'Credit note for withdrawal' },
  renewal: { de: 'Verlängerung aus Guthaben', en: 'Renewal from balance' },
  oneOff: { de: 'Einmalig', en: 'One-off' },
  usage: { de: 'Verbrauch', en: 'Usage' },
  discount: { de: 'Gutschein', en: 'Voucher' },
  credit: { de: 'Gutschrift', en: 'Credit' },
};

export const CORRECTION_WORDS: Readonly<Record<LineCorrection, Readonly<Record<Locale, string>>>> = {
  late: { de: 'Nachberechnung', en: 'Late charge' },
  reversal: { de: 'Storno', en: 'Reversal' },
};

export const DAYS_WORD: Readonly<Record<Locale, string>> = { de: 'Tage', en: 'days' };
export const MONTH_BASIS_WORD: Readonly<Record<Locale, string>> = { de: 'Monatsbasis', en: 'month basis' };

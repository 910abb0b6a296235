import type { IsoDate } from '../calendar/types.js';

/**
 * A German state by its ISO 3166-2 subdivision code, without the country prefix:
 * Baden-Württemberg `BW`, Bayern `BY`, Berlin `BE`, Brandenburg `BB`, Bremen `HB`,
 * Hamburg `HH`, Hessen `HE`, Mecklenburg-Vorpommern `MV`, Niedersachsen `NI`,
 * Nordrhein-Westfalen `NW`, Rheinland-Pfalz `RP`, Saarland `SL`, Sachsen `SN`,
 * Sachsen-Anhalt `ST`, Schleswig-Holstein `SH`, Thüringen `TH`.
 */
export type GermanState =
  | 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV'
  | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH';

/** A state as the options take it: `'BY'`, or the full ISO 3166-2 code `'DE-BY'`. */
export type GermanStateInput = GermanState | `DE-${GermanState}`;

/**
 * Whose public holidays a stored subscription's §193 BGB shifts use (R30), as an
 * ISO 3166 code: `'DE'` for the nationwide holidays, `'DE-BY'` for those and
 * Bavaria's own.
 */
export type HolidayRegion = 'DE' | `DE-${GermanState}`;

/** Options for {@link germanHolidays} (R30). */
export interface GermanHolidayOptions {
  /** The state whose own holidays are added to the nationwide ones. Default: none (nationwide only). */
  readonly state?: GermanStateInput;
}

/** A public holiday (R30). */
export interface PublicHoliday {
  /** The day. */
  readonly date: IsoDate;
  /** Its German name, e.g. `"Karfreitag"`. */
  readonly name: string;
  /** True for a holiday in every state; false for a state's own. */
  readonly nationwide: boolean;
}

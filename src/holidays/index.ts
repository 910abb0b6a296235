// holidays: German public holidays, nationwide and by state, for §193 BGB shifts (R30).
export type { GermanHolidayOptions, GermanState, GermanStateInput, HolidayRegion, PublicHoliday } from './types.js';
export { germanHolidays } from './germanHolidays.js';

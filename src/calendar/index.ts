// calendar: dates, billing cycles and half-open periods (R6, R7, R8).
export type { Cycle, CycleSpec, DateInput, IsoDate, Period, PeriodInput, PlainDateLike, RangePiece } from './types.js';
export { createCycle } from './createCycle.js';
export { createPeriod, type CreatePeriodOptions } from './createPeriod.js';
export { periodContaining } from './periodContaining.js';
export { periodsBetween } from './periodsBetween.js';
export { splitRange } from './splitRange.js';
export { restOfPeriod } from './restOfPeriod.js';
export { daysIn } from './daysIn.js';

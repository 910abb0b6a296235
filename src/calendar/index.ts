// calendar: PlainDate <-> epoch day, billing cycles and half-open periods (R6, R7, R8).
export type {
  CalendarMonthCycle,
  Cycle,
  CycleKind,
  CycleSpec,
  DateInput,
  DaysCycle,
  MonthsCycle,
  Period,
  RangePiece,
} from './types.js';
export { createPeriod, type CreatePeriodOptions } from './createPeriod.js';
export { createCycle } from './createCycle.js';
export { periodContaining } from './periodContaining.js';
export { nextPeriod } from './nextPeriod.js';
export { previousPeriod } from './previousPeriod.js';
export { periodsBetween } from './periodsBetween.js';
export { splitRange } from './splitRange.js';
export { daysIn } from './daysIn.js';

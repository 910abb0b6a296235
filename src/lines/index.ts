// lines: the one line builder and the Line every module produces (R22, R24).
export type { Line, LineBasis, LineCorrection, LineReason } from './types.js';
export { chargeLine, type ChargeLineInput } from './chargeLine.js';

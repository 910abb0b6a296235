// errors: the one error type and its code catalogue (all rules).
export { TarifkitError, type TarifkitErrorDetails } from './TarifkitError.js';
export { ERROR_MESSAGES, type TarifkitErrorCode } from './codes.js';
export { isTarifkitError } from './isTarifkitError.js';

// errors: the one error type and its code catalogue.
export { ERROR_MESSAGES, type TarifkitErrorCode } from './codes.js';
export { TarifkitError, type TarifkitErrorDetails } from './TarifkitError.js';
export { isTarifkitError } from './isTarifkitError.js';

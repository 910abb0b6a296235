/**
 * @internal
 * @module
 */
import { TarifkitError } from '../errors/TarifkitError.js';
import { ContractValue } from './contractValue.js';
import type { Contract } from './types.js';

/** The contract value behind a Contract; anything else is a programming error. */
export function contractOf(contract: Contract, field: string): ContractValue {
  if (!(contract instanceof ContractValue)) {
    throw new TarifkitError('INVALID_CONTRACT', { field, value: contract });
  }
  return contract;
}

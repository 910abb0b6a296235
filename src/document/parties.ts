/**
 * The checks of a document's parties, payment means and terms (R27, R29):
 * each returns a fresh record with only the known fields.
 *
 * @internal
 * @module
 */
import { fail, isRecord } from '../errors/fail.js';
import { creditorIdOf, ibanOf } from '../sepa/iban.js';
import { mandateReferenceOf } from '../sepa/mandate.js';
import type { Contact, ElectronicAddress, Party, PaymentMeans, PostalAddress } from './types.js';

type Data = Readonly<Record<string, unknown>>;

/** A non-empty string of at most `max` characters without control characters, or `code` naming `field`. */
function plain(value: unknown, field: string, max = 200, code: 'INVALID_PARTY' | 'INVALID_ARGUMENT' = 'INVALID_PARTY'): string {
  // eslint-disable-next-line no-control-regex
  if (typeof value !== 'string' || value.trim() === '' || value.length > max || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(value)) fail(code, field, value);
  return value;
}

function optional<T>(data: Data, key: string, read: (value: unknown, field: string) => T, field: string): T | undefined {
  return data[key] === undefined ? undefined : read(data[key], `${field}.${key}`);
}

function record(value: unknown, field: string): Data {
  if (!isRecord(value)) fail('INVALID_PARTY', field, value);
  return value;
}

/** A postal address: post code, city, a two-letter country, optionally a street. */
function addressOf(value: unknown, field: string): PostalAddress {
  const data = record(value, field);
  const street = optional(data, 'street', plain, field);
  const postcode = plain(data.postcode, `${field}.postcode`, 20);
  const city = plain(data.city, `${field}.city`);
  const country = data.country;
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) fail('INVALID_PARTY', `${field}.country`, country, { reason: 'an ISO 3166-1 alpha-2 code such as DE' });
  return street === undefined ? { postcode, city, country } : { street, postcode, city, country };
}

function contactOf(value: unknown, field: string): Contact {
  const data = record(value, field);
  const name = plain(data.name, `${field}.name`);
  const phone = optional(data, 'phone', (v, f) => plain(v, f, 40), field);
  const email = optional(data, 'email', (v, f) => {
    const text = plain(v, f);
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text)) fail('INVALID_PARTY', f, v, { reason: 'not an email address' });
    return text;
  }, field);
  return { name, ...(phone === undefined ? {} : { phone }), ...(email === undefined ? {} : { email }) };
}

function electronicAddressOf(value: unknown, field: string): ElectronicAddress {
  const data = record(value, field);
  const scheme = data.scheme;
  if (typeof scheme !== 'string' || !/^(EM|[0-9]{4})$/.test(scheme)) fail('INVALID_PARTY', `${field}.scheme`, scheme, { reason: 'an EAS code such as EM, 0204 or 9930' });
  return { scheme, id: plain(data.id, `${field}.id`) };
}

/** A VAT identification number: a country prefix and 2 to 13 letters, digits or `+*.`, stored without spaces. */
function vatIdOf(value: unknown, field: string): string {
  if (typeof value !== 'string') fail('INVALID_PARTY', field, value);
  const id = value.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9A-Z+*.]{2,13}$/.test(id)) fail('INVALID_PARTY', field, value, { reason: 'a VAT ID with its country prefix, such as DE123456789' });
  return id;
}

/** A seller or buyer, checked; `INVALID_PARTY` naming the field. */
export function partyOf(value: unknown, field: string): Party {
  const data = record(value, field);
  const name = plain(data.name, `${field}.name`);
  const address = addressOf(data.address, `${field}.address`);
  const vatId = optional(data, 'vatId', vatIdOf, field);
  const taxNumber = optional(data, 'taxNumber', (v, f) => plain(v, f, 40), field);
  const electronicAddress = optional(data, 'electronicAddress', electronicAddressOf, field);
  const contact = optional(data, 'contact', contactOf, field);
  const id = optional(data, 'id', (v, f) => plain(v, f, 100), field);
  return {
    name, address,
    ...(vatId === undefined ? {} : { vatId }),
    ...(taxNumber === undefined ? {} : { taxNumber }),
    ...(electronicAddress === undefined ? {} : { electronicAddress }),
    ...(contact === undefined ? {} : { contact }),
    ...(id === undefined ? {} : { id }),
  };
}

/** Payment means: a credit transfer to a checked IBAN, or a direct debit with mandate, creditor ID and debited IBAN. */
export function paymentOf(value: unknown, field: string): PaymentMeans {
  if (!isRecord(value)) fail('INVALID_ARGUMENT', field, value, { reason: 'expected { kind: "creditTransfer", iban } or { kind: "directDebit", mandateReference, creditorId, debitedIban }' });
  if (value.kind === 'creditTransfer') {
    const iban = ibanOf(value.iban, `${field}.iban`);
    const bic = value.bic === undefined ? undefined : plain(value.bic, `${field}.bic`, 11, 'INVALID_ARGUMENT');
    if (bic !== undefined && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) fail('INVALID_ARGUMENT', `${field}.bic`, bic, { reason: 'not a BIC' });
    const accountName = value.accountName === undefined ? undefined : plain(value.accountName, `${field}.accountName`, 200, 'INVALID_ARGUMENT');
    return { kind: 'creditTransfer', iban, ...(bic === undefined ? {} : { bic }), ...(accountName === undefined ? {} : { accountName }) };
  }
  if (value.kind === 'directDebit') {
    return {
      kind: 'directDebit',
      mandateReference: mandateReferenceOf(value.mandateReference, `${field}.mandateReference`),
      creditorId: creditorIdOf(value.creditorId, `${field}.creditorId`),
      debitedIban: ibanOf(value.debitedIban, `${field}.debitedIban`),
    };
  }
  return fail('INVALID_ARGUMENT', `${field}.kind`, value.kind, { reason: 'creditTransfer or directDebit' });
}

/** An optional free text of at most `max` characters. */
export function noteOf(value: unknown, field: string, max = 2000): string {
  return plain(value, field, max, 'INVALID_ARGUMENT');
}

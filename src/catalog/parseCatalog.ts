import { TarifkitError } from '../errors/TarifkitError.js';
import { createCatalog } from './createCatalog.js';
import type { Catalog, CatalogData } from './types.js';

/**
 * Reads a catalog from JSON text and checks it like {@link createCatalog}.
 *
 * @param json - the catalog as a JSON document
 * @returns the frozen catalog
 * @throws TarifkitError `INVALID_JSON` (field `"json"`) when the text is not JSON or not a string,
 *   with the parser's error as `cause`; then every error of {@link createCatalog}
 * @example
 * ```ts
 * parseCatalog('{"plans": []}').plans.length; // 0
 * parseCatalog('{"plans": [');                // throws INVALID_JSON: the document is cut off
 * ```
 */
export function parseCatalog(json: string): Catalog {
  if (typeof json !== 'string') throw new TarifkitError('INVALID_JSON', { field: 'json', value: json });
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (cause) {
    const snippet = json.length > 60 ? `${json.slice(0, 60)}…` : json;
    throw new TarifkitError('INVALID_JSON', { field: 'json', value: snippet }, { cause });
  }
  return createCatalog(data as CatalogData);
}

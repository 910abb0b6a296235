// storage: every value kept between requests as versioned JSON, read back by one checked reader.
export { revive } from './revive.js';
export type { StoredHeader, StoredKind, StoredValue, StoredValues, StoredVersion } from './types.js';

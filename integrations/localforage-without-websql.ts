/**
 * Builds localforage from its ES module source with two of its modules swapped, for the site and
 * the unit tests alike. WebSQL was removed from every current browser (Chrome 119, and never in
 * Firefox), yet localforage always bundles its driver (about 1 KB gzip of the storage engine every
 * worksheet page loads); here it is a driver that is never supported, so localforage moves on to
 * localStorage exactly as it does in a browser without WebSQL. Its Promise module, which falls
 * back to a CommonJS polyfill, becomes the browser's own Promise (every browser with IndexedDB has
 * one). Only imports made from localforage's own `src/` are touched.
 */
import type { Plugin } from 'vite';

const WEBSQL = '\0localforage:websql-absent';
const PROMISE = '\0localforage:native-promise';

// All eight methods a driver must have (localforage checks), none of which can ever run: a driver
// whose `_support` is false is never chosen.
const absentWebSQL = `
const absent = () => Promise.reject(new Error('WebSQL is not available in this build.'));
export default {
  _driver: 'webSQLStorage',
  _support: false,
  _initStorage: absent,
  clear: absent,
  getItem: absent,
  iterate: absent,
  key: absent,
  keys: absent,
  length: absent,
  removeItem: absent,
  setItem: absent,
};
`;

/** The Vite plugin; list it in `vite.plugins` of the site and of Vitest. */
export function localforageWithoutWebSQL(): Plugin {
  return {
    name: 'workbook:localforage-without-websql',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]node_modules[\\/]localforage[\\/]src[\\/]/.test(importer)) return null;
      if (/(^|\/)drivers\/websql(\.js)?$/.test(source)) return WEBSQL;
      if (/(^|\/)utils\/promise(\.js)?$/.test(source)) return PROMISE;
      return null;
    },
    load(id) {
      if (id === WEBSQL) return absentWebSQL;
      if (id === PROMISE) return 'export default Promise;';
      return null;
    },
  };
}

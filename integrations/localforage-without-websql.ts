/**
 * Builds localforage from its ES module source with four of its modules swapped, for the site and
 * the unit tests alike. WebSQL was removed from every current browser (Chrome 119, and never in
 * Firefox), yet localforage always bundles its driver (about 1 KB gzip of the storage engine every
 * worksheet page loads); here it is a driver that is never supported, so localforage moves on to
 * localStorage exactly as it does in a browser without WebSQL. Its Promise module, which falls
 * back to a CommonJS polyfill, becomes the browser's own Promise (every browser with IndexedDB has
 * one). Its localStorage driver, with the serializer only that driver uses, is fetched the first
 * time localforage opens it: it serves only browsers where IndexedDB cannot be opened, yet it was
 * 1.6 KB gzip of what every worksheet page loads. Its IndexedDB driver keeps the four methods the
 * workbook's storage engine calls (`getItem`, `setItem`, `removeItem`, `keys`, see
 * src/lib/storage/localforage-engine.ts); `iterate`, `clear`, `length`, `key` and `dropInstance`
 * become methods that refuse with a message, so the bundler drops their code (about 1 KB gzip).
 * Only localforage's own `src/` is touched.
 */
import type { Plugin } from 'vite';

const WEBSQL = '\0localforage:websql-absent';
const PROMISE = '\0localforage:native-promise';
const LAZY_LOCALSTORAGE = '\0localforage:localstorage-on-use';
const LAZY_SERIALIZER = '\0localforage:serializer-on-use';
const ENTRY = /[\\/]node_modules[\\/]localforage[\\/]src[\\/]localforage\.js$/;

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

// The localStorage driver as localforage sees it: the same name and support test, and every
// method fetching the real driver on first use, then running it on the localforage instance
// (`this`), as the driver's own methods expect. `_support` is a value, as in the real driver,
// so defining it at start-up fetches nothing.
const lazyLocalStorage = (real: string) => `
import isLocalStorageValid from ${JSON.stringify(real.replace(/drivers[\\/]localstorage\.js$/, 'utils/isLocalStorageValid.js'))};
let real;
const load = () => (real ??= import(${JSON.stringify(real)}).then((module) => module.default));
const method = (name) =>
  function (...args) {
    return load().then((driver) => driver[name].apply(this, args));
  };
export default {
  _driver: 'localStorageWrapper',
  _support: isLocalStorageValid(),
  _initStorage: method('_initStorage'),
  clear: method('clear'),
  dropInstance: method('dropInstance'),
  getItem: method('getItem'),
  iterate: method('iterate'),
  key: method('key'),
  keys: method('keys'),
  length: method('length'),
  removeItem: method('removeItem'),
  setItem: method('setItem'),
};
`;

// localforage.js imports the serializer only to hand it out from `getSerializer()`, which
// resolves whatever it is given: a thenable fetches the real one when somebody asks.
const lazySerializer = (real: string) => `
export default {
  then(resolve, reject) {
    return import(${JSON.stringify(real)}).then((module) => module.default).then(resolve, reject);
  },
};
`;

const INDEXEDDB_DRIVER = /[\\/]node_modules[\\/]localforage[\\/]src[\\/]drivers[\\/]indexeddb\.js$/;
/** IndexedDB driver methods the storage engine never calls. */
export const LEFT_OUT_METHODS = ['iterate', 'clear', 'length', 'key', 'dropInstance'] as const;

// localforage still checks that a driver has every method, and wraps each one on its instances,
// so the left-out ones stay as functions; what goes is the code behind them. A function
// declaration, appended, is hoisted above the driver object and keeps every line where it was.
const leftOut = `
function leftOut(name) {
  return function () {
    return Promise.reject(
      new Error('localforage.' + name + '() is left out of the workbook: its storage engine never calls it.'),
    );
  };
}
`;

/**
 * Points the IndexedDB driver's unused methods at `leftOut`. Throws when the driver object does not
 * read as expected (a different localforage version), so the trim can never silently lapse.
 */
export function trimIndexedDBDriver(code: string): string {
  const driver = /var asyncStorage = \{[^}]*\};/.exec(code);
  if (!driver) throw new Error('localforage’s IndexedDB driver object was not found.');
  let trimmed = driver[0];
  for (const name of LEFT_OUT_METHODS) {
    const entry = new RegExp(`(\\s)${name}: ${name}\\b`);
    if (!entry.test(trimmed))
      throw new Error(`localforage’s IndexedDB driver has no \`${name}: ${name}\` entry.`);
    trimmed = trimmed.replace(entry, `$1${name}: leftOut('${name}')`);
  }
  return code.replace(driver[0], trimmed) + leftOut;
}

/** The Vite plugin; list it in `vite.plugins` of the site and of Vitest. */
export function localforageWithoutWebSQL(): Plugin {
  return {
    name: 'workbook:localforage-without-websql',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/[\\/]node_modules[\\/]localforage[\\/]src[\\/]/.test(importer)) return null;
      if (/(^|\/)drivers\/websql(\.js)?$/.test(source)) return WEBSQL;
      if (/(^|\/)utils\/promise(\.js)?$/.test(source)) return PROMISE;
      if (!ENTRY.test(importer)) return null;
      // Only localforage.js itself gets the on-use stand-ins; the real driver imports the real
      // serializer.
      const lazy = /(^|\/)drivers\/localstorage(\.js)?$/.test(source)
        ? LAZY_LOCALSTORAGE
        : /(^|\/)utils\/serializer(\.js)?$/.test(source)
          ? LAZY_SERIALIZER
          : undefined;
      if (!lazy) return null;
      const real = await this.resolve(source, importer, { skipSelf: true });
      return real ? `${lazy}?${real.id}` : null;
    },
    transform(code, id) {
      if (!INDEXEDDB_DRIVER.test(id)) return null;
      return { code: trimIndexedDBDriver(code), map: null };
    },
    load(id) {
      if (id === WEBSQL) return absentWebSQL;
      if (id === PROMISE) return 'export default Promise;';
      if (id.startsWith(`${LAZY_LOCALSTORAGE}?`))
        return lazyLocalStorage(id.slice(LAZY_LOCALSTORAGE.length + 1));
      if (id.startsWith(`${LAZY_SERIALIZER}?`)) return lazySerializer(id.slice(LAZY_SERIALIZER.length + 1));
      return null;
    },
  };
}

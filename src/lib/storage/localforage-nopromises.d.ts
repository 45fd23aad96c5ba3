// localforage's build without the Promise polyfill: the same API as the package's main entry,
// whose typings it shares (storage/localforage-engine.ts explains the choice).
declare module 'localforage/dist/localforage.nopromises.js' {
  import localforage from 'localforage';
  export default localforage;
}

// localforage's ES module source, built without WebSQL (integrations/localforage-without-websql.ts):
// the same API as the package's main entry, whose typings it shares.
declare module 'localforage/src/localforage.js' {
  import localforage from 'localforage';
  export default localforage;
}

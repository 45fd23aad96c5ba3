/**
 * Data kept aside (quarantined) is whatever the browser held under a document's key when it
 * could not be read: any value IndexedDB stores, binary data included. A backup is JSON, so each
 * value that JSON cannot hold is written as an object tagged `$kept` with its type (bytes in
 * base64), and read back as the value it was. A stored object that itself has a `$kept` key is
 * tagged too, so nothing stored can pass for a tag.
 */

const TAG = '$kept';

/** A value as a backup file holds it: JSON, with tagged objects for everything else. */
export type KeptJson = null | boolean | number | string | KeptJson[] | { [key: string]: KeptJson };

const viewTypes: Record<string, new (buffer: ArrayBuffer) => ArrayBufferView> = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
  DataView,
};

function toBase64(bytes: Uint8Array): string {
  let text = '';
  // In pieces: one call with a million arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/**
 * The built-in type of a value, e.g. `ArrayBuffer`, read from its tag rather than `instanceof`:
 * a value read from storage may come from another realm, whose classes are not this page's.
 */
const kindOf = (value: object) => Object.prototype.toString.call(value).slice(8, -1);

const isPlain = (value: object) => [Object.prototype, null].includes(Object.getPrototypeOf(value) as object);

/** Every Blob (and File) inside `value`, whose bytes can only be read asynchronously. */
function blobsIn(value: unknown, found: Blob[], seen = new Set<unknown>()): Blob[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return found;
  seen.add(value);
  const kind = kindOf(value);
  if (kind === 'Blob' || kind === 'File') found.push(value as Blob);
  else if (kind === 'Map' || kind === 'Set' || Array.isArray(value)) {
    for (const item of value as Iterable<unknown>) blobsIn(item, found, seen);
  } else for (const item of Object.values(value)) blobsIn(item, found, seen);
  return found;
}

function encode(value: unknown, blobs: Map<Blob, string>): KeptJson {
  switch (typeof value) {
    case 'undefined':
      return { [TAG]: 'undefined' };
    case 'bigint':
      return { [TAG]: 'bigint', value: value.toString() };
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0)
        ? value
        : { [TAG]: 'number', value: Object.is(value, -0) ? '-0' : String(value) };
    case 'string':
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      // Functions and symbols cannot be stored; say what was there rather than drop it.
      return { [TAG]: 'unstorable', value: String(value) };
  }
  if (value === null) return null;
  const each = (items: Iterable<unknown>) => Array.from(items, (item) => encode(item, blobs));
  if (Array.isArray(value)) return each(value);
  const kind = kindOf(value);
  if (kind === 'ArrayBuffer') {
    return { [TAG]: 'ArrayBuffer', base64: toBase64(new Uint8Array(value as ArrayBuffer)) };
  }
  if (Object.hasOwn(viewTypes, kind)) {
    const view = value as ArrayBufferView;
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    return { [TAG]: kind, base64: toBase64(bytes) };
  }
  if (kind === 'Blob' || kind === 'File') {
    const blob = value as Blob;
    const file = kind === 'File' ? (value as File) : undefined;
    return {
      [TAG]: kind,
      type: blob.type,
      base64: blobs.get(blob) ?? '',
      ...(file ? { name: file.name, lastModified: file.lastModified } : {}),
    };
  }
  if (kind === 'Date') {
    const time = (value as Date).getTime();
    return { [TAG]: 'Date', value: Number.isNaN(time) ? null : time };
  }
  if (kind === 'RegExp')
    return { [TAG]: 'RegExp', source: (value as RegExp).source, flags: (value as RegExp).flags };
  if (kind === 'Map') return { [TAG]: 'Map', entries: each(value as Map<unknown, unknown>) };
  if (kind === 'Set') return { [TAG]: 'Set', values: each(value as Set<unknown>) };
  if (kind === 'Error')
    return { [TAG]: 'Error', name: (value as Error).name, message: (value as Error).message };
  const entries = Object.entries(value).map(([key, item]) => [key, encode(item, blobs)] as const);
  if (Object.hasOwn(value, TAG) || !isPlain(value)) {
    return { [TAG]: 'object', entries: entries.map(([key, item]) => [key, item]) };
  }
  return Object.fromEntries(entries);
}

/**
 * A kept-aside value as JSON a backup can hold, binary data in base64 with a type marker, so
 * that `decodeKeptAside` gives back the same value. Asynchronous only to read a Blob's bytes.
 */
export async function encodeKeptAside(value: unknown): Promise<KeptJson> {
  const blobs = new Map<Blob, string>();
  for (const blob of blobsIn(value, [])) blobs.set(blob, toBase64(new Uint8Array(await blob.arrayBuffer())));
  return encode(value, blobs);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value `encodeKeptAside` was given, from what a backup file holds. Never throws. */
export function decodeKeptAside(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeKeptAside);
  if (!isObject(value)) return value;
  // Object.fromEntries defines keys as data, so a stored `__proto__` key stays a key.
  if (!Object.hasOwn(value, TAG)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decodeKeptAside(item)]));
  }
  const pairs = (list: unknown): unknown[][] =>
    (Array.isArray(list) ? (list as unknown[]) : []).map((pair) =>
      Array.isArray(pair) ? (pair as unknown[]) : [],
    );
  const text = (field: unknown) => (typeof field === 'string' ? field : '');
  const tag = value[TAG];
  try {
    switch (tag) {
      case 'undefined':
        return undefined;
      case 'bigint':
        return BigInt(text(value['value']));
      case 'number':
        return value['value'] === '-0' ? -0 : Number(value['value']);
      case 'Date':
        return new Date(typeof value['value'] === 'number' ? value['value'] : Number.NaN);
      case 'RegExp':
        return new RegExp(text(value['source']), text(value['flags']));
      case 'Map':
        return new Map(pairs(value['entries']).map(([k, v]) => [decodeKeptAside(k), decodeKeptAside(v)]));
      case 'Set':
        return new Set((Array.isArray(value['values']) ? value['values'] : []).map(decodeKeptAside));
      case 'Error':
        return Object.assign(new Error(text(value['message'])), { name: text(value['name']) || 'Error' });
      case 'object':
        return Object.fromEntries(pairs(value['entries']).map(([k, v]) => [String(k), decodeKeptAside(v)]));
      case 'ArrayBuffer':
        return fromBase64(text(value['base64']));
      case 'Blob':
        return new Blob([fromBase64(text(value['base64']))], { type: text(value['type']) });
      case 'File':
        return new File([fromBase64(text(value['base64']))], text(value['name']), {
          type: text(value['type']),
          lastModified: Number(value['lastModified']) || 0,
        });
      default: {
        const View = typeof tag === 'string' && Object.hasOwn(viewTypes, tag) ? viewTypes[tag] : undefined;
        if (View) return new View(fromBase64(text(value['base64'])));
      }
    }
  } catch {
    // Damaged base64 or the like: kept as the file has it rather than dropped.
  }
  return Object.fromEntries(Object.entries(value));
}

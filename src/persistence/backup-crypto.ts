// A backup locked with a passphrase, for a file that travels by mail, a chat or a shared drive.
// WebCrypto only (in every browser the workbook supports, and in Node for the tests): the
// passphrase derives an AES-GCM key with PBKDF2-SHA-256, and the whole backup text is sealed.
// Fetched with the backup code, and only when a passphrase is given or a locked file is chosen.
// Only valibot functions the documents' schemas already use: valibot lives in the runtime every
// page loads, so a new one here would weigh on every page.
import * as v from 'valibot';
import { BACKUP_FORMAT } from './backup-file';

/**
 * `formatVersion` of a locked backup. Version 2 is the plain backup; version 3 wraps the text of a
 * version-2 file. A page that knows only version 2 says the file is from a newer workbook.
 */
export const ENCRYPTED_FORMAT_VERSION = 3;

/**
 * PBKDF2 rounds for a new file: OWASP's 2023 figure for PBKDF2-HMAC-SHA-256
 * (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html), about half
 * a second on a phone, once per backup or restore.
 */
export const PBKDF2_ITERATIONS = 600_000;

/**
 * Most rounds a file may ask for: a changed file must not keep the page busy for minutes
 * before its passphrase is found wrong.
 */
const MAX_ITERATIONS = 10_000_000;

const SALT_BYTES = 16;
const IV_BYTES = 12;

const base64 = (length: number) =>
  v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64'),
    v.check((text) => fromBase64(text).length === length, `is not ${length} bytes`),
  );

/** How a locked backup file is laid out. Everything but `ciphertext` is readable without the passphrase. */
export const encryptedBackupSchema = v.object({
  /** `BACKUP_FORMAT`, as in every backup, so the file is recognised as one. */
  format: v.picklist([BACKUP_FORMAT]),
  /** Always `ENCRYPTED_FORMAT_VERSION`: the layout of this wrapper. */
  formatVersion: v.picklist([ENCRYPTED_FORMAT_VERSION]),
  /** How the key was derived and the text sealed; bound into the seal, so changing it fails. */
  encryption: v.object({
    /** Key derivation: PBKDF2 with HMAC-SHA-256 over the passphrase's UTF-8 bytes. */
    kdf: v.picklist(['PBKDF2-SHA-256']),
    /** PBKDF2 rounds: at least `PBKDF2_ITERATIONS`. */
    iterations: v.pipe(
      v.number(),
      v.safeInteger(),
      v.minValue(PBKDF2_ITERATIONS),
      v.maxValue(MAX_ITERATIONS),
    ),
    /** 16 random bytes, base64, new for every file. */
    salt: base64(SALT_BYTES),
    /** The cipher: AES-GCM with a 256-bit key and a 128-bit tag. */
    cipher: v.picklist(['AES-256-GCM']),
    /** 12 random bytes, base64, new for every file. */
    iv: base64(IV_BYTES),
  }),
  /** The sealed UTF-8 text of a plain (version 2) backup file, followed by its tag, base64. */
  ciphertext: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64')),
});

/** A locked backup file, parsed. */
export type EncryptedBackup = v.InferOutput<typeof encryptedBackupSchema>;

/** Base64 of bytes, in slices so a large backup never overflows the argument list. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return new Uint8Array(0);
  }
}

/**
 * What the seal covers besides the text: the wrapper's settings, so that a file whose rounds or
 * cipher were changed is refused like one whose text was.
 */
const header = (file: Pick<EncryptedBackup, 'formatVersion' | 'encryption'>) =>
  new TextEncoder().encode(
    `${BACKUP_FORMAT}/${file.formatVersion}/${file.encryption.kdf}/${file.encryption.iterations}/${file.encryption.cipher}`,
  );

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Locks the text of a backup file with `passphrase`; returns the text of the locked file. A new
 * random salt and IV every time, so two files of the same data with the same passphrase differ.
 */
export async function encryptBackup(text: string, passphrase: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const shell = {
    format: BACKUP_FORMAT,
    formatVersion: ENCRYPTED_FORMAT_VERSION,
    encryption: {
      kdf: 'PBKDF2-SHA-256',
      iterations: PBKDF2_ITERATIONS,
      salt: toBase64(salt),
      cipher: 'AES-256-GCM',
      iv: toBase64(iv),
    },
  } as const;
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header(shell) },
    key,
    new TextEncoder().encode(text),
  );
  // Settings first, so that `isLocked` (in `backup-file.ts`) finds them in the file's first bytes.
  return `${JSON.stringify({ ...shell, ciphertext: toBase64(new Uint8Array(sealed)) })}\n`;
}

/** Why a locked file did not open, in the reader's words; nothing is imported either way. */
export class UnlockError extends Error {
  /** `passphrase`: wrong passphrase or changed file (the seal cannot tell them apart); `damaged`: not a locked backup's layout. */
  constructor(
    readonly reason: 'passphrase' | 'damaged',
    message: string,
  ) {
    super(message);
    this.name = 'UnlockError';
  }
}

/**
 * Opens a locked backup file with `passphrase`; resolves to the text of the plain backup inside.
 * Rejects with an `UnlockError`: a wrong passphrase and a changed file both fail the seal.
 */
export async function decryptBackup(text: string, passphrase: string): Promise<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UnlockError('damaged', 'This locked backup is damaged: it is not JSON. Nothing was imported.');
  }
  const checked = v.safeParse(encryptedBackupSchema, parsed);
  if (!checked.success) {
    const issue = checked.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? 'the file';
    throw new UnlockError(
      'damaged',
      `This locked backup is damaged (${path}: ${issue.message}). Nothing was imported.`,
    );
  }
  const file = checked.output;
  const key = await deriveKey(passphrase, fromBase64(file.encryption.salt), file.encryption.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(file.encryption.iv), additionalData: header(file) },
      key,
      fromBase64(file.ciphertext),
    );
    return new TextDecoder().decode(plain);
  } catch {
    throw new UnlockError(
      'passphrase',
      'This passphrase does not open the backup: it is not the one the backup was locked with, or the file was changed since. Nothing was imported; check the passphrase and try again.',
    );
  }
}

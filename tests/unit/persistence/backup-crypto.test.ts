import { describe, expect, it } from 'vitest';
import {
  PBKDF2_ITERATIONS,
  UnlockError,
  decryptBackup,
  encryptBackup,
  type EncryptedBackup,
} from '../../../src/persistence/backup-crypto';
import { BACKUP_FORMAT, isLocked, LOCKED_HEAD_BYTES } from '../../../src/persistence/backup-file';

const plain = `${JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 2, notes: 'Priya — café ☕' }, null, 2)}\n`;
const passphrase = 'correct horse battery staple';

async function failure(promise: Promise<unknown>): Promise<UnlockError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UnlockError) return error;
    throw error;
  }
  throw new Error('expected the file not to open');
}

describe('a backup locked with a passphrase', () => {
  it('opens with its passphrase to exactly the text that was locked, which it does not show', async () => {
    const locked = await encryptBackup(plain, passphrase);
    expect(locked).not.toContain('Priya');
    expect(isLocked(locked.slice(0, LOCKED_HEAD_BYTES))).toBe(true);
    expect(isLocked(plain)).toBe(false);
    const file = JSON.parse(locked) as EncryptedBackup;
    expect(file).toMatchObject({
      format: BACKUP_FORMAT,
      formatVersion: 3,
      encryption: { kdf: 'PBKDF2-SHA-256', cipher: 'AES-256-GCM' },
    });
    expect(file.encryption.iterations).toBeGreaterThanOrEqual(600_000);
    expect(await decryptBackup(locked, passphrase)).toBe(plain);
  });

  it('uses a new salt and IV every time', async () => {
    const [a, b] = (
      await Promise.all([encryptBackup(plain, passphrase), encryptBackup(plain, passphrase)])
    ).map((text) => JSON.parse(text) as EncryptedBackup);
    expect(a!.encryption.salt).not.toBe(b!.encryption.salt);
    expect(a!.encryption.iv).not.toBe(b!.encryption.iv);
    expect(a!.ciphertext).not.toBe(b!.ciphertext);
  });

  it('refuses a wrong passphrase with a clear message', async () => {
    const error = await failure(decryptBackup(await encryptBackup(plain, passphrase), 'correct horse'));
    expect(error.reason).toBe('passphrase');
    expect(error.message).toMatch(/passphrase does not open the backup.*Nothing was imported/);
  });

  it('refuses a file whose sealed text or settings were changed', async () => {
    const file = JSON.parse(await encryptBackup(plain, passphrase)) as EncryptedBackup;
    const bytes = Uint8Array.from(atob(file.ciphertext), (c) => c.charCodeAt(0));
    bytes[3]! ^= 1;
    const flipped = { ...file, ciphertext: btoa(String.fromCharCode(...bytes)) };
    expect((await failure(decryptBackup(JSON.stringify(flipped), passphrase))).reason).toBe('passphrase');
    // More rounds than written derive another key; the seal covers the settings too.
    const rounds = { ...file, encryption: { ...file.encryption, iterations: PBKDF2_ITERATIONS + 1 } };
    expect((await failure(decryptBackup(JSON.stringify(rounds), passphrase))).reason).toBe('passphrase');
  });

  it('names what is damaged when the file is not a locked backup’s layout', async () => {
    const file = JSON.parse(await encryptBackup(plain, passphrase)) as EncryptedBackup;
    const weak = { ...file, encryption: { ...file.encryption, iterations: 1000 } };
    const error = await failure(decryptBackup(JSON.stringify(weak), passphrase));
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(/encryption\.iterations/);
    expect((await failure(decryptBackup('{ not json', passphrase))).reason).toBe('damaged');
  });
});

import fs from 'node:fs';

/**
 * The part of Electron's `safeStorage` the planner uses: encryption with a key the
 * operating system keeps (Keychain on macOS, DPAPI on Windows, the Secret Service on
 * Linux). Injected, so this module runs (and is tested) without Electron.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Where this installation keeps the shared database's password. */
export interface PasswordVault {
  /** Whether a password can be stored here at all (no keychain: PGPASSWORD or pgpass instead). */
  available(): boolean;
  read(): string | undefined;
  save(password: string): void;
  clear(): void;
}

/**
 * The desktop's vault: the password encrypted by the operating system's keychain, in a
 * file of its own beside the settings. Only ciphertext touches the disk; a file that no
 * longer decrypts (another user, a new keychain) reads as no password, so the user is
 * asked again instead of the planner failing.
 */
export function keychainPassword(safeStorage: SafeStorageLike, file: string): PasswordVault {
  return {
    available: () => safeStorage.isEncryptionAvailable(),
    read() {
      if (!safeStorage.isEncryptionAvailable() || !fs.existsSync(file)) return undefined;
      try {
        return safeStorage.decryptString(fs.readFileSync(file));
      } catch {
        return undefined;
      }
    },
    save(password) {
      if (!safeStorage.isEncryptionAvailable()) throw new Error('keychainPassword: no keychain on this computer');
      const temp = `${file}.tmp`;
      fs.writeFileSync(temp, safeStorage.encryptString(password), { mode: 0o600 });
      fs.renameSync(temp, file);
    },
    clear() {
      fs.rmSync(file, { force: true });
    },
  };
}

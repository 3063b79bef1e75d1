/**
 * The little the UI remembers between sessions (language, last team, tour seen). localStorage in the app, a Map
 * in tests.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** localStorage can throw (disabled storage, full quota); preferences are not worth a crash. */
export function safeBrowserStorage(): KeyValueStorage {
  try {
    // Typed locally so this file also compiles in the node tests (no DOM lib there).
    const storage = (globalThis as { localStorage?: KeyValueStorage & { removeItem(key: string): void } }).localStorage;
    if (!storage) return memoryStorage();
    const probe = '__wtp_probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return {
      getItem: (key) => {
        try {
          return storage.getItem(key);
        } catch {
          return null;
        }
      },
      setItem: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {
          // Preferences only; the data itself lives in the database.
        }
      },
      removeItem: (key) => {
        try {
          storage.removeItem(key);
        } catch {
          // As above.
        }
      },
    };
  } catch {
    return memoryStorage();
  }
}

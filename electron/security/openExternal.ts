/**
 * The one way the app hands a URL to the operating system: only http(s) links (for
 * example a link in the about text), never file:, smb:, custom app schemes or anything
 * with credentials, which could start programs or leak a login.
 */
type ShellOpenExternal = (url: string) => Promise<void>;

export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === ''
  );
}

/** Returns whether the URL was handed over; refused URLs are only logged. */
export function createSafeOpenExternal(open: ShellOpenExternal, log: (message: string) => void) {
  return async (url: string): Promise<boolean> => {
    if (!isSafeExternalUrl(url)) {
      log(`openExternal: geweigerd, geen http(s)-adres: ${url.slice(0, 200)}`);
      return false;
    }
    await open(url);
    return true;
  };
}

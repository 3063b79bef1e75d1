import fs from 'node:fs';

/**
 * A rename is only durable once its directory is flushed: after a power cut the old name
 * could come back. Best effort - some file systems (and Windows) cannot fsync a directory,
 * and the data itself is already safe in the renamed file.
 */
export function syncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported here; the rename itself still happened.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** A chosen spreadsheet as the store's import methods take it. */
export interface ImportFile {
  fileName: string;
  format: 'csv' | 'xlsx';
  dataBase64: string;
}

/** The format by the file's extension; anything else is refused before it is read. */
export function importFormat(fileName: string): ImportFile['format'] | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'xlsx' ? extension : null;
}

/**
 * Reads a file as base64 (the same bytes over IPC and HTTP), reporting the fraction read.
 * FileReader works in the browser host and in Electron's sandboxed renderer alike.
 */
export function readAsBase64(file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error());
    reader.onload = () => {
      const url = String(reader.result);
      // A data URL: `data:<type>;base64,<data>`.
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

import { useEffect, useState } from 'react';
import { useStores } from '../../app/StoreContext.js';

/** Where the backups of this planner are (`<data folder>/backups`), or null until known. */
export function useBackupFolder(): string | null {
  const { api } = useStores();
  const [folder, setFolder] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api
      .call('app.info', {})
      .then(({ dataDir }) => {
        // The store's own separator: a Windows path has backslashes and no slashes.
        const separator = dataDir.includes('\\') && !dataDir.includes('/') ? '\\' : '/';
        if (live) setFolder(`${dataDir.replace(/[\\/]+$/, '')}${separator}backups`);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api]);
  return folder;
}

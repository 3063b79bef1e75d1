import { createContext, type ReactNode, useContext } from 'react';
import type { RootStore } from './RootStore.js';

const StoreContext = createContext<RootStore | null>(null);

export function StoreProvider({ store, children }: { store: RootStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStores(): RootStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStores: no StoreProvider above this component.');
  return store;
}

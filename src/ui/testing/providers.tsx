/**
 * The wrapper that component tests render inside: a store and an atlas handed over the way
 * main.tsx and an embed do. It lives in ui/ because it needs both the store and the data layer,
 * which may not import each other (src/layering.test.ts).
 */
import type { ReactElement, ReactNode } from "react";
import type { StoreApi } from "zustand";
import type { AtlasIndex } from "../../data/atlas";
import { AtlasDataProvider } from "../../data/hooks";
import { AtlasStoreProvider, type AtlasState } from "../../store";

/**
 * A testing-library `wrapper` that reads the store and atlas when it renders, so a test file can
 * make new ones in each beforeEach and still pass one wrapper to every render.
 */
export function providersOf(current: () => { store: StoreApi<AtlasState>; atlas: AtlasIndex }) {
  return function Providers({ children }: { children: ReactNode }): ReactElement {
    const { store, atlas } = current();
    return (
      <AtlasStoreProvider store={store}>
        <AtlasDataProvider data={{ index: atlas }}>{children}</AtlasDataProvider>
      </AtlasStoreProvider>
    );
  };
}

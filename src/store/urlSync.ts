/**
 * Keeps the store and the address bar in step:
 * - on start, the URL fills the store (a shared link reopens its view);
 * - store → URL with history.replaceState, debounced while only the map moves
 *   (a pan fires dozens of updates a second); a change of screen (view) pushes a
 *   history entry instead, so the Back button returns to the previous screen;
 * - URL → store on popstate (Back/Forward).
 */
import type { StoreApi } from "zustand";
import { pickViewState, type AtlasState, type ViewState } from "./index";
import { mergeViewStateIntoSearch, parseViewState } from "./url";

/** Milliseconds to wait after the last map move before writing the URL. */
export const MAP_URL_DEBOUNCE_MS = 300;

export interface UrlSyncTarget {
  location: Pick<Location, "search" | "pathname" | "hash">;
  history: Pick<History, "replaceState" | "pushState" | "state">;
  addEventListener: (type: "popstate", listener: () => void) => void;
  removeEventListener: (type: "popstate", listener: () => void) => void;
}

function onlyMapViewChanged(a: ViewState, b: ViewState): boolean {
  const keys = Object.keys(a) as (keyof ViewState)[];
  return keys.every((k) => k === "mapView" || a[k] === b[k]) && a.mapView !== b.mapView;
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(store: StoreApi<AtlasState>, target: UrlSyncTarget = window): () => void {
  store.setState(parseViewState(target.location.search));

  let timer: ReturnType<typeof setTimeout> | undefined;
  let applyingUrl = false;
  // The query the store last matched; a popstate that keeps it (a #fragment link) changes nothing.
  let knownSearch = target.location.search;

  const write = (push: boolean) => {
    timer = undefined;
    const { pathname, hash, search } = target.location;
    const next = mergeViewStateIntoSearch(search, pickViewState(store.getState()));
    knownSearch = next;
    if (next === search) return;
    const url = `${pathname}${next}${hash}`;
    if (push) target.history.pushState(null, "", url);
    else target.history.replaceState(target.history.state, "", url);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (applyingUrl) return;
    const now = pickViewState(state);
    const before = pickViewState(prev);
    if (timer !== undefined) clearTimeout(timer);
    if (onlyMapViewChanged(now, before)) {
      timer = setTimeout(() => write(false), MAP_URL_DEBOUNCE_MS);
    } else {
      write(now.view !== before.view);
    }
  });

  const onPopState = () => {
    if (target.location.search === knownSearch) return;
    knownSearch = target.location.search;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    applyingUrl = true;
    try {
      store.setState(parseViewState(target.location.search));
    } finally {
      applyingUrl = false;
    }
  };
  target.addEventListener("popstate", onPopState);

  return () => {
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe();
    target.removeEventListener("popstate", onPopState);
  };
}

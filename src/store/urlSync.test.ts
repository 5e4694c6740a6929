import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAtlasStore } from "./index";
import { MAP_URL_DEBOUNCE_MS, startUrlSync, type UrlSyncTarget } from "./urlSync";

/** A stand-in for window: a location, a history that records calls, and popstate listeners. */
function createFakeWindow(search = "") {
  const listeners = new Set<() => void>();
  const location = { pathname: "/atlas/", search, hash: "" };
  const calls: { kind: "push" | "replace"; url: string }[] = [];
  const navigate = (kind: "push" | "replace", url: string) => {
    calls.push({ kind, url });
    const q = url.indexOf("?");
    location.search = q < 0 ? "" : url.slice(q);
  };
  const target: UrlSyncTarget = {
    location,
    history: {
      state: null,
      pushState: (_s, _t, url) => navigate("push", String(url)),
      replaceState: (_s, _t, url) => navigate("replace", String(url)),
    },
    addEventListener: (_type, l) => listeners.add(l),
    removeEventListener: (_type, l) => listeners.delete(l),
  };
  const popTo = (newSearch: string) => {
    location.search = newSearch;
    for (const l of listeners) l();
  };
  return { target, calls, location, popTo, listeners };
}

describe("startUrlSync", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fills the store from the URL on start", () => {
    const store = createAtlasStore();
    const w = createFakeWindow("?lang=en&sel=pre2025:450");
    startUrlSync(store, w.target);
    expect([store.getState().lang, store.getState().selection]).toEqual(["en", ["pre2025:450"]]);
  });

  it("replaces the URL when the store changes", () => {
    const store = createAtlasStore();
    const w = createFakeWindow();
    startUrlSync(store, w.target);
    store.getState().setVintage("post2025");
    expect(w.calls).toEqual([{ kind: "replace", url: "/atlas/?v=post" }]);
  });

  it("pushes a history entry when the screen changes", () => {
    const store = createAtlasStore();
    const w = createFakeWindow();
    startUrlSync(store, w.target);
    store.getState().setView("compare");
    expect(w.calls).toEqual([{ kind: "push", url: "/atlas/?view=compare" }]);
  });

  it("waits for the map to stop moving before writing", () => {
    const store = createAtlasStore();
    const w = createFakeWindow();
    startUrlSync(store, w.target);
    store.getState().setMapView({ longitude: 106, latitude: 17, zoom: 6 });
    store.getState().setMapView({ longitude: 106.5, latitude: 17.5, zoom: 7 });
    expect(w.calls).toHaveLength(0);
    vi.advanceTimersByTime(MAP_URL_DEBOUNCE_MS);
    expect(w.calls).toEqual([{ kind: "replace", url: "/atlas/?map=106.5,17.5,7" }]);
  });

  it("keeps parameters it does not own", () => {
    const store = createAtlasStore();
    const w = createFakeWindow("?embed=1");
    startUrlSync(store, w.target);
    store.getState().setLang("en");
    expect(w.location.search).toBe("?lang=en&embed=1");
  });

  it("follows Back and Forward", () => {
    const store = createAtlasStore();
    const w = createFakeWindow();
    startUrlSync(store, w.target);
    w.popTo("?view=national&v=post");
    expect([store.getState().view, store.getState().vintage]).toEqual(["national", "post2025"]);
  });

  it("does not write the URL back while applying Back", () => {
    const store = createAtlasStore();
    const w = createFakeWindow();
    startUrlSync(store, w.target);
    w.popTo("?view=national");
    expect(w.calls).toHaveLength(0);
  });

  it("ignores a popstate that keeps the query (a #fragment link)", () => {
    const store = createAtlasStore();
    const w = createFakeWindow("?lang=en");
    startUrlSync(store, w.target);
    store.getState().setMapView({ longitude: 106, latitude: 17, zoom: 6 });
    w.popTo("?lang=en");
    vi.advanceTimersByTime(MAP_URL_DEBOUNCE_MS);
    expect(w.location.search).toBe("?lang=en&map=106,17,6");
  });

  it("stops when asked", () => {
    const store = createAtlasStore();
    const w = createFakeWindow();
    const stop = startUrlSync(store, w.target);
    stop();
    store.getState().setLang("en");
    expect([w.calls.length, w.listeners.size]).toEqual([0, 0]);
  });
});

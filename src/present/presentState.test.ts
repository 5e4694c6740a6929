// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { parsePresentParams } from "../store/url";
import { presentStore, resolveTheme, startThemeSync, THEME_QUERIES } from "./presentState";

/** A system that answers the given media queries with true. */
function system(...matching: string[]): (query: string) => boolean {
  return (q) => matching.includes(q);
}

describe("resolveTheme", () => {
  it("keeps a chosen theme, whatever the system asks for", () => {
    expect(resolveTheme("projector", () => true)).toBe("projector");
    expect(resolveTheme("light", system(THEME_QUERIES.dark))).toBe("light");
    expect(resolveTheme("dark", system(THEME_QUERIES.contrast))).toBe("dark");
  });

  it("with none chosen, follows the system: more contrast first, then dark, else light", () => {
    expect(resolveTheme(null, system("(prefers-contrast: more)"))).toBe("contrast");
    expect(resolveTheme(null, system("(prefers-color-scheme: dark)"))).toBe("dark");
    expect(resolveTheme(null, system("(prefers-contrast: more)", "(prefers-color-scheme: dark)"))).toBe("contrast");
    expect(resolveTheme(null, system())).toBe("light");
  });

  it("takes the choice from the address: theme=dark is kept, an unknown theme follows the system", () => {
    expect(resolveTheme(parsePresentParams("?theme=dark").theme, system())).toBe("dark");
    expect(resolveTheme(parsePresentParams("?embed=1&part=map&theme=dark").theme, system())).toBe("dark");
    expect(resolveTheme(parsePresentParams("?theme=midnight").theme, system(THEME_QUERIES.dark))).toBe("dark");
    expect(resolveTheme(parsePresentParams("?theme=light").theme, system(THEME_QUERIES.dark))).toBe("light");
  });
});

describe("startThemeSync", () => {
  const original = globalThis.matchMedia;
  afterEach(() => {
    globalThis.matchMedia = original;
    presentStore.setState({ theme: null });
  });

  /** A matchMedia whose answers a test can change, telling the listeners as a browser does. */
  function fakeSystem() {
    const matching = new Set<string>();
    const listeners = new Map<string, Set<() => void>>();
    globalThis.matchMedia = ((query: string) => ({
      get matches() {
        return matching.has(query);
      },
      addEventListener: (_: string, f: () => void) => listeners.set(query, (listeners.get(query) ?? new Set()).add(f)),
      removeEventListener: (_: string, f: () => void) => listeners.get(query)?.delete(f),
    })) as unknown as typeof matchMedia;
    return {
      set(query: string, on: boolean) {
        if (on) matching.add(query);
        else matching.delete(query);
        for (const f of listeners.get(query) ?? []) f();
      },
      listening: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
    };
  }

  it("puts the resolved theme on <html>, follows the system while none is chosen, and stops when asked", () => {
    const sys = fakeSystem();
    const stop = startThemeSync(document);
    const theme = () => document.documentElement.dataset.theme;
    expect(theme()).toBe("light");
    sys.set(THEME_QUERIES.dark, true);
    expect(theme()).toBe("dark");
    sys.set(THEME_QUERIES.contrast, true);
    expect(theme()).toBe("contrast");
    presentStore.setState({ theme: "light" });
    expect(theme()).toBe("light");
    sys.set(THEME_QUERIES.contrast, false);
    expect(theme()).toBe("light");
    presentStore.setState({ theme: null });
    expect(theme()).toBe("dark");
    stop();
    expect(sys.listening()).toBe(0);
    presentStore.setState({ theme: "projector" });
    expect(theme()).toBe("dark");
  });
});

/**
 * Presentation and theme state, outside the view store: which story and slide are shown,
 * whether the presenter stepped out to the live explorer, whether speaker notes are open, and
 * the room's theme. Story, slide and theme live in the URL (src/store/url.ts: story, slide,
 * theme), so a link opens a given slide in a given theme.
 */
import { createStore } from "zustand/vanilla";
import { mergePresentParams, parsePresentParams, type PresentParams, type Theme } from "../store/url";

export interface PresentState extends PresentParams {
  /** The story and slide the presenter stepped out of to the live explorer; null when not. */
  paused: { story: string; slide: number } | null;
  notes: boolean;
}

export const presentStore = createStore<PresentState>(() => ({ ...parsePresentParams(globalThis.location?.search ?? ""), paused: null, notes: false }));

/** Writes story, slide and theme into the address (replaceState), leaving every other parameter. */
export function startPresentUrlSync(target: Window = window): () => void {
  return presentStore.subscribe((s, prev) => {
    if (s.story === prev.story && s.slide === prev.slide && s.theme === prev.theme) return;
    const { pathname, hash, search } = target.location;
    const next = mergePresentParams(search, s);
    if (next !== search) target.history.replaceState(target.history.state, "", `${pathname}${next}${hash}`);
  });
}

/** The media queries the theme follows while none is chosen, strongest first. */
export const THEME_QUERIES = { contrast: "(prefers-contrast: more)", dark: "(prefers-color-scheme: dark)" } as const;

/**
 * The theme to draw: the chosen one (the control, or theme= in the address, an embed's too);
 * else what the system asks for. More contrast wins over dark: a person who asks for both needs
 * the contrast most, and the high-contrast theme is the one checked for it.
 */
export function resolveTheme(chosen: Theme | null, media: (query: string) => boolean): Theme {
  if (chosen !== null) return chosen;
  if (media(THEME_QUERIES.contrast)) return "contrast";
  if (media(THEME_QUERIES.dark)) return "dark";
  return "light";
}

/** Keeps <html data-theme> on the resolved theme, following the system while none is chosen. */
export function startThemeSync(doc: Document = document): () => void {
  const mq = (q: string) => typeof matchMedia === "function" && matchMedia(q).matches;
  const apply = () => {
    const theme = resolveTheme(presentStore.getState().theme, mq);
    doc.documentElement.dataset.theme = theme;
  };
  apply();
  const lists = typeof matchMedia === "function" ? Object.values(THEME_QUERIES).map((q) => matchMedia(q)) : [];
  for (const l of lists) l.addEventListener("change", apply);
  const unsubscribe = presentStore.subscribe((s, prev) => {
    if (s.theme !== prev.theme) apply();
  });
  return () => {
    unsubscribe();
    for (const l of lists) l.removeEventListener("change", apply);
  };
}

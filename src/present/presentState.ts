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

/**
 * The theme to draw: the chosen one, or what the system asks for (more contrast). There is no
 * dark theme yet: several stylesheets set their own greys on white, which fail contrast on a
 * dark page, so a system that prefers dark gets the light theme.
 */
export function resolveTheme(chosen: Theme | null, media: (query: string) => boolean): Theme {
  if (chosen !== null) return chosen;
  if (media("(prefers-contrast: more)")) return "contrast";
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
  const lists = typeof matchMedia === "function" ? ["(prefers-contrast: more)"].map((q) => matchMedia(q)) : [];
  for (const l of lists) l.addEventListener("change", apply);
  const unsubscribe = presentStore.subscribe((s, prev) => {
    if (s.theme !== prev.theme) apply();
  });
  return () => {
    unsubscribe();
    for (const l of lists) l.removeEventListener("change", apply);
  };
}

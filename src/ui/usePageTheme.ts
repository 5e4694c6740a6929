/**
 * The theme the page is drawn in (<html data-theme>, which src/present/presentState.ts keeps on
 * the chosen or system theme), for what CSS cannot reach: the map's WebGL colours. Read from the
 * page, not from the presentation's store, so an embed and the map widget follow it too.
 */
import { useSyncExternalStore } from "react";

/** "dark" on the dark theme; "light" on every light one (light, contrast, projector). */
export type PageTone = "light" | "dark";

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

export function pageTone(doc: Document = document): PageTone {
  return doc.documentElement.dataset.theme === "dark" ? "dark" : "light";
}

export function usePageTone(): PageTone {
  return useSyncExternalStore(subscribe, () => pageTone(), () => "light");
}

/**
 * A slide is a saved view: the view state it stands for, with every field it does not name at
 * its default (so one slide never inherits the previous slide's selection or period). The
 * language is the reader's, never the slide's.
 */
import type { Lang, StorySlide, StoryText } from "../schema";
import { defaultViewState, type ViewState } from "../store";

export function slideViewState(slide: StorySlide, lang: Lang): ViewState {
  const d = defaultViewState();
  return {
    ...d,
    lang,
    view: slide.view,
    vintage: slide.vintage ?? d.vintage,
    indicator: slide.indicator ?? null,
    period: slide.period ?? null,
    programme: slide.programme ?? null,
    selection: [...slide.selection],
    mapView: slide.map ?? null,
    compareMode: slide.compare ?? d.compareMode,
    swipe: slide.swipe ?? d.swipe,
  };
}

/** The text in the reader's language; French falls back to English. */
export function storyText(text: StoryText, lang: Lang): string {
  return lang === "fr" ? (text.fr ?? text.en) : text[lang];
}

/** Next slide index for a key a presentation clicker or keyboard sends; null = not a slide key. */
export function slideForKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case " ":
      return Math.min(count - 1, current + 1);
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return Math.max(0, current - 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

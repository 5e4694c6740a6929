/**
 * Presentation mode. The room controls (story, "Trình chiếu / Present", theme) sit under the
 * header; presenting hides the header and footer, goes full screen where the browser allows,
 * and shows the slide's title, caption, counter and buttons over the screen the slide names.
 * Keys: → ↓ PageDown Space next; ← ↑ PageUp previous (what clickers send); Home, End; Esc
 * leaves; S shows the speaker notes. "Live explorer" steps out on the slide's view, and
 * "Back to slide" returns to it.
 */
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { useDataset } from "../data/hooks";
import type { Story } from "../schema";
import { useAtlasStoreApi } from "../store";
import { flyToNextView } from "../store/cameraMotion";
import { THEMES, type Theme } from "../store/url";
import "./present.css";
import { presentStore } from "./presentState";
import { slideForKey, slideViewState, storyText } from "./slideView";

function useStories(): Story[] {
  const file = useDataset("stories");
  return file.status === "ready" ? file.data.stories : [];
}

function usePresent<T>(selector: (s: ReturnType<typeof presentStore.getState>) => T): T {
  return useStore(presentStore, selector);
}

/** Whether a presentation is on screen (the page hides its header and footer). */
export function usePresenting(): boolean {
  return usePresent((s) => s.story !== null);
}

function enterFullscreen(): void {
  const el = document.documentElement;
  if (document.fullscreenElement === null && typeof el.requestFullscreen === "function") {
    // Refused where the browser does not allow it (an iframe, no user gesture): the slide shows anyway.
    el.requestFullscreen().catch(() => undefined);
  }
}

function leaveFullscreen(): void {
  if (document.fullscreenElement !== null && typeof document.exitFullscreen === "function") document.exitFullscreen().catch(() => undefined);
}

export function RoomControls() {
  const { t, i18n } = useTranslation();
  const stories = useStories();
  const storyRef = useRef<HTMLSelectElement>(null);
  const theme = usePresent((s) => s.theme);
  const paused = usePresent((s) => s.paused);
  const presenting = usePresenting();
  const storyId = useId();
  const themeId = useId();
  if (presenting) return null;
  const lang = i18n.language as "vi" | "en" | "fr";
  // A disclosure in the header's action row (beside share and download, src/embed/ShareBar.tsx), so
  // no screen loses a row of height to it on a laptop; "back to slide" stays in sight.
  return (
    <>
      {paused !== null && (
        <button
          type="button"
          className="share__print room-controls__back"
          onClick={() => {
            enterFullscreen();
            presentStore.setState({ story: paused.story, slide: paused.slide, paused: null });
          }}
        >
          {t("present.backToSlide", { n: paused.slide + 1 })}
        </button>
      )}
      <details className="share__item room-controls" data-share="present">
        <summary>{t("present.controls")}</summary>
        <div className="share__panel" role="group" aria-label={t("present.controls")}>
          {stories.length > 0 && (
            <>
              <label htmlFor={storyId}>{t("present.story")}</label>
              <select id={storyId} ref={storyRef} defaultValue={stories[0]?.id}>
                {stories.map((s) => (
                  <option key={s.id} value={s.id}>
                    {storyText(s.title, lang)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="room-controls__present"
                onClick={() => {
                  enterFullscreen();
                  presentStore.setState({ story: storyRef.current?.value ?? stories[0]!.id, slide: 0, paused: null });
                }}
              >
                {t("present.start")}
              </button>
            </>
          )}
          <label htmlFor={themeId}>{t("theme.label")}</label>
          <select
            id={themeId}
            value={theme ?? "auto"}
            onChange={(e) => presentStore.setState({ theme: e.target.value === "auto" ? null : (e.target.value as Theme) })}
          >
            <option value="auto">{t("theme.auto")}</option>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`theme.${th}`)}
              </option>
            ))}
          </select>
        </div>
      </details>
    </>
  );
}

export function PresentPanel() {
  const { t, i18n } = useTranslation();
  const stories = useStories();
  const storyId = usePresent((s) => s.story);
  const index = usePresent((s) => s.slide);
  const notes = usePresent((s) => s.notes);
  const store = useAtlasStoreApi();
  const story = stories.find((s) => s.id === storyId);
  const count = story?.slides.length ?? 0;
  const at = Math.min(index, Math.max(0, count - 1));
  const slide = story?.slides[at];
  const lang = i18n.language as "vi" | "en" | "fr";
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The slide's view goes into the one store; the map flies there (or jumps, for reduced motion).
  useEffect(() => {
    if (slide === undefined) return;
    flyToNextView();
    store.setState(slideViewState(slide, store.getState().lang));
  }, [slide, store]);

  useEffect(() => {
    if (story === undefined) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target !== null && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "Escape") {
        e.preventDefault();
        leaveFullscreen();
        presentStore.setState({ story: null, slide: 0, notes: false });
        return;
      }
      if (e.key === "s" || e.key === "S") {
        e.preventDefault();
        presentStore.setState((s) => ({ notes: !s.notes }));
        return;
      }
      const next = slideForKey(e.key, presentStore.getState().slide, story.slides.length);
      if (next === null) return;
      // Captured before the map sees it: a clicker's arrows move the slides, not the map.
      e.preventDefault();
      e.stopPropagation();
      presentStore.setState({ slide: next });
    };
    window.addEventListener("keydown", onKey, true);
    // Leaving full screen with the browser's own Esc (which pages never see) leaves the presentation.
    const onFullscreen = () => {
      if (document.fullscreenElement === null) presentStore.setState({ story: null, slide: 0, notes: false });
    };
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      window.removeEventListener("keydown", onKey, true);
      document.removeEventListener("fullscreenchange", onFullscreen);
    };
  }, [story]);

  if (storyId === null) return null;
  if (story === undefined || slide === undefined) {
    return (
      <aside className="present-panel" aria-live="polite">
        <p>{stories.length === 0 ? t("app.loading") : t("present.unknownStory", { id: storyId })}</p>
        <button type="button" onClick={() => presentStore.setState({ story: null, slide: 0 })}>
          {t("present.exit")}
        </button>
      </aside>
    );
  }
  const go = (n: number) => presentStore.setState({ slide: Math.max(0, Math.min(count - 1, n)) });
  return (
    <aside className="present-panel" aria-label={t("present.panel")} data-testid="present-panel">
      <div className="present-panel__text" aria-live="polite">
        <h2 ref={headingRef} className="present-panel__title">
          {storyText(slide.title, lang)}
        </h2>
        <p className="present-panel__caption">{storyText(slide.caption, lang)}</p>
        {notes && (
          <div className="present-panel__notes" role="note" aria-label={t("present.notes")}>
            {slide.notes === undefined ? t("present.noNotes") : storyText(slide.notes, lang)}
          </div>
        )}
      </div>
      <div className="present-panel__bar">
        <button type="button" onClick={() => go(at - 1)} disabled={at === 0} aria-label={t("present.previous")}>
          ←
        </button>
        <span className="present-panel__counter" aria-label={t("present.counter", { n: at + 1, count })}>
          {at + 1} / {count}
        </span>
        <button type="button" onClick={() => go(at + 1)} disabled={at === count - 1} aria-label={t("present.next")}>
          →
        </button>
        <button type="button" aria-pressed={notes} onClick={() => presentStore.setState((s) => ({ notes: !s.notes }))}>
          {t("present.notesButton")}
        </button>
        <button
          type="button"
          onClick={() => {
            leaveFullscreen();
            presentStore.setState({ story: null, slide: 0, notes: false, paused: { story: story.id, slide: at } });
          }}
        >
          {t("present.live")}
        </button>
        <button
          type="button"
          onClick={() => {
            leaveFullscreen();
            presentStore.setState({ story: null, slide: 0, notes: false });
          }}
        >
          {t("present.exit")}
        </button>
      </div>
    </aside>
  );
}

/**
 * "Share", "Embed", downloads and print, on every screen. Share copies the address of exactly
 * what is seen (the store serialised by src/store/url.ts); Embed shows the snippet for the
 * chosen part; the downloads are the figures behind the view (CSV, JSON) and its picture.
 */
import { useId, useState, type ReactElement, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { useAtlasIndex, useManifest } from "../data/hooks";
import { MAP_IDS, useMap } from "../map/MapContext";
import { pickViewState, useAtlasStore, useAtlasStoreApi, type ViewName } from "../store";
import { serializeViewState } from "../store/url";
import { viewCaption } from "./caption";
import { downloadFileName, figuresCsv, figuresJson, saveFile } from "./download";
import { figureExportRows, observationsInView } from "./figuresInView";
import { EMBED_HEIGHTS, EXPLORER_PARTS, embedSnippet, embedUrl, fullAtlasUrl, hostScriptUrl, type EmbedPart } from "./links";
import "./share.css";

function partsOf(view: ViewName): readonly EmbedPart[] {
  return view === "explorer" ? EXPLORER_PARTS : [view];
}

/** Copies text; says "copied", or asks the reader to copy by hand where the clipboard is blocked. */
function CopyButton({ text }: { text: string }): ReactElement {
  const { t } = useTranslation();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <>
      <button
        type="button"
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setState("copied"),
            () => setState("failed"),
          );
        }}
      >
        {t("share.copy")}
      </button>
      <span role="status" className="share__status">
        {state === "copied" ? t("share.copied") : state === "failed" ? t("share.copyFailed") : ""}
      </span>
    </>
  );
}

/** `children`: more header actions that open the same way (App.tsx passes the presentation controls). */
export function ShareBar({ children }: { children?: ReactNode } = {}): ReactElement {
  const { t } = useTranslation();
  const view = useAtlasStore((s) => s.view);
  const query = useAtlasStore((s) => serializeViewState(pickViewState(s)));
  const parts = partsOf(view);
  const [chosen, setChosen] = useState<EmbedPart>("map");
  const part = parts.includes(chosen) ? chosen : (parts[0] ?? "map");
  const [controls, setControls] = useState(true);
  const ids = { link: useId(), part: useId(), snippet: useId() };
  const href = typeof window === "undefined" ? "http://localhost/" : window.location.href;
  const shareUrl = fullAtlasUrl(href, query);
  const embedSrc = embedUrl(href, query, part, view) + (controls ? "" : "&controls=0");
  const frameTitle = t("embed.frameTitle", { title: t(`share.parts.${part}`) });
  const snippet = embedSnippet(embedSrc, frameTitle, EMBED_HEIGHTS[part], hostScriptUrl(href));

  return (
    <div className="share" role="group" aria-label={t("share.bar")} data-share-bar="">
      {children}
      <details className="share__item" data-share="link">
        <summary>{t("share.share")}</summary>
        <div className="share__panel">
          <label htmlFor={ids.link}>{t("share.linkLabel")}</label>
          <input id={ids.link} readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} data-share-url="" />
          <CopyButton text={shareUrl} />
        </div>
      </details>
      <details className="share__item" data-share="embed">
        <summary>{t("share.embed")}</summary>
        <div className="share__panel">
          {parts.length > 1 && (
            <>
              <label htmlFor={ids.part}>{t("share.part")}</label>
              <select id={ids.part} value={part} onChange={(e) => setChosen(e.target.value as EmbedPart)}>
                {parts.map((p) => (
                  <option key={p} value={p}>
                    {t(`share.parts.${p}`)}
                  </option>
                ))}
              </select>
            </>
          )}
          <label className="share__check">
            <input type="checkbox" checked={controls} onChange={(e) => setControls(e.target.checked)} /> {t("share.controls")}
          </label>
          <label htmlFor={ids.snippet}>{t("share.snippetLabel")}</label>
          <textarea id={ids.snippet} readOnly rows={5} value={snippet} onFocus={(e) => e.currentTarget.select()} data-embed-snippet="" />
          <CopyButton text={snippet} />
          <p className="share__hint">{t("share.embedHint")}</p>
        </div>
      </details>
      <details className="share__item" data-share="download">
        <summary>{t("share.download")}</summary>
        <div className="share__panel">
          <DownloadButtons part={part} shareUrl={shareUrl} />
        </div>
      </details>
      <button type="button" className="share__print" onClick={() => window.print()}>
        {t("share.print")}
      </button>
    </div>
  );
}

/** Where a view's picture is: the part's region on the page and its maps. */
export function imageTargetOf(part: EmbedPart): { selector: string; mapIds: string[] } {
  switch (part) {
    case "map":
      return { selector: "[data-slot=map] .atlas-map", mapIds: [MAP_IDS.explorer] };
    case "chart":
      return { selector: "[data-slot=chart] .trend-multiples", mapIds: [] };
    case "profile":
      return { selector: "", mapIds: [] };
    case "compare":
      return { selector: "[data-slot=compare] .atlas-map", mapIds: [MAP_IDS.compareBefore, MAP_IDS.compareAfter] };
    case "national":
      return { selector: "[data-slot=national] .national__map", mapIds: [] };
  }
}

export function DownloadButtons({ part, shareUrl }: { part: EmbedPart; shareUrl: string }): ReactElement | null {
  const { t } = useTranslation();
  const index = useAtlasIndex();
  const manifest = useManifest();
  const store = useAtlasStoreApi();
  const state = useAtlasStore(useShallow(pickViewState));
  const [imageNote, setImageNote] = useState("");
  const pageMaps: Record<string, ReturnType<typeof useMap>> = {
    [MAP_IDS.explorer]: useMap(MAP_IDS.explorer),
    [MAP_IDS.compareBefore]: useMap(MAP_IDS.compareBefore),
    [MAP_IDS.compareAfter]: useMap(MAP_IDS.compareAfter),
  };
  if (index.status !== "ready") return null;
  // Read when a download is asked for, not at every switch: a national dataset's view holds
  // hundreds of thousands of figures, built as objects for the file only.
  const observations = () => observationsInView(index.data, state, part);
  const dataVersion = manifest.status === "ready" ? manifest.data.dataVersion : "unversioned";
  const what = `${state.view}-${part}`;
  const rows = () => figureExportRows(index.data, observations(), state, state.lang);
  const target = imageTargetOf(part);
  const hasImage = target.selector !== "";

  const image = async (format: "png" | "svg", scale: number) => {
    setImageNote(t("share.working"));
    try {
      const { viewImage } = await import("./image");
      const caption = viewCaption({ index: index.data, manifest: manifest.status === "ready" ? manifest.data : null, state: pickViewState(store.getState()), part, observations: observations(), t });
      const blob = await viewImage({ part, caption, format, scale, root: document.querySelector<HTMLElement>(target.selector), maps: target.mapIds.flatMap((id) => pageMaps[id] ?? []) });
      saveFile(downloadFileName(dataVersion, what, new Date(), format === "svg" ? "svg" : scale === 1 ? "png" : `${scale}x.png`), blob);
      setImageNote("");
    } catch (e) {
      setImageNote(t("share.imageFailed", { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <>
      <button type="button" data-download="csv" onClick={() => saveFile(downloadFileName(dataVersion, what, new Date(), "csv"), new Blob([figuresCsv(rows())], { type: "text/csv;charset=utf-8" }))}>
        {t("share.csv")}
      </button>
      <button
        type="button"
        data-download="json"
        onClick={() =>
          saveFile(
            downloadFileName(dataVersion, what, new Date(), "json"),
            new Blob([figuresJson({ dataVersion, generatedAt: manifest.status === "ready" ? manifest.data.generatedAt : "", view: shareUrl, figures: rows() })], { type: "application/json" }),
          )
        }
      >
        {t("share.json")}
      </button>
      {hasImage && (
        <span className="share__image" role="group" aria-label={t("share.image")}>
          <span aria-hidden="true">{t("share.image")}:</span>
          <button type="button" data-download="png" onClick={() => void image("png", 1)} aria-label={`${t("share.image")} ${t("share.png1")}`}>
            {t("share.png1")}
          </button>
          <button type="button" data-download="png2" onClick={() => void image("png", 2)} aria-label={`${t("share.image")} ${t("share.png2")}`}>
            {t("share.png2")}
          </button>
          {part === "chart" && (
            <button type="button" data-download="svg" onClick={() => void image("svg", 1)} aria-label={`${t("share.image")} ${t("share.svg")}`}>
              {t("share.svg")}
            </button>
          )}
        </span>
      )}
      <span role="status" className="share__status">
        {imageNote}
      </span>
    </>
  );
}

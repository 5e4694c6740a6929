/**
 * The atlas embedded in a partner's page (`embed=1`): one view — the map, the trend chart or
 * the profile of the explorer, the compare view or the national table — with its title,
 * period, source line, boundary credits and a link to the same view in the full atlas. No
 * header, navigation or footer. The view's code loads through the same lazy slots as the
 * app, so a chart embed loads no map code.
 *
 * Each embed has its own store, filled once from its address (embed options come from the
 * URL only); it writes nothing back to the address. Its height goes to the host page
 * (autoHeight.ts).
 */
import { useEffect, useMemo, useRef, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { useAtlasIndex, useManifest } from "../data/hooks";
import { MapProvider } from "../map/MapContext";
import { pickViewState, useAtlasStore } from "../store";
import { migrateUrlParams, rejectedViewParams, serializeViewState } from "../store/url";
import { ViewSlot } from "../ui/slots";
import { startAutoHeight } from "./autoHeight";
import { viewCaption } from "./caption";
import { observationsInView } from "./figuresInView";
import { fullAtlasUrl, type EmbedOptions } from "./links";
import { PrintSnapshots } from "./PrintSnapshots";
import "../ui/layout.css";
import "./embed.css";
import "./share.css";

function useCaption(part: EmbedOptions["part"]) {
  const { t } = useTranslation();
  const index = useAtlasIndex();
  const manifest = useManifest();
  const state = useAtlasStore(useShallow(pickViewState));
  const caption = useMemo(() => {
    if (index.status !== "ready") return null;
    const observations = observationsInView(index.data, state, part);
    return viewCaption({ index: index.data, manifest: manifest.status === "ready" ? manifest.data : null, state, part, observations, t });
  }, [index, manifest, state, part, t]);
  return caption;
}

export default function EmbedApp({ options, search }: { options: EmbedOptions; search: string }): ReactElement {
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const query = useAtlasStore((s) => serializeViewState(pickViewState(s)));
  const caption = useCaption(options.part);
  const notes = useMemo(() => {
    const rejected = [...rejectedViewParams(search), ...options.rejected];
    const out: string[] = [];
    if (rejected.length > 0) out.push(t("embed.rejected", { params: rejected.join(", ") }));
    if (migrateUrlParams(search).newer) out.push(t("embed.newer"));
    return out;
  }, [search, options.rejected, t]);

  useEffect(() => {
    if (rootRef.current === null) return;
    return startAutoHeight(rootRef.current);
  }, []);

  const label = t(`share.parts.${options.part}`);
  const full = fullAtlasUrl(window.location.href, query);
  return (
    <div ref={rootRef} className={`embed embed--${options.part}${options.controls ? "" : " embed--no-controls"}`} data-embed-part={options.part}>
      <main className="embed__main" aria-label={t("embed.frameTitle", { title: label })}>
        <h1 className="embed__title">{caption?.title ?? label}</h1>
        <p className="embed__period">{caption?.period ?? ""}</p>
        {notes.map((n) => (
          <p key={n} className="embed__note" role="note">
            {n}
          </p>
        ))}
        <MapProvider>
          <PrintSnapshots />
          <section className={`embed__view embed__view--${options.part}`} aria-label={label} data-slot={options.part}>
            <ViewSlot name={options.part} label={label} immediate />
          </section>
        </MapProvider>
        <footer className="embed__footer">
          {caption !== null && <p className="embed__sources">{caption.sources}</p>}
          {caption !== null && caption.credits !== "" && <p className="embed__credits">{caption.credits}</p>}
          <p className="embed__open">
            {caption?.version !== undefined && caption.version !== "" && <span className="embed__version">{caption.version} · </span>}
            <a href={full} target="_blank" rel="noopener">
              {t("embed.openFull")} <span className="sr-only">{t("embed.newTab")}</span>
            </a>
          </p>
        </footer>
      </main>
    </div>
  );
}

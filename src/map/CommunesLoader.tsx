/**
 * Fetches communes.topo.json when mounted and hands its polygons up. A failed load leaves the
 * map as it is without communes, with a note: the provinces and former districts still show.
 * Either way the map hears once that the communes are settled (NO_COMMUNES on a failure): its
 * ready mark waits for that, so "drawn" means the new communes are drawn too.
 * Mounted only by an after map that draws the former districts (WebGL or SVG), so no other view
 * pays for the file (src/main.tsx starts its download at once on a page that opens with such a map).
 */
import { useEffect, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { useTopology } from "../data/topology";
import type { Vintage } from "../schema";
import { communeFeatures, type CommuneFeature } from "./communes";

export function CommunesLoader({ onLoaded }: { onLoaded: (features: readonly CommuneFeature[]) => void }): ReactElement | null {
  const { t } = useTranslation();
  const state = useTopology("communes");
  useEffect(() => {
    if (state.status === "ready") onLoaded(communeFeatures(state.data));
    else if (state.status === "error") onLoaded(NO_COMMUNES);
  }, [state, onLoaded]);
  return state.status === "error" ? <p className="atlas-map__note">{t("map.commune.loadFailed")}</p> : null;
}

/** What a map holds before the communes load, on every map that does not draw them, and after a failed load. */
export const NO_COMMUNES: readonly CommuneFeature[] = [];

/** Whether a map draws the communes from 1 July 2025 (then it mounts CommunesLoader). */
export function drawsCommunes(vintage: Vintage, formerDistricts: boolean): boolean {
  return vintage === "post2025" && formerDistricts;
}

/**
 * Fetches communes.topo.json when mounted and hands its polygons up. A failed load leaves the
 * map as it is without communes, with a note: the provinces and former districts still show.
 * Mounted only by an after map that draws the former districts (WebGL or SVG), so no other view
 * pays for the file.
 */
import { useEffect, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { useTopology } from "../data/topology";
import { communeFeatures, type CommuneFeature } from "./communes";

export function CommunesLoader({ onLoaded }: { onLoaded: (features: readonly CommuneFeature[]) => void }): ReactElement | null {
  const { t } = useTranslation();
  const state = useTopology("communes");
  useEffect(() => {
    if (state.status === "ready") onLoaded(communeFeatures(state.data));
  }, [state, onLoaded]);
  return state.status === "error" ? <p className="atlas-map__note">{t("map.commune.loadFailed")}</p> : null;
}

/** What a map holds before the communes load, and on every map that does not draw them. */
export const NO_COMMUNES: readonly CommuneFeature[] = [];

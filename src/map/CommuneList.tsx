/**
 * The communes the after map draws, as tables: the keyboard and screen-reader way to reach what
 * the map shows only on hover. One table per province: each commune's name, the predecessors as
 * the merger portal gives them, and, for the 29 communes of the five former districts, "select"
 * (their profile: predecessors, resolution and the figures carried by src/model/carry.ts, never
 * their own). The other communes are context: no figures, credited to the portal. Every commune
 * has "zoom to". Folded at first, so the page below the map stays short; the file is the one
 * the after map loads (communes.topo.json), fetched only where an after map is shown.
 */
import { useId, useMemo, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { areaName, type AtlasIndex } from "../data/atlas";
import { useTopology } from "../data/topology";
import { useAtlasStore } from "../store";
import { communeFeatures, communeTable, type CommuneFeature } from "./communes";
import { boundsOf } from "./geometry";
import { useMap } from "./MapContext";
import { viewForBounds, zoomToSize } from "./viewForBounds";
import "./CommuneList.css";

/** Loads the commune file and lists it; a failed load says so in one line. */
export function AfterMapCommunes({ index, mapId }: { index: AtlasIndex; mapId: string }): ReactElement | null {
  const { t } = useTranslation();
  const state = useTopology("communes");
  const features = useMemo(() => (state.status === "ready" ? communeFeatures(state.data) : null), [state]);
  if (state.status === "error") return <p className="commune-list__note">{t("map.commune.loadFailed")}</p>;
  if (features === null) return null;
  return <CommuneList index={index} features={features} mapId={mapId} />;
}

export interface CommuneListProps {
  index: AtlasIndex;
  features: readonly CommuneFeature[];
  /** The after map that "zoom to" moves (all maps follow the store's view). */
  mapId: string;
}

export function CommuneList({ index, features, mapId }: CommuneListProps): ReactElement {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const selection = useAtlasStore((s) => s.selection);
  const select = useAtlasStore((s) => s.select);
  const setMapView = useAtlasStore((s) => s.setMapView);
  const map = useMap(mapId);
  const headingId = useId();
  const provinces = useMemo(() => communeTable(features), [features]);
  const focusCount = features.filter((f) => f.properties.id !== undefined).length;

  const zoomTo = (f: CommuneFeature) => {
    const bounds = boundsOf([f.geometry]);
    if (bounds !== null) setMapView(viewForBounds(bounds, zoomToSize(map?.getContainer())));
  };

  return (
    <details className="commune-list" data-testid="commune-list">
      <summary>
        <h3 id={headingId} className="commune-list__title">
          {t("map.communeList.title", { count: features.length, focus: focusCount })}
        </h3>
      </summary>
      <p className="commune-list__note">{t("map.communeList.intro")}</p>
      {provinces.map(({ province, communes }) => {
        const provinceName = areaName(index, { kind: "unit", unit: province }, lang);
        return (
          <table key={province} className="commune-list__table" data-province={province}>
            <caption>{t("map.communeList.caption", { province: provinceName, count: communes.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("map.communeList.name")}</th>
                <th scope="col">{t("map.communeList.province")}</th>
                <th scope="col">{t("map.communeList.predecessors")}</th>
                <th scope="col">{t("map.communeList.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {communes.map((f) => {
                const { id, name, predecessors } = f.properties;
                // A focus commune is a unit of the atlas: its name as everywhere else (English with its type word).
                const shown = id === undefined ? name : areaName(index, { kind: "unit", unit: id }, lang);
                return (
                  <tr key={`${province}|${name}`} data-focus={id === undefined ? undefined : "true"}>
                    <th scope="row" lang={id === undefined ? "vi" : undefined}>
                      {shown}
                      {id === undefined && <span className="commune-list__context"> · {t("map.communeList.context")}</span>}
                    </th>
                    <td>{provinceName}</td>
                    <td lang="vi">{predecessors}</td>
                    <td className="commune-list__actions">
                      {id !== undefined && (
                        <button
                          type="button"
                          aria-pressed={selection.length === 1 && selection[0] === id}
                          aria-label={t("map.communeList.selectLabel", { name: shown })}
                          onClick={() => select([id])}
                        >
                          {t("map.communeList.select")}
                        </button>
                      )}
                      <button type="button" aria-label={t("map.list.zoomLabel", { name: shown })} onClick={() => zoomTo(f)}>
                        {t("map.list.zoom")}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
      <p className="commune-list__note">{t("map.commune.credit")}</p>
    </details>
  );
}

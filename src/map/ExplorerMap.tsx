/**
 * The explorer's map: the indicator to show, symbols or choropleth, the classification, the
 * map with its legend, and the list of areas with figures — the keyboard and screen-reader way
 * to do what clicking the map does (select), plus "zoom to".
 */
import { useId, useLayoutEffect, useMemo, useState, type ReactElement } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { areaMembers, areaName, currentIndicator, indicatorName, indicatorsWithFigures, localName, programmeFilter, type AtlasIndex } from "../data/atlas";
import { useAtlasIndex } from "../data/hooks";
import { useTopology } from "../data/topology";
import type { Vintage } from "../schema";
import { useAtlasStore, type YearPeriod } from "../store";
import { AtlasMap } from "./AtlasMap";
import { AfterMapCommunes } from "./CommuneList";
import { CLASSIFICATION_METHODS, isClassificationMethod, type ClassificationMethod } from "./classification";
import "./ExplorerMap.css";
import { figurePeriodText, figureProgrammes, figureValueText, indicatorUnit } from "./figureText";
import { areaShape, boundaryIndexOf, boundsOf } from "./geometry";
import { MAP_IDS, useMap } from "./MapContext";
import { MAX_LISTED_AREAS, mapFiguresFor, type MapFigure } from "./mapData";
import { resolveDrawMode, type DrawMode } from "./scene";
import { viewForBounds, zoomToSize } from "./viewForBounds";
import { INTL_LOCALE } from "../i18n/format";

export const EXPLORER_MAP_ID = MAP_IDS.explorer;

/**
 * The page's toolbar keeps an empty element of this id for the map's controls (programme,
 * indicator, display), so they sit on the toolbar's one row with the boundaries, period and
 * search instead of on a second row above the map. Without it (the map alone, in a test or an
 * embed) they stay above the map.
 */
export const MAP_CONTROLS_HOLDER_ID = "explorer-map-controls";

function useControlsHolder(): HTMLElement | null {
  const [holder, setHolder] = useState<HTMLElement | null>(null);
  // Before paint, so the controls never show above the map first and then jump.
  useLayoutEffect(() => setHolder(document.getElementById(MAP_CONTROLS_HOLDER_ID)), []);
  return holder;
}

export default function ExplorerMap(): ReactElement {
  const { t } = useTranslation();
  const vintage = useAtlasStore((s) => s.vintage);
  // In the store, so a shared link keeps the reader's classes (src/store/url.ts: cls).
  const method = useAtlasStore((s) => s.classMethod);
  const setMethod = useAtlasStore((s) => s.setClassMethod);
  const index = useAtlasIndex();
  const holder = useControlsHolder();
  const controls = index.status === "ready" ? <MapControls index={index.data} method={method} onMethod={setMethod} /> : null;
  return (
    <div className="explorer-map">
      {/* The map is a part of the page like the profile and the chart beside it: its own h2, so the
          list of areas below it (h3) does not follow the page's h1 directly. Seen, the map needs no title. */}
      <h2 className="sr-only">{t("map.heading")}</h2>
      {holder === null ? controls : createPortal(controls, holder)}
      <div className="explorer-map__map">
        <AtlasMap vintage={vintage} mapId={EXPLORER_MAP_ID} showLegend method={method} formerDistricts={vintage === "post2025"} />
      </div>
      {index.status === "ready" && <AreaList index={index.data} vintage={vintage} />}
      {index.status === "ready" && vintage === "post2025" && <AfterMapCommunes index={index.data} mapId={EXPLORER_MAP_ID} />}
    </div>
  );
}

function MapControls({ index, method, onMethod }: { index: AtlasIndex; method: ClassificationMethod; onMethod: (m: ClassificationMethod) => void }): ReactElement {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const indicatorId = useAtlasStore((s) => s.indicator);
  const symbolMode = useAtlasStore((s) => s.symbolMode);
  const setIndicator = useAtlasStore((s) => s.setIndicator);
  const setSymbolMode = useAtlasStore((s) => s.setSymbolMode);
  const programmeId = programmeFilter(index, useAtlasStore((s) => s.programme));
  const setProgramme = useAtlasStore((s) => s.setProgramme);
  const ids = { programme: useId(), indicator: useId(), method: useId(), mode: useId() };
  const indicators = indicatorsWithFigures(index, programmeId);
  const indicator = currentIndicator(index, indicatorId, programmeId);
  const mode = resolveDrawMode(symbolMode, indicator);
  const modes: DrawMode[] = ["symbols", "choropleth"];

  return (
    <div className="explorer-map__controls">
      {/* Several programmes report here (data/programmes.csv): the reader may keep to one. */}
      <div className="explorer-map__control explorer-map__control--wide">
        <label htmlFor={ids.programme}>{t("map.controls.programme")}</label>
        <select id={ids.programme} value={programmeId ?? ""} onChange={(e) => setProgramme(e.target.value === "" ? null : e.target.value)}>
          <option value="">{t("map.controls.allProgrammes")}</option>
          {[...index.programmes.values()].map((p) => (
            <option key={p.id} value={p.id}>
              {localName(p, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="explorer-map__control explorer-map__control--wide">
        <label htmlFor={ids.indicator}>{t("map.controls.indicator")}</label>
        <select id={ids.indicator} value={indicator?.id ?? ""} onChange={(e) => setIndicator(e.target.value)}>
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {indicatorName(i, lang)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="explorer-map__control explorer-map__modes">
        <legend id={ids.mode}>{t("map.controls.mode")}</legend>
        {modes.map((m) => (
          <label key={m}>
            <input type="radio" name={ids.mode} value={m} checked={mode === m} onChange={() => setSymbolMode(m)} />
            {t(`map.controls.${m}`)}
          </label>
        ))}
      </fieldset>
      {mode === "choropleth" && (
        <div className="explorer-map__control">
          <label htmlFor={ids.method}>{t("map.controls.method")}</label>
          <select id={ids.method} value={method} onChange={(e) => isClassificationMethod(e.target.value) && onMethod(e.target.value)}>
            {CLASSIFICATION_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`map.method.${m}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

function AreaList({ index, vintage }: { index: AtlasIndex; vintage: Vintage }): ReactElement {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const indicatorId = useAtlasStore((s) => s.indicator);
  const period = useAtlasStore((s) => s.period);
  const programmeId = programmeFilter(index, useAtlasStore((s) => s.programme));
  const selection = useAtlasStore((s) => s.selection);
  const select = useAtlasStore((s) => s.select);
  const setMapView = useAtlasStore((s) => s.setMapView);
  const boundaries = useTopology("boundaries");
  const map = useMap(EXPLORER_MAP_ID);
  const headingId = useId();
  const indicator = currentIndicator(index, indicatorId, programmeId);
  const figures = useMemo(() => listFigures(index, indicator?.id, period, vintage, programmeId), [index, indicator, period, vintage, programmeId]);
  const unit = indicatorUnit(indicator, lang);

  const zoomTo = (figure: MapFigure) => {
    if (boundaries.status !== "ready") return;
    const shape = areaShape(boundaryIndexOf(boundaries.data), areaMembers(index, figure.drawOn));
    const bounds = shape === null ? null : boundsOf([shape]);
    if (bounds !== null) setMapView(viewForBounds(bounds, zoomToSize(map?.getContainer())));
  };

  return (
    <section className="explorer-map__list" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("map.list.title")}</h3>
      {figures.drawn.length === 0 ? (
        <p>{t("map.noFigures")}</p>
      ) : (
        <ul>
          {figures.drawn.slice(0, MAX_LISTED_AREAS).map((f) => {
            const name = areaName(index, f.drawOn, lang);
            const members = areaMembers(index, f.drawOn);
            const selected = members.length === selection.length && members.every((m) => selection.includes(m));
            return (
              <li key={f.key}>
                <button type="button" className="explorer-map__area" aria-pressed={selected} onClick={() => select(members)}>
                  <span className="explorer-map__area-name">{name}</span>{" "}
                  <span>
                    {figureValueText(f, lang)} {unit} · {figurePeriodText(f, lang)} · {figureProgrammes(index, f, lang).join("; ")}
                  </span>
                  {f.placement === "carried" && <span className="explorer-map__area-note"> · {t("map.tooltip.carried", { name: areaName(index, f.reportedFor, lang) })}</span>}
                </button>{" "}
                <button type="button" className="explorer-map__zoom" onClick={() => zoomTo(f)} aria-label={t("map.list.zoomLabel", { name })}>
                  {t("map.list.zoom")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {figures.drawn.length > MAX_LISTED_AREAS && (
        <p className="explorer-map__note" data-testid="map-list-more">
          {t("map.list.more", { shown: MAX_LISTED_AREAS.toLocaleString(INTL_LOCALE[lang]), areas: figures.drawn.length.toLocaleString(INTL_LOCALE[lang]) })}
        </p>
      )}
      {figures.notDrawn.length > 0 && <p className="explorer-map__note">{t("map.list.notDrawn", { count: figures.notDrawn.length })}</p>}
    </section>
  );
}

function listFigures(index: AtlasIndex, indicatorId: string | undefined, period: YearPeriod | null, vintage: Vintage, programmeId: string | null) {
  return indicatorId === undefined ? { drawn: [], notDrawn: [] } : mapFiguresFor(index, { indicatorId, period, vintage, programmeId });
}

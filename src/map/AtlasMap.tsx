/**
 * One atlas map: the offline base (MapLibre), the figures of the store's indicator and period
 * (deck.gl), labels, hover tooltip, click-to-select, the selected area's outline, attribution
 * and (optionally) the legend. Its view is the store's mapView, so two AtlasMaps on a page move
 * together (the before/after views reuse it).
 *
 * For tests: the map registers as window.__atlas.maps[mapId], and its container gets
 * data-map-ready="true" (and a performance mark) after the first complete render.
 */
import type { TFunction } from "i18next";
import maplibregl, { type MapMouseEvent } from "maplibre-gl";
import { useEffect, useId, useMemo, useRef, useState, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { Topology } from "topojson-specification";
import { areaMembers, areaName, currentIndicator, indicatorName, localName, programmeFilter, type AtlasIndex } from "../data/atlas";
import { useAtlasIndex, useDataset, useManifest } from "../data/hooks";
import { formatNumber, formatYearPeriod } from "../i18n/format";
import type { Lang, UnitId, Vintage } from "../schema";
import { useAtlasStore } from "../store";
import { ErrorPanel } from "../ui/ErrorPanel";
import "./AtlasMap.css";
import type { ClassificationMethod } from "./classification";
import { focusDistricts, mapCredits } from "./credits";
import { figureValueText, indicatorUnit } from "./figureText";
import { areaShape, BOUNDARY_OBJECTS, boundaryIndexOf, polygonFeatures, unitFeatures, type AreaShape, type BoundaryIndex } from "./geometry";
import { areaLabels, countryLabels, declutter, formerDistrictLabels, labelCharacters } from "./labels";
import { loadLabelFont } from "./labelFont";
import { figureAreasLayer, formerDistrictsLayer, labelsLayer, programmeAreasLayer, proportionalSymbolsLayer, selectionLayer, symbolRangeRingsLayer } from "./layers";
import { MapLegend } from "./Legend";
import { fitPaddingFor, legendStartsOpen } from "./legendLayout";
import { mapFiguresFor, type MapFigure } from "./mapData";
import { MapTooltip, type HoverTarget } from "./MapTooltip";
import { groupByProgramme, programmeAreas } from "./programmeAreas";
import { buildScene, legendClasses, legendNotes, legendSymbols, programmeBounds, resolveDrawMode } from "./scene";
import { BASEMAP_OBJECTS, boundaryStyleParts, buildOfflineStyle, externalBasemapUrl, FILL_BEFORE_LAYER, QUERYABLE_LAYERS } from "./style";
import { useMapControl } from "./useMapControl";
import { useMaplibreMap } from "./useMaplibreMap";
import { WebglOrSvg } from "./svg/WebglOrSvg";

export interface AtlasMapProps {
  vintage: Vintage;
  /** Unique on the page; tests and "zoom to" find the map by it. */
  mapId: string;
  showLegend?: boolean;
  /** Draw the five focus districts as dashed "former district" outlines (post-2025 map). */
  formerDistricts?: boolean;
  /** Choropleth classification. Default "quantile". */
  method?: ClassificationMethod;
  /** Where the legend sits over the map. Default "left"; the before/after swipe puts the after map's on the right. */
  legendSide?: "left" | "right";
}

export function AtlasMap(props: AtlasMapProps): ReactElement {
  const { t } = useTranslation();
  const index = useAtlasIndex();
  const boundaries = useDataset("boundaries");
  const basemap = useDataset("basemap");
  for (const s of [index, boundaries, basemap]) if (s.status === "error") return <ErrorPanel error={s} />;
  if (index.status !== "ready" || boundaries.status !== "ready" || basemap.status !== "ready") {
    return (
      <div className="atlas-map atlas-map--loading" data-map-id={props.mapId}>
        <p className="atlas-map__loading">{t("map.loading")}</p>
      </div>
    );
  }
  const data = { index: index.data, boundaries: boundaries.data as unknown as Topology, basemap: basemap.data as unknown as Topology };
  // Without WebGL, or once its context is lost, the same map as SVG (src/map/svg/).
  return (
    <WebglOrSvg map={{ ...props, ...data }}>
      <ReadyMap {...props} {...data} />
    </WebglOrSvg>
  );
}

interface ReadyMapProps extends AtlasMapProps {
  index: AtlasIndex;
  boundaries: Topology;
  basemap: Topology;
}

function ReadyMap({ vintage, mapId, showLegend = false, formerDistricts = false, method = "quantile", legendSide = "left", index, boundaries: topology, basemap }: ReadyMapProps): ReactElement {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const indicatorId = useAtlasStore((s) => s.indicator);
  const period = useAtlasStore((s) => s.period);
  const programmeId = programmeFilter(index, useAtlasStore((s) => s.programme));
  const selection = useAtlasStore((s) => s.selection);
  const symbolMode = useAtlasStore((s) => s.symbolMode);
  const select = useAtlasStore((s) => s.select);
  const manifest = useManifest();
  const descriptionId = useId();
  const legendDescriptionId = useId();

  const boundaries = boundaryIndexOf(topology);
  const indicator = currentIndicator(index, indicatorId, programmeId);
  const figures = useMemo(
    () => (indicator === undefined ? { drawn: [], notDrawn: [] } : mapFiguresFor(index, { indicatorId: indicator.id, period, vintage, programmeId })),
    [index, indicator, period, vintage, programmeId],
  );
  const mode = resolveDrawMode(symbolMode, indicator);
  const scene = useMemo(() => buildScene({ index, boundaries, figures: figures.drawn, mode, method }), [index, boundaries, figures, mode, method]);

  // --- the map -------------------------------------------------------------
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const style = useMemo(() => {
    const external = externalBasemapUrl(import.meta.env.VITE_BASEMAP_STYLE as string | undefined, window.location.search);
    return external ?? buildOfflineStyle({ basemap, boundaries: topology, vintage });
  }, [basemap, topology, vintage]);
  const fitBounds = useMemo(() => programmeBounds(index, boundaries), [index, boundaries]);
  // On a narrow map (a phone, or side by side) the open legend would hide most of it: it starts folded there (one tap opens it).
  const legendOpenAtStart = useMemo(() => legendStartsOpen(container?.clientWidth ?? 800), [container]);
  const fitPadding = useMemo(() => {
    // Keep the programme's areas clear of the open legend, the zoom buttons and the attribution button.
    const rootFontPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const legend = !showLegend ? "none" : legendOpenAtStart ? "open" : "folded";
    return fitPaddingFor({ mapWidth: container?.clientWidth ?? 800, legend, side: legendSide, rootFontPx });
  }, [container, showLegend, legendSide, legendOpenAtStart]);
  // Names the boundaries too: two maps on one page (before/after) must not have the same name.
  const title = t(`map.canvasLabelVintage.${vintage}`);
  const { map, overlay, styleReady } = useMaplibreMap(container, { mapId, style, title, fitBounds, fitPadding });
  useEffect(() => {
    map?.getCanvas().setAttribute("aria-label", title);
  }, [map, title]);
  // MapLibre names its zoom buttons in English once, at creation; follow the app's language instead.
  const zoomIn = t("map.controls.zoomIn");
  const zoomOut = t("map.controls.zoomOut");
  useEffect(() => {
    if (map === null) return;
    labelControl(map.getContainer(), ".maplibregl-ctrl-zoom-in", zoomIn);
    labelControl(map.getContainer(), ".maplibregl-ctrl-zoom-out", zoomOut);
  }, [map, zoomIn, zoomOut]);

  // An external basemap brings its own land and sea; our areas go on top of it.
  useEffect(() => {
    if (map === null || !styleReady || typeof style !== "string") return;
    const { sources, layers } = boundaryStyleParts(topology, vintage);
    for (const [id, source] of Object.entries(sources)) if (!map.getSource(id)) map.addSource(id, source);
    for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer);
  }, [map, styleReady, style, topology, vintage]);

  // --- attribution: every dataset drawn on this map --------------------------
  const credits = useMemo(() => (manifest.status === "ready" ? mapCredits(manifest.data, vintage, formerDistricts) : []), [manifest, vintage, formerDistricts]);
  const attribution = useMemo(() => new maplibregl.AttributionControl({ compact: true, customAttribution: credits }), [credits]);
  useMapControl(map, attribution, "bottom-right", foldAttribution);

  // --- labels ----------------------------------------------------------------
  const [zoom, setZoom] = useState<number | null>(null);
  useEffect(() => {
    if (map === null) return;
    // Decluttering depends on the zoom only; a quarter-level step is fine enough.
    const update = () => setZoom(Math.round(map.getZoom() * 4) / 4);
    update();
    map.on("zoomend", update);
    map.on("moveend", update);
    return () => {
      map.off("zoomend", update);
      map.off("moveend", update);
    };
  }, [map]);
  const formerDistrictIds = useMemo(() => focusDistricts(index), [index]);
  const allLabels = useMemo(() => {
    // Only a unit's own figure promotes its name: over a group's symbol, one member's name would
    // read as if the figure were that member's.
    const withFigures = new Set(figures.drawn.flatMap((f) => (f.drawOn.kind === "unit" ? [f.drawOn.unit] : [])));
    const districts = vintage === "pre2025" ? unitFeatures(topology, BOUNDARY_OBJECTS.districts) : [];
    const former = formerDistricts ? unitFeatures(topology, BOUNDARY_OBJECTS.districts).filter((f) => formerDistrictIds.has(f.properties.id)) : [];
    return [
      ...areaLabels({ index, provinces: unitFeatures(topology, BOUNDARY_OBJECTS.provinces[vintage]), districts, withFigures }),
      ...formerDistrictLabels(index, former, (name) => t("map.formerDistrictLabel", { name })),
      ...countryLabels(polygonFeatures<{ name?: string }>(basemap, BASEMAP_OBJECTS.neighbours), (name) => t(`map.countries.${name}`, { defaultValue: name })),
    ];
  }, [index, topology, basemap, vintage, formerDistricts, formerDistrictIds, figures, t]);
  const labels = useMemo(() => (zoom === null ? [] : declutter(allLabels, zoom)), [allLabels, zoom]);
  const [fontReady, setFontReady] = useState(false);
  const characters = useMemo(() => labelCharacters(allLabels).join(""), [allLabels]);
  useEffect(() => {
    let live = true;
    void loadLabelFont(characters).then(() => live && setFontReady(true));
    return () => {
      live = false;
    };
  }, [characters]);

  // --- deck.gl layers ------------------------------------------------------------
  const selectionShape = useMemo(() => selectedShape(index, boundaries, selection, vintage), [index, boundaries, selection, vintage]);
  const formerShapes = useMemo(
    () => (formerDistricts ? [...formerDistrictIds].flatMap((id) => areaShape(boundaries, [id]) ?? []) : []),
    [formerDistricts, formerDistrictIds, boundaries],
  );
  // Where the programme worked in the period, whatever the indicator: the first indicator may have one figure only.
  // Each programme in its own outline: the Hàm Yên training is not TMSV (data/programmes.csv).
  const programme = useMemo(
    () => groupByProgramme(index, programmeAreas(index, boundaries, { vintage, period, programmeId })),
    [index, boundaries, vintage, period, programmeId],
  );
  const [layersShown, setLayersShown] = useState(0);
  useEffect(() => {
    if (overlay === null || !styleReady) return;
    overlay.setProps({
      layers: [
        figureAreasLayer({ id: `${mapId}-areas`, features: scene.areas, beforeId: FILL_BEFORE_LAYER, pickable: true }),
        // Under the former districts' dashes (the same districts on the new map), the symbols and the selection.
        ...programme.map((g) =>
          programmeAreasLayer({ id: `${mapId}-programme-${g.programmeId}`, shapes: g.areas.map((a) => a.shape), colour: g.outline.colour, widthPx: g.outline.widthPx }),
        ),
        formerShapes.length > 0 ? formerDistrictsLayer({ id: `${mapId}-former`, shapes: formerShapes }) : null,
        scene.mode === "symbols" ? proportionalSymbolsLayer({ id: `${mapId}-symbols`, data: scene.symbols }) : null,
        // A conflict's range (135–140): an inner ring at the lowest value on the disc of the highest.
        scene.mode === "symbols" ? symbolRangeRingsLayer({ id: `${mapId}-symbol-ranges`, data: scene.symbols }) : null,
        selectionShape === null ? null : selectionLayer({ id: `${mapId}-selection`, shapes: [selectionShape] }),
        // No labels yet (zoom unknown): an empty text layer would upload a zero-size glyph atlas.
        fontReady && labels.length > 0 ? labelsLayer({ id: `${mapId}-labels`, labels }) : null,
      ],
    });
    map?.triggerRepaint();
    if (fontReady) setLayersShown((n) => n + 1);
  }, [overlay, map, styleReady, mapId, scene, programme, formerShapes, selectionShape, labels, fontReady]);

  // --- ready for tests: the first idle after everything was handed to the map ----
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (map === null || ready || layersShown === 0) return;
    const onIdle = () => {
      setReady(true);
      performance.mark(`atlas:map-ready:${mapId}`);
    };
    map.once("idle", onIdle);
    map.triggerRepaint();
    return () => {
      map.off("idle", onIdle);
    };
  }, [map, ready, layersShown, mapId]);

  // --- hover and click ----------------------------------------------------------
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const sceneRef = useRef(scene);
  sceneRef.current = scene;
  useEffect(() => {
    if (map === null || overlay === null) return;
    const targetAt = (e: MapMouseEvent): HoverTarget | null => {
      const { x, y } = e.point;
      const picked = overlay.pickObject({ x, y, radius: 2 }) as { object?: unknown } | null;
      const key = figureKeyOf(picked?.object);
      const figure = key === null ? undefined : sceneRef.current.figures.get(key);
      if (figure !== undefined) return { kind: "figure", figure, x, y };
      const layers = QUERYABLE_LAYERS.filter((id) => map.getLayer(id) !== undefined);
      const id = map.queryRenderedFeatures(e.point, { layers })[0]?.properties?.["id"];
      return typeof id === "string" ? { kind: "area", unit: id, x, y } : null;
    };
    let frame = 0;
    const onMove = (e: MapMouseEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const target = targetAt(e);
        setHover(target);
        map.getCanvas().style.cursor = target === null ? "" : "pointer";
      });
    };
    const onOut = () => {
      cancelAnimationFrame(frame);
      setHover(null);
    };
    const onClick = (e: MapMouseEvent) => {
      const target = targetAt(e);
      if (target === null) return;
      select(target.kind === "figure" ? areaMembers(index, target.figure.drawOn) : [target.unit]);
    };
    map.on("mousemove", onMove);
    map.on("mouseout", onOut);
    map.on("click", onClick);
    return () => {
      cancelAnimationFrame(frame);
      map.off("mousemove", onMove);
      map.off("mouseout", onOut);
      map.off("click", onClick);
    };
  }, [map, overlay, index, select]);

  // --- text alternative ---------------------------------------------------------
  const unit = indicatorUnit(indicator, lang);
  const indicatorText = indicator === undefined ? "" : indicatorName(indicator, lang);
  const programmeName = (id: string) => {
    const p = index.programmes.get(id);
    return p === undefined ? id : localName(p, lang);
  };
  const programmeText = programme
    .map((g) =>
      t("map.describeProgrammeAreas", {
        programme: programmeName(g.programmeId),
        colour: t(`map.legend.colour.${g.outline.name}`),
        areas: g.areas.map((a) => areaName(index, a.area, lang)).join(", "),
      }),
    )
    .join(" ");
  const description = [
    describeMap(index, figures.drawn, lang, t, { indicator: indicatorText, unit, period: period === null ? t("map.wholeSpan") : formatYearPeriod(period) }),
    programmeText,
  ]
    .filter(Boolean)
    .join(" ");
  const legendShown = showLegend && indicator !== undefined;
  useEffect(() => {
    // The legend in words goes with the canvas, so it is there even while the legend is folded.
    map?.getCanvas().setAttribute("aria-describedby", legendShown ? `${descriptionId} ${legendDescriptionId}` : descriptionId);
  }, [map, descriptionId, legendDescriptionId, legendShown]);

  const size = container?.getBoundingClientRect() ?? { width: 0, height: 0 };
  const fmt = (n: number) => formatNumber(n, lang);
  return (
    <div className="atlas-map" data-map-id={mapId} data-map-ready={ready ? "true" : undefined} data-vintage={vintage} data-draw-mode={scene.mode}>
      <div className="atlas-map__canvas" ref={setContainer} />
      {hover !== null && <MapTooltip index={index} lang={lang} target={hover} width={size.width} height={size.height} />}
      <p id={descriptionId} className="sr-only">
        {description}
      </p>
      {legendShown && (
        <MapLegend
          side={legendSide}
          openAtStart={legendOpenAtStart}
          empty={figures.drawn.length === 0}
          descriptionId={legendDescriptionId}
          mode={scene.mode}
          method={method}
          classes={legendClasses(scene, fmt)}
          symbols={legendSymbols(scene.symbolScale).map((s) => ({ ...s, label: fmt(s.value) }))}
          indicatorName={indicatorText}
          unit={unit}
          notes={{ ...legendNotes(index, figures.drawn), countsNotNormalised: scene.mode === "choropleth" && indicator.kind === "count" }}
          formerDistricts={formerShapes.length > 0}
          programmeAreas={programme.map((g) => ({
            id: g.programmeId,
            name: programmeName(g.programmeId),
            colour: g.outline.colour,
            widthPx: g.outline.widthPx,
            colourName: g.outline.name,
          }))}
        />
      )}
    </div>
  );
}

/** The outline to highlight: the selected units this map can draw, merged (a selected group reads as one area). */
function selectedShape(index: AtlasIndex, boundaries: BoundaryIndex, selection: readonly UnitId[], vintage: Vintage): AreaShape | null {
  // Units of this vintage; on the post-2025 map also former districts, whose figures may stay with them.
  const drawable = selection.filter((id) => {
    const unit = index.units.get(id);
    return boundaries.objects.has(id) && unit !== undefined && (unit.vintage === vintage || unit.level === "district");
  });
  return drawable.length === 0 ? null : areaShape(boundaries, drawable);
}

function figureKeyOf(object: unknown): string | null {
  if (typeof object !== "object" || object === null) return null;
  const direct = (object as { figureKey?: unknown }).figureKey;
  if (typeof direct === "string") return direct;
  const nested = (object as { properties?: { figureKey?: unknown } }).properties?.figureKey;
  return typeof nested === "string" ? nested : null;
}

function describeMap(
  index: AtlasIndex,
  figures: readonly MapFigure[],
  lang: Lang,
  t: TFunction,
  what: { indicator: string; unit: string; period: string },
): string {
  if (figures.length === 0) return t("map.describeEmpty", what);
  const list = figures
    .map((f) => t("map.describeItem", { area: areaName(index, f.drawOn, lang), value: figureValueText(f, lang), unit: what.unit }))
    .join("; ");
  return t("map.describe", { ...what, list });
}

/**
 * Starts the attribution folded to its (i) button: spelled out, the credits cover the south of the
 * programme's areas on a laptop-sized map. One click or Enter on the button shows every credit.
 */
function foldAttribution(map: maplibregl.Map): void {
  const folded = map.getContainer().querySelector(".maplibregl-ctrl-attrib");
  folded?.classList.remove("maplibregl-compact-show");
  folded?.removeAttribute("open");
}

/** Sets the visible tooltip and the accessible name of one of MapLibre's control buttons. */
function labelControl(container: HTMLElement, selector: string, label: string): void {
  const button = container.querySelector(selector);
  if (button === null) return;
  button.setAttribute("title", label);
  button.setAttribute("aria-label", label);
}

/**
 * One atlas map: the offline base (MapLibre), the figures of the store's indicator and period
 * (MapLibre layers), labels (deck.gl, fetched after the first complete render), hover tooltip,
 * click-to-select, the selected area's outline,
 * attribution and (optionally) the legend. Its view is the store's mapView, so two AtlasMaps on
 * a page move together (the before/after views reuse it).
 *
 * ReadyMap only composes: each concern is a hook given the map and tied to its lifecycle
 * (useMaplibreMap.ts makes and removes the map; the others add to it and take back what they
 * added). The map is found by id through MapContext.tsx; tests see it through testHook.ts and
 * its container's data-map-ready="true" (set with a performance mark after the first complete render:
 * areas, colours, symbols, outlines) and, until the place names are drawn too, data-labels-pending.
 */
import { useId, useMemo, useState, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { Topology } from "topojson-specification";
import { areaMembers, type AtlasIndex } from "../data/atlas";
import { useAtlasIndex, useManifest } from "../data/hooks";
import { useTopology } from "../data/topology";
import type { Vintage } from "../schema";
import { useAtlasStore, useAtlasStoreApi } from "../store";
import { ErrorPanel } from "../ui/ErrorPanel";
import "./AtlasMap.css";
import { AtlasLegend, MapDescription } from "./AtlasMapText";
import type { ClassificationMethod } from "./classification";
import { communeShape, communeShapeIndex, type CommuneFeature } from "./communes";
import { CommunesLoader, drawsCommunes, NO_COMMUNES } from "./CommunesLoader";
import { mapCredits } from "./credits";
import { fitPaddingFor, legendStartsOpen } from "./legendLayout";
import { useMapRegistration } from "./MapContext";
import { MapTooltip } from "./MapTooltip";
import { programmeBounds, withCommuneShapes } from "./scene";
import { useMapForTests } from "./testHook";
import { useFigureLayers } from "./useFigureLayers";
import { useLabelOverlay } from "./useLabelOverlay";
import { startCamera, useMapCamera, type CameraFit } from "./useMapCamera";
import { useMapContent } from "./useMapContent";
import { useAttributionControl, useCanvasNames, useNavigationControl } from "./useMapControls";
import { useMapLabels } from "./useMapLabels";
import { useMapPicking } from "./useMapPicking";
import { useMapReady } from "./useMapReady";
import { TerritoryNote } from "./TerritoryNote";
import { useAtlasStyle, useBoundaryVintage } from "./useMapStyle";
import { baseColours, outlineCasing } from "./palette";
import { usePageTone } from "../ui/usePageTheme";
import { useMaplibreMap } from "./useMaplibreMap";
import { WebglOrSvg } from "./svg/WebglOrSvg";
import { NO_PARTNER_DATA, partnerMapData } from "./partnerLayer";
import { PartnerMapKey } from "./PartnerMapKey";

export interface AtlasMapProps {
  vintage: Vintage;
  /** Unique on the page; "zoom to" (through MapContext) and tests find the map by it. */
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
  const boundaries = useTopology("boundaries");
  const basemap = useTopology("basemap");
  for (const s of [index, boundaries, basemap]) if (s.status === "error") return <ErrorPanel error={s} />;
  if (index.status !== "ready" || boundaries.status !== "ready" || basemap.status !== "ready") {
    return (
      <div className="atlas-map atlas-map--loading" data-map-id={props.mapId}>
        <p className="atlas-map__loading">{t("map.loading")}</p>
      </div>
    );
  }
  const data = { index: index.data, boundaries: boundaries.data, basemap: basemap.data };
  // Without WebGL, or once its context is lost, the same map as SVG (src/map/svg/).
  return (
    <WebglOrSvg map={{ ...props, ...data }}>
      <ReadyMap {...props} index={data.index} topology={data.boundaries} basemap={data.basemap} />
    </WebglOrSvg>
  );
}

interface ReadyMapProps extends AtlasMapProps {
  index: AtlasIndex;
  topology: Topology;
  basemap: Topology;
}

function ReadyMap({ vintage, mapId, showLegend = false, formerDistricts = false, method = "quantile", legendSide = "left", index, topology, basemap }: ReadyMapProps): ReactElement {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const select = useAtlasStore((s) => s.select);
  const store = useAtlasStoreApi();
  const manifest = useManifest();
  const ids = { description: useId(), legend: useId() };
  const mapContent = useMapContent({ index, topology, vintage, method, formerDistricts });
  // The communes from 1 July 2025 are fetched only by the after map that draws the former districts;
  // null until they are loaded (or failed), and the map is not ready before that.
  const [loadedCommunes, setCommunes] = useState<readonly CommuneFeature[] | null>(null);
  const communes = loadedCommunes ?? NO_COMMUNES;
  const withCommunes = drawsCommunes(vintage, formerDistricts);
  const selection = useAtlasStore((s) => s.selection);
  const content = useMemo(() => {
    // Figures reported for a commune from 1 July 2025 have no shape in boundaries.topo.json: once
    // the communes are loaded, the scene is made again with their polygons (the programme's data
    // has none; a national dataset reports by commune).
    const scene = withCommuneShapes(mapContent.scene, { index, boundaries: mapContent.boundaries, figures: mapContent.figures.drawn, method }, communeShapeIndex(communes));
    const withShapes = scene === mapContent.scene ? mapContent : { ...mapContent, scene };
    const [only, ...rest] = selection;
    if (withShapes.selectionShape !== null || only === undefined || rest.length > 0) return withShapes;
    return { ...withShapes, selectionShape: communeShape(communes, only) };
  }, [mapContent, selection, communes, index, method]);

  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const { fit, legendOpenAtStart } = useFitLayout(container, content.boundaries, index, showLegend, legendSide);
  // The page's theme (dark or light) picks the base map's colours; CSS cannot reach WebGL.
  const tone = usePageTone();
  const colours = baseColours(tone);
  const style = useAtlasStyle(basemap, topology, vintage, tone);
  // Names the boundaries too: two maps on one page (before/after) must not have the same name.
  const title = t(`map.canvasLabelVintage.${vintage}`);
  const { map, styleReady } = useMaplibreMap(container, { style, title, start: () => startCamera(store, fit) });
  useMapRegistration(mapId, map);
  useMapForTests(mapId, map);
  useMapCamera(map, fit);
  useBoundaryVintage(map, styleReady, topology, vintage, tone);
  useNavigationControl(map, { zoomIn: t("map.controls.zoomIn"), zoomOut: t("map.controls.zoomOut") });
  useAttributionControl(map, useMemo(() => (manifest.status === "ready" ? mapCredits(manifest.data, vintage, formerDistricts) : []), [manifest, vintage, formerDistricts]));
  const legendShown = showLegend && content.indicator !== undefined;
  // The legend in words goes with the canvas, so it is there even while the legend is folded.
  useCanvasNames(map, title, legendShown ? `${ids.description} ${ids.legend}` : ids.description);

  const preview = useAtlasStore((s) => s.partnerPreview);
  const partnerRecords = preview?.status === "ready" ? preview.records : null;
  const partner = useMemo(() => (partnerRecords === null ? NO_PARTNER_DATA : partnerMapData(index, content.boundaries, partnerRecords, vintage)), [index, content.boundaries, partnerRecords, vintage]);
  const published = useAtlasStore((s) => s.publishedPartners);
  const publishedPartner = useMemo(() => (published === null ? NO_PARTNER_DATA : partnerMapData(index, content.boundaries, published, vintage)), [index, content.boundaries, published, vintage]);
  const layersShown = useFigureLayers(map, styleReady, { mapId, content, communes, colours, casing: outlineCasing(tone), partner, publishedPartner });
  // A map that draws the communes is complete once they are drawn too (they are boundaries, not place names).
  const ready = useMapReady(map, mapId, !withCommunes || loadedCommunes !== null ? layersShown : 0);
  const { labels, fontReady, territories } = useMapLabels(map, ready, { index, topology, basemap, vintage, figures: content.figures.drawn, formerDistrictIds: content.formerDistrictIds, communes, t });
  const labelsDrawn = useLabelOverlay(map, ready, styleReady, { mapId, labels, fontReady, colours });
  const hover = useMapPicking(map, mapId, content.scene, (target) => select(target.kind === "figure" ? areaMembers(index, target.figure.drawOn) : [target.unit]));

  // Measured only while a tooltip is shown: reading layout on every render forces the browser to
  // lay out the page in the middle of each switch (bench/profile-switch.ts, selection).
  const size = hover === null ? { width: 0, height: 0 } : (container?.getBoundingClientRect() ?? { width: 0, height: 0 });
  return (
    <div className="atlas-map" data-map-id={mapId} data-map-ready={ready ? "true" : undefined} data-labels-pending={labelsDrawn ? undefined : "true"} data-vintage={vintage} data-draw-mode={content.scene.mode}>
      <div className="atlas-map__canvas" ref={setContainer} />
      {withCommunes && <CommunesLoader onLoaded={setCommunes} />}
      <TerritoryNote map={map} territories={territories} />
      {hover !== null && <MapTooltip index={index} lang={lang} target={hover} width={size.width} height={size.height} />}
      <MapDescription id={ids.description} index={index} lang={lang} content={content} />
      {(partnerRecords !== null || published !== null) && (
        <div className="atlas-map__partner-keys">
          {published !== null && <PartnerMapKey records={published} drawn={publishedPartner.shapes.length} published />}
          {partnerRecords !== null && <PartnerMapKey records={partnerRecords} drawn={partner.shapes.length} />}
        </div>
      )}
      {legendShown && <AtlasLegend index={index} lang={lang} content={content} method={method} side={legendSide} openAtStart={legendOpenAtStart} descriptionId={ids.legend} />}
    </div>
  );
}

/** What the first view fits, with room for the legend; on a narrow map the legend starts folded (one tap opens it). */
function useFitLayout(container: HTMLDivElement | null, boundaries: ReturnType<typeof useMapContent>["boundaries"], index: AtlasIndex, showLegend: boolean, side: "left" | "right") {
  const bounds = useMemo(() => programmeBounds(index, boundaries), [index, boundaries]);
  const legendOpenAtStart = useMemo(() => legendStartsOpen(container?.clientWidth ?? 800), [container]);
  const fit = useMemo((): CameraFit => {
    // Keep the programme's areas clear of the open legend, the zoom buttons and the attribution button.
    const rootFontPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const legend = !showLegend ? "none" : legendOpenAtStart ? "open" : "folded";
    return { bounds, padding: fitPaddingFor({ mapWidth: container?.clientWidth ?? 800, legend, side, rootFontPx }) };
  }, [bounds, container, showLegend, side, legendOpenAtStart]);
  return { fit, legendOpenAtStart };
}

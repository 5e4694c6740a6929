/**
 * The simpler map, drawn as SVG where the browser cannot draw WebGL or has lost its context
 * (WebglOrSvg.tsx decides). The same figures, colours, symbols, outlines and legend as the WebGL
 * map, from the same hook (useMapContent.ts: the programme filter, each programme's outline) and
 * the same pure builders (scene.ts, credits.ts); it shows
 * the store's map view, so a "zoom to" from the profile moves it too. No panning or zooming of
 * its own: it is a stand-in that must not fail, not a second map engine.
 *
 * For tests: the container has data-renderer="svg" and, once drawn, data-map-ready="true" and
 * the same `atlas:map-ready:*` performance mark as the WebGL map; every figure area carries
 * data-figure-key and its fill.
 */
import { useEffect, useId, useMemo, useState, type KeyboardEvent, type PointerEvent, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { Topology } from "topojson-specification";
import { areaMembers, areaName, indicatorName, localName, type AtlasIndex } from "../../data/atlas";
import { useManifest } from "../../data/hooks";
import { formatNumber, formatYearPeriod } from "../../i18n/format";
import { useAtlasStore } from "../../store";
import type { AtlasMapProps } from "../AtlasMap";
import { communeShape, communeShapeIndex, type CommuneFeature } from "../communes";
import { CommunesLoader, drawsCommunes, NO_COMMUNES } from "../CommunesLoader";
import { mapCreditEntries } from "../credits";
import { figureValueText, indicatorUnit, legendProgrammeNames } from "../figureText";
import { MapLegend } from "../Legend";
import { fitPaddingFor, legendStartsOpen } from "../legendLayout";
import { MapTooltip, type HoverTarget } from "../MapTooltip";
import { legendClasses, legendNotes, legendSymbols, programmeBounds, withCommuneShapes } from "../scene";
import { useMapContent } from "../useMapContent";
import { SvgMapDrawing } from "./SvgMapDrawing";
import { pathMaker, svgBaseMap, svgCommunes, svgOverlay, viewportFor } from "./svgMap";
import "./SvgAtlasMap.css";

/** Why the simpler map is shown: the browser has no WebGL, or took the context away mid-session. */
export type FallbackReason = "unsupported" | "lost";

export interface SvgAtlasMapProps extends AtlasMapProps {
  index: AtlasIndex;
  boundaries: Topology;
  basemap: Topology;
  reason: FallbackReason;
}

export function SvgAtlasMap(props: SvgAtlasMapProps): ReactElement {
  const { vintage, mapId, showLegend = false, formerDistricts = false, method = "quantile", legendSide = "left", index, boundaries: topology, basemap, reason } = props;
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const mapView = useAtlasStore((s) => s.mapView);
  const select = useAtlasStore((s) => s.select);
  const manifest = useManifest();
  const descriptionId = useId();
  const legendDescriptionId = useId();

  // --- the same model as the WebGL map: the same hook, so the programme filter, the per-programme
  // outlines and the selection are decided once for both ------------------------------------------
  const content = useMapContent({ index, topology, vintage, method, formerDistricts });
  const { boundaries, indicator, period, figures, formerShapes, programme } = content;
  // The communes from 1 July 2025, fetched only by the after map that draws the former districts (as on the WebGL map).
  // null until they are loaded (or failed): the map is not ready before that, as the WebGL map.
  const [loadedCommunes, setCommunes] = useState<readonly CommuneFeature[] | null>(null);
  const communes = loadedCommunes ?? NO_COMMUNES;
  // A figure reported for a commune is drawn on it once the communes are loaded, as on the WebGL map.
  const scene = useMemo(
    () => withCommuneShapes(content.scene, { index, boundaries, figures: figures.drawn, method }, communeShapeIndex(communes)),
    [content.scene, index, boundaries, figures, method, communes],
  );
  const withCommunes = drawsCommunes(vintage, formerDistricts);
  const selection = useAtlasStore((s) => s.selection);
  const selectionShape = useMemo(() => {
    const [only, ...rest] = selection;
    if (content.selectionShape !== null || only === undefined || rest.length > 0) return content.selectionShape;
    return communeShape(communes, only);
  }, [content.selectionShape, selection, communes]);

  // --- size and view ----------------------------------------------------------------
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    if (container === null) return;
    const measure = () => setSize({ width: Math.round(container.clientWidth), height: Math.round(container.clientHeight) });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    return () => observer.disconnect();
  }, [container]);
  const legendOpenAtStart = legendStartsOpen(size.width || 800);
  const fitBounds = useMemo(() => programmeBounds(index, boundaries), [index, boundaries]);
  const viewport = useMemo(() => {
    const rootFontPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const legend = !showLegend ? "none" : legendOpenAtStart ? "open" : "folded";
    const padding = fitPaddingFor({ mapWidth: size.width, legend, side: legendSide, rootFontPx });
    return viewportFor(size, mapView, fitBounds, padding);
  }, [size, mapView, fitBounds, showLegend, legendOpenAtStart, legendSide]);
  const path = useMemo(() => pathMaker(viewport), [viewport]);
  const base = useMemo(() => svgBaseMap({ boundaries: topology, basemap, vintage }, path), [topology, basemap, vintage, path]);
  const communeDrawing = useMemo(() => (communes.length === 0 ? null : svgCommunes(communes, path)), [communes, path]);
  const overlay = useMemo(
    () =>
      svgOverlay(
        {
          areas: scene.areas,
          symbols: scene.mode === "symbols" ? scene.symbols : [],
          programmeAreas: programme.map((g) => ({ programmeId: g.programmeId, colour: g.outline.colour, widthPx: g.outline.widthPx, shapes: g.areas.map((a) => a.shape) })),
          formerDistricts: formerShapes,
          selection: selectionShape,
        },
        viewport,
        path,
      ),
    [scene, programme, formerShapes, selectionShape, viewport, path],
  );

  // --- ready for tests and for the views that wait for the first map ---------------
  const drawn = size.width > 0 && size.height > 0 && (!withCommunes || loadedCommunes !== null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!drawn || ready) return;
    setReady(true);
    performance.mark(`atlas:map-ready:${mapId}`);
  }, [drawn, ready, mapId]);

  // --- hover, click and keys --------------------------------------------------------
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const targetOf = (element: Element | null, x: number, y: number): HoverTarget | null => {
    const hit = element?.closest("[data-figure-key], [data-unit-id], [data-commune]");
    const figure = scene.figures.get(hit?.getAttribute("data-figure-key") ?? "");
    if (figure !== undefined) return { kind: "figure", figure, x, y };
    // A context commune has no unit: its tooltip (name, province, predecessors, credit) is all there is.
    const commune = communes[Number(hit?.getAttribute("data-commune") ?? NaN)];
    if (commune !== undefined && commune.properties.id === undefined) return { kind: "commune", commune: commune.properties, x, y };
    const unit = hit?.getAttribute("data-unit-id");
    return unit === null || unit === undefined ? null : { kind: "area", unit, x, y };
  };
  const pointAt = (e: PointerEvent) => {
    const box = container?.getBoundingClientRect();
    return { x: e.clientX - (box?.left ?? 0), y: e.clientY - (box?.top ?? 0) };
  };
  const chooseTarget = (target: HoverTarget | null) => {
    if (target === null || target.kind === "commune") return;
    select(target.kind === "figure" ? areaMembers(index, target.figure.drawOn) : [target.unit]);
  };
  const onKey = (e: KeyboardEvent<SVGElement>) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    chooseTarget(targetOf(e.target as Element, 0, 0));
  };

  // --- words -----------------------------------------------------------------------
  const unit = indicatorUnit(indicator, lang);
  const indicatorText = indicator === undefined ? "" : indicatorName(indicator, lang);
  const figureLabel = (key: string) => {
    const figure = scene.figures.get(key);
    return figure === undefined ? "" : t("map.describeItem", { area: areaName(index, figure.drawOn, lang), value: figureValueText(figure, lang), unit });
  };
  const unitTitle = (id: string) => `${areaName(index, { kind: "unit", unit: id }, lang)}: ${t("map.tooltip.notReported")}`;
  const communeTitle = (i: number) => {
    const commune = communes[i]?.properties;
    if (commune === undefined) return "";
    if (commune.id !== undefined) return unitTitle(commune.id);
    return `${commune.name}: ${t("map.commune.predecessors", { list: commune.predecessors })}. ${t("map.commune.context")}`;
  };
  const periodText = period === null ? t("map.wholeSpan") : formatYearPeriod(period);
  const description =
    figures.drawn.length === 0
      ? t("map.describeEmpty", { indicator: indicatorText, period: periodText })
      : t("map.describe", { indicator: indicatorText, unit, period: periodText, list: figures.drawn.map((f) => figureLabel(f.key)).join("; ") });
  const credits = manifest.status === "ready" ? mapCreditEntries(manifest.data, vintage, formerDistricts) : [];
  const legendShown = showLegend && indicator !== undefined;
  const fmt = (n: number) => formatNumber(n, lang);

  return (
    <div
      className="atlas-map atlas-map--svg"
      data-map-id={mapId}
      data-map-ready={ready ? "true" : undefined}
      data-vintage={vintage}
      data-draw-mode={scene.mode}
      data-renderer="svg"
      data-fallback-reason={reason}
    >
      <div className="atlas-map__canvas" ref={setContainer}>
        {drawn && (
          <SvgMapDrawing
            size={size}
            zoom={Math.log2(viewport.worldSize / 512)}
            base={base}
            overlay={overlay}
            label={t(`map.canvasLabelVintage.${vintage}`)}
            describedBy={legendShown ? `${descriptionId} ${legendDescriptionId}` : descriptionId}
            figureLabel={figureLabel}
            unitTitle={unitTitle}
            communes={communeDrawing}
            communeTitle={communeTitle}
            onClick={(e) => chooseTarget(targetOf(e.target as Element, 0, 0))}
            onKeyDown={onKey}
            onPointerMove={(e) => {
              const { x, y } = pointAt(e);
              setHover(targetOf(e.target as Element, x, y));
            }}
            onPointerLeave={() => setHover(null)}
          />
        )}
      </div>
      {withCommunes && <CommunesLoader onLoaded={setCommunes} />}
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
          programmeAreas={programme.map((g) => {
            const named = index.programmes.get(g.programmeId);
            return { id: g.programmeId, name: named === undefined ? g.programmeId : localName(named, lang), colour: g.outline.colour, widthPx: g.outline.widthPx, colourName: g.outline.name };
          })}
          programmeNames={legendProgrammeNames(index, figures.drawn, content.programmeId, lang)}
        />
      )}
      <p className="atlas-map__fallback-note" role="status" data-testid="map-fallback-note">
        {t(`map.fallback.${reason}`)}
      </p>
      {credits.length > 0 && (
        // Folded, like the WebGL map's credits button: spelled out, they would cover the south of the map.
        <details className="atlas-map__svg-credits">
          <summary>{t("map.fallback.credits")}</summary>
          <ul>
            {credits.map((c) => (
              <li key={c.text}>
                {c.url === "" ? (
                  c.text
                ) : (
                  <a href={c.url} rel="noopener" target="_blank">
                    {c.text}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

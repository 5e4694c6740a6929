/**
 * What an atlas map says besides its pixels: the description of the canvas (every figure in
 * words, and the programme's areas) and the legend, both from the map's content.
 */
import type { TFunction } from "i18next";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { areaName, indicatorName, localName, type AtlasIndex } from "../data/atlas";
import { formatNumber, formatYearPeriod } from "../i18n/format";
import type { Lang } from "../schema";
import type { ClassificationMethod } from "./classification";
import { figureValueText, indicatorUnit, legendProgrammeNames } from "./figureText";
import { MapLegend } from "./Legend";
import { MAX_LISTED_AREAS, type MapFigure } from "./mapData";
import { legendClasses, legendNotes, legendSymbols } from "./scene";
import type { MapContent } from "./useMapContent";

export function MapDescription({ id, index, lang, content }: { id: string; index: AtlasIndex; lang: Lang; content: MapContent }): ReactElement {
  const { t } = useTranslation();
  const { indicator, period, figures, programme } = content;
  const what = {
    indicator: indicator === undefined ? "" : indicatorName(indicator, lang),
    unit: indicatorUnit(indicator, lang),
    period: period === null ? t("map.wholeSpan") : formatYearPeriod(period),
  };
  const programmeText = programme
    .map((g) =>
      t("map.describeProgrammeAreas", {
        programme: programmeName(index, g.programmeId, lang),
        colour: t(`map.legend.colour.${g.outline.name}`),
        areas: g.areas.map((a) => areaName(index, a.area, lang)).join(", "),
      }),
    )
    .join(" ");
  return (
    <p id={id} className="sr-only">
      {[describeMap(index, figures.drawn, lang, t, what), programmeText].filter(Boolean).join(" ")}
    </p>
  );
}

export interface AtlasLegendProps {
  index: AtlasIndex;
  lang: Lang;
  content: MapContent;
  method: ClassificationMethod;
  side: "left" | "right";
  openAtStart: boolean;
  descriptionId: string;
}

export function AtlasLegend({ index, lang, content, method, side, openAtStart, descriptionId }: AtlasLegendProps): ReactElement | null {
  const { indicator, figures, scene, formerShapes, programme } = content;
  if (indicator === undefined) return null;
  const fmt = (n: number) => formatNumber(n, lang);
  return (
    <MapLegend
      side={side}
      openAtStart={openAtStart}
      empty={figures.drawn.length === 0}
      descriptionId={descriptionId}
      mode={scene.mode}
      method={method}
      classes={legendClasses(scene, fmt)}
      symbols={legendSymbols(scene.symbolScale).map((s) => ({ ...s, label: fmt(s.value) }))}
      indicatorName={indicatorName(indicator, lang)}
      unit={indicatorUnit(indicator, lang)}
      notes={{ ...legendNotes(index, figures.drawn), countsNotNormalised: scene.mode === "choropleth" && indicator.kind === "count" }}
      formerDistricts={formerShapes.length > 0}
      programmeAreas={programme.map((g) => ({
        id: g.programmeId,
        name: programmeName(index, g.programmeId, lang),
        colour: g.outline.colour,
        widthPx: g.outline.widthPx,
        colourName: g.outline.name,
      }))}
      programmeNames={legendProgrammeNames(index, figures.drawn, content.programmeId, lang)}
    />
  );
}

function describeMap(index: AtlasIndex, figures: readonly MapFigure[], lang: Lang, t: TFunction, what: { indicator: string; unit: string; period: string }): string {
  if (figures.length === 0) return t("map.describeEmpty", what);
  const named = figures.slice(0, MAX_LISTED_AREAS);
  const list = named.map((f) => t("map.describeItem", { area: areaName(index, f.drawOn, lang), value: figureValueText(f, lang), unit: what.unit })).join("; ");
  const more = figures.length > named.length ? ` ${t("map.describeMore", { count: figures.length - named.length })}` : "";
  return t("map.describe", { ...what, list }) + more;
}

/** A programme's name as its source gives it, in the reader's language where the data has one. */
function programmeName(index: AtlasIndex, id: string, lang: Lang): string {
  const p = index.programmes.get(id);
  return p === undefined ? id : localName(p, lang);
}

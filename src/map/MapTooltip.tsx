/**
 * The hover tooltip: the area, its value with the unit, the period and who published it; for
 * an area without a figure, its name and "not reported". Keyboard and screen-reader users get
 * the same content from the list of areas under the map.
 */
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { areaName, endedEarlier, type AtlasIndex } from "../data/atlas";
import type { Lang, UnitId } from "../schema";
import { anyInferred } from "../data/inconsistency";
import { figurePeriodText, figureProgrammes, figurePublishers, figureValueText, indicatorUnit } from "./figureText";
import type { MapFigure } from "./mapData";
import type { CommuneProperties } from "./communes";

export type HoverTarget =
  | { kind: "figure"; figure: MapFigure; x: number; y: number }
  | { kind: "area"; unit: UnitId; x: number; y: number }
  /** A commune from 1 July 2025 outside the five former districts: context, never a figure. */
  | { kind: "commune"; commune: CommuneProperties; x: number; y: number };

export function MapTooltip({ index, lang, target, width, height }: { index: AtlasIndex; lang: Lang; target: HoverTarget; width: number; height: number }): ReactElement {
  const { t } = useTranslation();
  // Keep the box inside the map: flip to the pointer's other side near the right or bottom edge.
  const style = {
    left: target.x > width - 260 ? undefined : target.x + 14,
    right: target.x > width - 260 ? width - target.x + 14 : undefined,
    top: target.y > height - 140 ? undefined : target.y + 14,
    bottom: target.y > height - 140 ? height - target.y + 14 : undefined,
  };
  return (
    <div className="atlas-map__tooltip" role="tooltip" style={style} data-testid="map-tooltip">
      {target.kind === "figure" ? (
        <FigureLines index={index} lang={lang} figure={target.figure} />
      ) : target.kind === "commune" ? (
        <CommuneLines index={index} lang={lang} commune={target.commune} />
      ) : (
        <AreaLines index={index} lang={lang} unit={target.unit} t={t} />
      )}
    </div>
  );
}

function FigureLines({ index, lang, figure }: { index: AtlasIndex; lang: Lang; figure: MapFigure }): ReactElement {
  const { t } = useTranslation();
  const unit = indicatorUnit(index.indicators.get(figure.indicatorId), lang);
  const inferred = anyInferred(figure.observations);
  return (
    <>
      <p className="atlas-map__tooltip-area">{areaName(index, figure.drawOn, lang)}</p>
      {figure.placement === "carried" && <p className="atlas-map__tooltip-note">{t("map.tooltip.carried", { name: areaName(index, figure.reportedFor, lang) })}</p>}
      {figure.placement === "former" && <p className="atlas-map__tooltip-note">{t("map.tooltip.former")}</p>}
      <p className="atlas-map__tooltip-value">
        <strong>{figureValueText(figure, lang)}</strong> {unit}
        {figure.conflict && <span className="atlas-map__tooltip-conflict"> · {t("map.tooltip.conflict")}</span>}
      </p>
      <p>
        {t("map.tooltip.period", { period: figurePeriodText(figure, lang) })}
        {inferred.period && <span className="atlas-map__tooltip-note"> · {t("common.basis.periodInferred")}</span>}
      </p>
      {inferred.area && <p className="atlas-map__tooltip-note">{t("common.basis.areaInferred")}</p>}
      <p data-tooltip-programme="">{t("map.tooltip.programme", { programmes: figureProgrammes(index, figure, lang).join("; ") })}</p>
      <p>{t("map.tooltip.source", { publishers: figurePublishers(index, figure, (tag) => t(`provenance.tag.${tag}`)).join("; ") })}</p>
      {figure.others.length > 0 && <p className="atlas-map__tooltip-note">{t("map.tooltip.others", { count: figure.others.length })}</p>}
    </>
  );
}

/** A context commune: its name, province and predecessors as the merger portal gives them, credited; no figures. */
function CommuneLines({ index, lang, commune }: { index: AtlasIndex; lang: Lang; commune: CommuneProperties }): ReactElement {
  const { t } = useTranslation();
  return (
    <>
      <p className="atlas-map__tooltip-area">{commune.name}</p>
      <p>{areaName(index, { kind: "unit", unit: commune.province }, lang)}</p>
      <p>{t("map.commune.predecessors", { list: commune.predecessors })}</p>
      <p className="atlas-map__tooltip-note">{t("map.commune.context")}</p>
      <p className="atlas-map__tooltip-note">{t("map.commune.credit")}</p>
    </>
  );
}

function AreaLines({ index, lang, unit, t }: { index: AtlasIndex; lang: Lang; unit: UnitId; t: (key: string) => string }): ReactElement {
  return (
    <>
      <p className="atlas-map__tooltip-area">{areaName(index, { kind: "unit", unit }, lang)}</p>
      {endedEarlier(index, unit) && <p className="atlas-map__tooltip-note">{t("map.tooltip.endedUnknown")}</p>}
      <p>{t("map.tooltip.notReported")}</p>
    </>
  );
}


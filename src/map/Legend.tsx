/**
 * The map's legend, compact so it hides little of the map: a disclosure (open on wide maps,
 * folded on narrow ones) holding the indicator and its unit, the class colours with their ranges
 * (choropleth) or nested circles (symbols), the "not reported" swatch and, behind a second
 * disclosure closed at first, the classification method and the notes on how figures are placed.
 *
 * For assistive technology the graphic key is one image (role="img") described by a text that
 * also carries the notes; the same text describes the map canvas, so a screen-reader user gets
 * the whole legend from the map itself even while the legend is folded.
 */
import type { TFunction } from "i18next";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { ClassificationMethod } from "./classification";
import { usePageTone } from "../ui/usePageTheme";
import { baseColours } from "./palette";
import type { DrawMode, LegendClass } from "./scene";

export interface LegendNotes {
  groupOrProvince: boolean;
  carried: boolean;
  former: boolean;
  conflict: boolean;
  countsNotNormalised: boolean;
}

export interface LegendProps {
  mode: DrawMode;
  method: ClassificationMethod;
  classes: readonly LegendClass[];
  /** Nested circles, largest first; radius in px. */
  symbols: readonly { value: number; label: string; radius: number }[];
  /** Indicator name and unit word, e.g. "Reintegration cases supported" and "cases". */
  indicatorName: string;
  unit: string;
  notes: LegendNotes;
  /** Show the dashed "former district" key (post-2025 map). */
  formerDistricts: boolean;
  /** One outline key per programme with a phase active in the period (none: no key). */
  programmeAreas: readonly LegendProgrammeKey[];
  /** The programmes whose figures the map draws (or the one chosen), named under the title: several programmes report here. */
  programmeNames?: readonly string[];
}

/** A programme's outline in the legend: its name in the reader's language and how it is drawn. */
export interface LegendProgrammeKey {
  id: string;
  name: string;
  colour: string;
  widthPx: number;
  /** i18n key under map.legend.colour. */
  colourName: string;
}

export interface MapLegendProps extends LegendProps {
  /** Which top corner of the map it sits in. */
  side: "left" | "right";
  /** Open at first (a wide map) or folded to its summary (a narrow one). */
  openAtStart: boolean;
  /** No figure to draw: say so inside the legend. */
  empty: boolean;
  /** Id for the hidden full text of the legend, which the map canvas also points to. */
  descriptionId: string;
}

const NOTE_KEYS = ["countsNotNormalised", "groupOrProvince", "carried", "former", "conflict"] as const satisfies readonly (keyof LegendNotes)[];

/** The legend as the map shows it: folded or open in one top corner, with its hidden text beside it. */
export function MapLegend({ side, openAtStart, empty, descriptionId, ...legend }: MapLegendProps): ReactElement {
  const { t } = useTranslation();
  return (
    <>
      <p id={descriptionId} hidden>
        {legendText(legend, t)}
      </p>
      <details className={`atlas-map__legend atlas-map__legend--${side}`} open={openAtStart}>
        <summary>{t("map.legend.title")}</summary>
        <Legend {...legend} descriptionId={descriptionId} />
        {empty && <p className="atlas-legend__empty">{t("map.noFigures")}</p>}
      </details>
    </>
  );
}

/** The legend in words: what it shows, the key, "not reported", the method and every note that applies. */
function legendText(props: LegendProps, t: TFunction): string {
  const methodName = t(`map.method.${props.method}`);
  const keyText = props.mode === "choropleth" ? props.classes.map((c) => c.label).join("; ") : props.symbols.map((s) => s.label).join("; ");
  return [
    `${t("map.legend.label", { indicator: props.indicatorName })} (${props.unit}).`,
    (props.programmeNames ?? []).length > 0 ? `${t("map.legend.programmes", { programmes: (props.programmeNames ?? []).join("; ") })}.` : "",
    props.mode === "choropleth" ? t("map.legend.describeClasses", { method: methodName, classes: keyText || "—" }) : t("map.legend.describeSymbols", { sizes: keyText || "—" }),
    t("map.legend.describeNotReported"),
    ...props.programmeAreas.map((p) => `${t("map.legend.programmeAreaOutline", { programme: p.name, colour: t(`map.legend.colour.${p.colourName}`) })}.`),
    props.formerDistricts ? `${t("map.legend.formerDistrict")}.` : "",
    ...NOTE_KEYS.filter((k) => props.notes[k]).map((k) => t(`map.legend.${k}`)),
  ]
    .filter(Boolean)
    .join(" ");
}

/** The visible legend; `descriptionId` names the element that holds it in words. */
export function Legend(props: LegendProps & { descriptionId: string }): ReactElement {
  const { t } = useTranslation();
  const methodName = t(`map.method.${props.method}`);
  const notes = NOTE_KEYS.filter((k) => props.notes[k]);
  const showMore = props.mode === "choropleth" || notes.length > 0;
  // The keys show the base map's colours of the page's theme, as the map draws them.
  const base = baseColours(usePageTone());

  return (
    <div className="atlas-legend" data-legend-mode={props.mode}>
      <p className="atlas-legend__title">
        {props.indicatorName} <span className="atlas-legend__unit">({props.unit})</span>
        {(props.programmeNames ?? []).length > 0 && (
          <span className="atlas-legend__programme" data-legend-programme="">
            {t("map.legend.programmes", { programmes: (props.programmeNames ?? []).join("; ") })}
          </span>
        )}
      </p>
      <div className="atlas-legend__key" role="img" aria-label={t("map.legend.label", { indicator: props.indicatorName })} aria-describedby={props.descriptionId}>
        {props.mode === "choropleth" ? (
          <ul className="atlas-legend__classes">
            {props.classes.map((c, i) => (
              <li key={c.label} data-legend-class={i} data-colour={c.colour}>
                <span className="atlas-legend__swatch" style={{ background: c.colour }} />
                {c.label}
              </li>
            ))}
          </ul>
        ) : (
          <SymbolKey symbols={props.symbols} line={base.symbolKeyLine} fill={base.symbol} />
        )}
        <ul className="atlas-legend__classes">
          <li data-legend-not-reported="" data-colour={base.land}>
            <span className="atlas-legend__swatch atlas-legend__swatch--not-reported" style={{ background: base.land, borderColor: base.notReportedLine }} />
            {t("map.legend.notReported")}
          </li>
          {props.programmeAreas.map((p) => (
            <li key={p.id} data-legend-programme-areas={p.id} data-colour={p.colour}>
              <span className="atlas-legend__swatch atlas-legend__swatch--programme" style={{ borderColor: p.colour, borderWidth: `${p.widthPx}px` }} />
              {t("map.legend.programmeArea", { programme: p.name })}
            </li>
          ))}
          {props.formerDistricts && (
            <li data-legend-former-district="">
              <span className="atlas-legend__swatch atlas-legend__swatch--former" style={{ borderColor: base.formerDistrict }} />
              {t("map.legend.formerDistrict")}
            </li>
          )}
        </ul>
      </div>
      {showMore && (
        <details className="atlas-legend__more">
          <summary>{t("map.legend.more")}</summary>
          {props.mode === "choropleth" && <p className="atlas-legend__method">{t("map.legend.method", { method: methodName })}</p>}
          {notes.length > 0 && (
            <ul className="atlas-legend__notes">
              {notes.map((k) => (
                <li key={k}>{t(`map.legend.${k}`)}</li>
              ))}
            </ul>
          )}
        </details>
      )}
    </div>
  );
}

function SymbolKey({ symbols, line, fill }: { symbols: LegendProps["symbols"]; line: string; fill: string }): ReactElement {
  const largest = symbols[0]?.radius ?? 0;
  // Room above the largest circle for its value, whose text sits on the circle's top.
  const top = 8;
  const size = Math.ceil(largest * 2 + 4);
  const labelX = size + 6;
  return (
    <svg className="atlas-legend__symbols" width={labelX + 60} height={Math.max(size + top, 20)} aria-hidden="true" focusable="false">
      {symbols.map((s) => {
        const cy = top + size - 2 - s.radius;
        return (
          <g key={s.value}>
            <circle cx={largest + 2} cy={cy} r={s.radius} fill={fill} fillOpacity={0.25} stroke={line} strokeWidth={1} />
            <line x1={largest + 2} x2={labelX - 2} y1={cy - s.radius} y2={cy - s.radius} stroke={line} strokeWidth={0.5} strokeDasharray="2 2" />
            <text x={labelX} y={cy - s.radius + 4} fontSize={11} fill="currentColor">
              {s.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The map's legend: class colours with their ranges (choropleth) or nested circles (symbols),
 * the "not reported" swatch, and notes on how figures are placed. The graphic part is one
 * image to assistive technology (role="img", with a text description); the notes are text.
 */
import { useId, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { ClassificationMethod } from "./classification";
import { BASE_COLOURS } from "./palette";
import type { DrawMode, LegendClass } from "./scene";

export interface LegendProps {
  mode: DrawMode;
  method: ClassificationMethod;
  classes: readonly LegendClass[];
  /** Nested circles, largest first; radius in px. */
  symbols: readonly { value: number; label: string; radius: number }[];
  /** Indicator name and unit word, e.g. "Reintegration cases supported" and "cases". */
  indicatorName: string;
  unit: string;
  notes: { groupOrProvince: boolean; carried: boolean; former: boolean; conflict: boolean; countsNotNormalised: boolean };
  /** Show the dashed "former district" key (post-2025 map). */
  formerDistricts: boolean;
}

export function Legend(props: LegendProps): ReactElement {
  const { t } = useTranslation();
  const descriptionId = useId();
  const methodName = t(`map.method.${props.method}`);
  const keyText =
    props.mode === "choropleth"
      ? props.classes.map((c) => c.label).join("; ")
      : props.symbols.map((s) => s.label).join("; ");
  const description = [
    props.mode === "choropleth" ? t("map.legend.describeClasses", { method: methodName, classes: keyText || "—" }) : t("map.legend.describeSymbols", { sizes: keyText || "—" }),
    t("map.legend.describeNotReported"),
    props.formerDistricts ? t("map.legend.formerDistrict") : "",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <div className="atlas-legend" data-legend-mode={props.mode}>
      <p className="atlas-legend__title">
        {props.indicatorName} <span className="atlas-legend__unit">({props.unit})</span>
      </p>
      <div className="atlas-legend__key" role="img" aria-label={t("map.legend.label", { indicator: props.indicatorName })} aria-describedby={descriptionId}>
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
          <SymbolKey symbols={props.symbols} />
        )}
        <ul className="atlas-legend__classes">
          <li data-legend-not-reported="" data-colour={BASE_COLOURS.land}>
            <span className="atlas-legend__swatch atlas-legend__swatch--not-reported" style={{ background: BASE_COLOURS.land, borderColor: BASE_COLOURS.notReportedLine }} />
            {t("map.legend.notReported")}
          </li>
          {props.formerDistricts && (
            <li data-legend-former-district="">
              <span className="atlas-legend__swatch atlas-legend__swatch--former" style={{ borderColor: BASE_COLOURS.formerDistrict }} />
              {t("map.legend.formerDistrict")}
            </li>
          )}
        </ul>
      </div>
      <p id={descriptionId} className="sr-only">
        {description}
      </p>
      {props.mode === "choropleth" && <p className="atlas-legend__method">{t("map.legend.method", { method: methodName })}</p>}
      <ul className="atlas-legend__notes">
        {props.notes.countsNotNormalised && <li>{t("map.legend.countsNotNormalised")}</li>}
        {props.notes.groupOrProvince && <li>{t("map.legend.groupOrProvince")}</li>}
        {props.notes.carried && <li>{t("map.legend.carried")}</li>}
        {props.notes.former && <li>{t("map.legend.former")}</li>}
        {props.notes.conflict && <li>{t("map.legend.conflict")}</li>}
      </ul>
    </div>
  );
}

function SymbolKey({ symbols }: { symbols: LegendProps["symbols"] }): ReactElement {
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
            <circle cx={largest + 2} cy={cy} r={s.radius} fill={BASE_COLOURS.symbol} fillOpacity={0.25} stroke={BASE_COLOURS.symbolLine} strokeWidth={1} />
            <line x1={largest + 2} x2={labelX - 2} y1={cy - s.radius} y2={cy - s.radius} stroke={BASE_COLOURS.symbolLine} strokeWidth={0.5} strokeDasharray="2 2" />
            <text x={labelX} y={cy - s.radius + 4} fontSize={11} fill="currentColor">
              {s.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

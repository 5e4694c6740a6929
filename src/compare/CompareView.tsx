/**
 * The before/after screen: the two maps (swipe or side by side) with the what-changed panel
 * of the selected area below them, the method in one paragraph, the totals before and after,
 * and the pair of before/after charts for the chosen indicator.
 */
import { lazy, Suspense, useId, useMemo, type ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { indicatorName, indicatorsWithFigures, programmeFilter, unitName, type AtlasIndex } from "../data/atlas";
import { useAtlasIndex } from "../data/hooks";
import type { Unit, UnitId, UnitLevel, Vintage } from "../schema";
import { COMPARE_MODES, useAtlasStore, type CompareMode } from "../store";
import { AboutView } from "../ui/AboutView";
import { ErrorPanel } from "../ui/ErrorPanel";
import { RegionBoundary } from "../ui/RegionBoundary";
import { AfterMapCommunes } from "../map/CommuneList";
import { MAP_IDS } from "../map/MapContext";
import { whenMapsReady } from "../map/useMapReady";
import { aggregateAllIndicators } from "../model/aggregateToVintage";
import { CompareMaps } from "./CompareMaps";
import { TotalsTable } from "./TotalsTable";
import { WhatChangedPanel } from "./WhatChangedPanel";
import type { BeforeAfterChartsProps } from "./BeforeAfterCharts";
import "./compare.css";

/** How long the charts wait for maps that never draw (their region failed) before they load anyway. */
const CHARTS_FALLBACK_MS = 15_000;

/**
 * The before/after charts' code (recharts, ~87 KB gzip) is fetched and run only once both maps are
 * drawn: imported with this view, it was downloaded, parsed and run before either map could start
 * (bench/profile-first-render.ts). Made anew on "retry", so a failed chunk is fetched again.
 */
function lazyCharts(): ComponentType<BeforeAfterChartsProps> {
  return lazy(() =>
    whenMapsReady([MAP_IDS.compareBefore, MAP_IDS.compareAfter], CHARTS_FALLBACK_MS)
      .then(() => import("./BeforeAfterCharts"))
      .then((m) => ({ default: m.BeforeAfterCharts })),
  );
}
let LazyCharts = lazyCharts();
function retryCharts() {
  LazyCharts = lazyCharts();
}

/** Looks the lazy component up at render time, so that a retry picks up the fresh one. */
function ChartsWhenMapsDrawn(props: BeforeAfterChartsProps) {
  const { t } = useTranslation();
  const Charts = LazyCharts;
  return (
    <Suspense fallback={<p className="slot-loading">{t("app.loading")}</p>}>
      <Charts {...props} />
    </Suspense>
  );
}

function ModeSwitch() {
  const { t } = useTranslation();
  const mode = useAtlasStore((s) => s.compareMode);
  const setMode = useAtlasStore((s) => s.setCompareMode);
  const name = useId();
  return (
    <fieldset className="segmented" data-testid="compare-mode">
      <legend className="segmented__legend">{t("compare.mode.legend")}</legend>
      {COMPARE_MODES.map((m: CompareMode) => (
        <label key={m} className="segmented__option">
          <input type="radio" name={name} value={m} checked={mode === m} onChange={() => setMode(m)} />
          <span>{t(`compare.mode.${m}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function IndicatorSelect({ index, current }: { index: AtlasIndex; current: string }) {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const setIndicator = useAtlasStore((s) => s.setIndicator);
  const id = useId();
  return (
    <div className="compare__field">
      <label htmlFor={id}>{t("compare.charts.indicator")}</label>{" "}
      <select id={id} value={current} onChange={(e) => setIndicator(e.target.value)}>
        {indicatorsWithFigures(index).map((i) => (
          <option key={i.id} value={i.id}>
            {indicatorName(i, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}

const PICKER_GROUPS: [Vintage, UnitLevel][] = [
  ["pre2025", "province"],
  ["pre2025", "district"],
  ["pre2025", "commune"],
  ["post2025", "province"],
  ["post2025", "commune"],
];

/** Every unit the crosswalk or a map knows, for keyboard and screen-reader users (the maps are the mouse's way in). */
function UnitPicker({ index, current }: { index: AtlasIndex; current: UnitId | null }) {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const select = useAtlasStore((s) => s.select);
  const id = useId();
  const groups = useMemo(() => {
    const units = [...index.units.values()];
    return PICKER_GROUPS.map(([vintage, level]) => ({
      key: `${vintage}-${level}`,
      label: `${t(`compare.changed.${vintage === "pre2025" ? "pickBefore" : "pickAfter"}`)} — ${t(`common.level.${level}`)}`,
      units: units
        .filter((u) => u.vintage === vintage && u.level === level)
        .sort((a: Unit, b: Unit) => a.shortVi.localeCompare(b.shortVi, "vi")),
    })).filter((g) => g.units.length > 0);
  }, [index, t]);
  return (
    <div className="compare__field">
      <label htmlFor={id}>{t("compare.changed.pick")}</label>{" "}
      <select id={id} value={current ?? ""} onChange={(e) => e.target.value !== "" && select([e.target.value])} data-testid="compare-unit-picker">
        <option value="">{t("compare.changed.pickPrompt")}</option>
        {groups.map((g) => (
          <optgroup key={g.key} label={g.label}>
            {g.units.map((u) => (
              <option key={u.id} value={u.id}>
                {unitName(u, lang)} ({u.code})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

function CompareContent({ index }: { index: AtlasIndex }) {
  const { t } = useTranslation();
  const period = useAtlasStore((s) => s.period);
  const indicatorId = useAtlasStore((s) => s.indicator);
  // The most recently selected unit is the one explained.
  const selected = useAtlasStore((s) => s.selection.at(-1) ?? null);
  const select = useAtlasStore((s) => s.select);
  // The programme chosen on the explorer (prog=): the maps, totals, charts and what-changed follow it alike.
  const programmeId = programmeFilter(index, useAtlasStore((s) => s.programme));
  const reaggregations = useMemo(() => aggregateAllIndicators(index, { period, programmeId }), [index, period, programmeId]);
  const current = reaggregations.find((r) => r.indicatorId === indicatorId) ?? reaggregations[0];
  const headingIds = { method: useId(), totals: useId(), charts: useId() };

  return (
    <div className="compare">
      {/* Title, mode, the area picker and the folded explanations on one row: the maps below take the screen's remaining height. */}
      <div className="compare__controls">
        <h2>{t("compare.title")}</h2>
        <ModeSwitch />
        <UnitPicker index={index} current={selected} />
        <AboutView storageKey="compare">
          <p>{t("compare.intro")}</p>
          <p className="muted">{t("compare.vintageNote")}</p>
        </AboutView>
      </div>
      <div className="compare__main" id="compare-maps">
        <RegionBoundary region="compare-maps" part={t("app.regions.compareMaps")}>
          <CompareMaps />
        </RegionBoundary>
        {/* Below the maps, not beside them: the maps keep the width; it opens on a selection and closing it gives the room back. */}
        {selected !== null && (
          <aside className="compare__aside" aria-label={t("compare.changed.aside")}>
            <button type="button" className="compare__close" onClick={() => select([])}>
              {t("profile.close")}
            </button>
            <RegionBoundary region="what-changed" part={t("app.regions.whatChanged")}>
              <WhatChangedPanel index={index} unitId={selected} reaggregations={reaggregations} headingLevel={3} />
            </RegionBoundary>
          </aside>
        )}
      </div>
      {selected === null && <p className="muted compare__empty">{t("compare.changed.empty")}</p>}
      <AfterMapCommunes index={index} mapId={MAP_IDS.compareAfter} />
      <a className="back-to-map" href="#compare-maps">
        {t("app.backToMap")}
      </a>
      <section className="compare__method" aria-labelledby={headingIds.method}>
        <h3 id={headingIds.method}>{t("compare.method.title")}</h3>
        <p>{t("compare.method.text")}</p>
      </section>
      <section aria-labelledby={headingIds.totals}>
        <h3 id={headingIds.totals}>{t("compare.totals.title")}</h3>
        <RegionBoundary region="compare-totals" part={t("app.regions.compareTotals")}>
          <div className="table-scroll">
            <TotalsTable index={index} reaggregations={reaggregations} />
          </div>
        </RegionBoundary>
      </section>
      <section aria-labelledby={headingIds.charts}>
        <h3 id={headingIds.charts}>{t("compare.charts.title")}</h3>
        {current === undefined ? null : (
          <>
            <IndicatorSelect index={index} current={current.indicatorId} />
            <RegionBoundary region="compare-charts" part={t("app.regions.compareCharts")} onRetry={retryCharts}>
              <ChartsWhenMapsDrawn index={index} result={current} />
            </RegionBoundary>
          </>
        )}
      </section>
    </div>
  );
}

export default function CompareView() {
  const { t } = useTranslation();
  const atlas = useAtlasIndex();
  if (atlas.status === "error") return <ErrorPanel error={atlas} />;
  if (atlas.status !== "ready") return <p>{t("app.loading")}</p>;
  return <CompareContent index={atlas.data} />;
}

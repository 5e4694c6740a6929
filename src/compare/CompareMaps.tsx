/**
 * The before and after maps, in the store's compare mode:
 * - swipe: the two maps stacked, the before map on top clipped at the handle (CSS clip-path,
 *   which also clips pointer hits, so each side pans the map it shows); the before map comes
 *   first in the document, so keyboard focus meets the maps in the order they are seen;
 * - side by side: next to each other (stacked on phones).
 * Both AtlasMaps read the store's one mapView, so they always show the same place; each has
 * its own legend.
 */
import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { AtlasMap } from "../map/AtlasMap";
import { MAP_IDS } from "../map/MapContext";
import { useAtlasStore } from "../store";
import { beforeClipPath } from "./swipe";
import { SwipeHandle } from "./SwipeHandle";

/** Map ids on the page (tests find the maps by these: src/map/testHook.ts). */
export const COMPARE_MAP_IDS = { before: MAP_IDS.compareBefore, after: MAP_IDS.compareAfter } as const;

function SwipeStage() {
  const { t } = useTranslation();
  const swipe = useAtlasStore((s) => s.swipe);
  const setSwipe = useAtlasStore((s) => s.setSwipe);
  const stageRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const value = Math.round(swipe);
  return (
    <div className="compare-swipe">
      <div className="compare-stage" ref={stageRef} role="group" aria-label={t("compare.maps.stage")} aria-describedby={hintId} data-testid="compare-stage">
        {/* Before first, as it is seen (left of the handle) and tabbed to; it lies on top by its z-index. */}
        <div className="compare-stage__layer" data-side="before" style={{ clipPath: beforeClipPath(swipe) }}>
          <AtlasMap vintage="pre2025" mapId={COMPARE_MAP_IDS.before} showLegend legendSide="left" />
        </div>
        <div className="compare-stage__layer" data-side="after">
          <AtlasMap vintage="post2025" mapId={COMPARE_MAP_IDS.after} formerDistricts showLegend legendSide="right" />
        </div>
        <span className="compare-stage__tag compare-stage__tag--before" style={{ left: `${swipe}%` }} aria-hidden="true">
          {t("compare.maps.beforeShort")}
        </span>
        <span className="compare-stage__tag compare-stage__tag--after" style={{ left: `${swipe}%` }} aria-hidden="true">
          {t("compare.maps.afterShort")}
        </span>
        <SwipeHandle value={swipe} onChange={setSwipe} stageRef={stageRef} label={t("compare.swipe.label")} valueText={t("compare.swipe.valueText", { value })} />
      </div>
      <p id={hintId} className="muted compare-swipe__hint">
        {t("compare.swipe.hint")}
      </p>
    </div>
  );
}

function SideBySide() {
  const { t } = useTranslation();
  return (
    <div className="compare-side" data-testid="compare-side">
      <section className="compare-side__map" aria-labelledby="compare-side-before">
        <h3 id="compare-side-before">{t("compare.maps.before")}</h3>
        <div className="compare-side__frame">
          <AtlasMap vintage="pre2025" mapId={COMPARE_MAP_IDS.before} showLegend />
        </div>
      </section>
      <section className="compare-side__map" aria-labelledby="compare-side-after">
        <h3 id="compare-side-after">{t("compare.maps.after")}</h3>
        <div className="compare-side__frame">
          <AtlasMap vintage="post2025" mapId={COMPARE_MAP_IDS.after} formerDistricts showLegend />
        </div>
      </section>
    </div>
  );
}

export function CompareMaps() {
  const mode = useAtlasStore((s) => s.compareMode);
  switch (mode) {
    case "swipe":
      return <SwipeStage />;
    case "side":
      return <SideBySide />;
  }
}

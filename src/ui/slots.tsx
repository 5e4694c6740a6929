/**
 * Views owned by other parts of the team, mounted lazily: each is its own chunk (so the
 * first paint — header and figures table — needs none of maplibre, deck.gl or recharts),
 * behind Suspense and an error boundary, so a view that fails shows an ErrorPanel and
 * the rest of the page keeps working.
 *
 * Each slot names its module with a static import() call, so renaming or moving a view file
 * fails to compile instead of silently dropping its region.
 */
import { Suspense, lazy, useEffect, useState, type ComponentType, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCrosswalkError, useDataset } from "../data/hooks";
import type { SingleFileRole } from "../data/load";
import { ErrorPanel } from "./ErrorPanel";
import { RegionBoundary } from "./RegionBoundary";

type ViewModule = { default: ComponentType };

interface SlotView {
  /** Loads the view's chunk; a static import() so the compiler checks the path. */
  load: () => Promise<ViewModule>;
  /** The data files the view cannot work without. */
  needs: readonly SingleFileRole[];
  /** Whether the view shows what it can without the crosswalk, under the crosswalk's error. */
  partialWithoutCrosswalk: boolean;
}

/**
 * Each hosted view: its module, which data files it cannot work without (`needs`: their
 * error replaces the view) and whether it shows what it can without the crosswalk
 * (`partialWithoutCrosswalk`: the crosswalk's error is shown above the view, which still
 * draws the figures as reported, carried nowhere).
 */
export const SLOT_VIEWS = {
  map: { load: () => import("../map/ExplorerMap"), needs: ["boundaries", "basemap"], partialWithoutCrosswalk: true },
  profile: { load: () => import("../profile/AreaProfile"), needs: ["units", "figures", "crosswalk"], partialWithoutCrosswalk: false },
  chart: { load: () => import("../charts/TrendPanel"), needs: ["units", "figures"], partialWithoutCrosswalk: true },
  period: { load: () => import("../explore/PeriodControl"), needs: [], partialWithoutCrosswalk: false },
  search: { load: () => import("../explore/SearchBox"), needs: ["units"], partialWithoutCrosswalk: false },
  compare: { load: () => import("../compare/CompareView"), needs: ["units", "figures", "crosswalk", "boundaries", "basemap"], partialWithoutCrosswalk: false },
  national: { load: () => import("../compare/NationalView"), needs: ["units", "crosswalk", "boundaries", "basemap"], partialWithoutCrosswalk: false },
} as const satisfies Record<string, SlotView>;

export type SlotName = keyof typeof SLOT_VIEWS;

/**
 * Slots whose code waits until the first map has drawn (or a few seconds have passed): the
 * trend chart's code and drawing would otherwise compete with maplibre and deck.gl for the
 * network and the main thread during the first view.
 */
const AFTER_FIRST_MAP: ReadonlySet<SlotName> = new Set<SlotName>(["chart"]);
const AFTER_FIRST_MAP_FALLBACK_MS = 4000;

let firstMapDrawn: Promise<void> | null = null;

/** Resolves when any AtlasMap sets its `atlas:map-ready:*` mark, or after a fallback delay (no WebGL, no map). */
export function afterFirstMap(fallbackMs = AFTER_FIRST_MAP_FALLBACK_MS): Promise<void> {
  if (firstMapDrawn !== null) return firstMapDrawn;
  firstMapDrawn = new Promise<void>((resolve) => {
    const isReadyMark = (e: PerformanceEntry) => e.name.startsWith("atlas:map-ready:");
    if (performance.getEntriesByType("mark").some(isReadyMark)) return resolve();
    const timer = setTimeout(done, fallbackMs);
    let observer: PerformanceObserver | null = null;
    function done() {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    }
    if (typeof PerformanceObserver !== "undefined") {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some(isReadyMark)) done();
      });
      observer.observe({ type: "mark" });
    }
  });
  return firstMapDrawn;
}

function useAfterFirstMap(enabled: boolean): boolean {
  const [ready, setReady] = useState(!enabled);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void afterFirstMap().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [enabled]);
  return ready;
}

const lazyViews = new Map<SlotName, ComponentType>();

/** The lazy component for a slot, made once. */
function lazyView(name: SlotName): ComponentType {
  const cached = lazyViews.get(name);
  if (cached !== undefined) return cached;
  const view = lazy(SLOT_VIEWS[name].load);
  lazyViews.set(name, view);
  return view;
}

/** Shows the first data file error among `roles`, or the children. Loading is left to the view. */
export function DataGate({ roles, children }: { roles: readonly SingleFileRole[]; children: ReactNode }) {
  const [first, ...rest] = roles;
  if (first === undefined) return <>{children}</>;
  return (
    <RoleGate role={first}>
      <DataGate roles={rest}>{children}</DataGate>
    </RoleGate>
  );
}

function RoleGate({ role, children }: { role: SingleFileRole; children: ReactNode }) {
  const state = useDataset(role);
  if (state.status === "error") return <ErrorPanel error={state} />;
  return <>{children}</>;
}

/** The crosswalk's error above a view that still works without it (the view itself is unchanged). */
function CrosswalkNote() {
  const { t } = useTranslation();
  const error = useCrosswalkError();
  if (error === null) return null;
  return <ErrorPanel error={error} note={t("errors.crosswalkNote")} />;
}

export function SlotLoading() {
  const { t } = useTranslation();
  return <p className="slot-loading">{t("app.loading")}</p>;
}

/**
 * A hosted view with its data gate, Suspense and error boundary. "Retry" after a failed
 * chunk import makes a fresh lazy component, so the import is tried again rather than the
 * failure replayed.
 */
export function ViewSlot({ name, label, immediate = false }: { name: SlotName; label: string; immediate?: boolean }) {
  // `immediate`: a view shown alone (an embed) has no first map to wait for.
  const mayLoad = useAfterFirstMap(!immediate && AFTER_FIRST_MAP.has(name));
  if (!mayLoad) return <SlotLoading />;
  return (
    <RegionBoundary region={name} part={label} onRetry={() => lazyViews.delete(name)}>
      {SLOT_VIEWS[name].partialWithoutCrosswalk && <CrosswalkNote />}
      <DataGate roles={SLOT_VIEWS[name].needs}>
        <Suspense fallback={<SlotLoading />}>
          <LazyView name={name} />
        </Suspense>
      </DataGate>
    </RegionBoundary>
  );
}

/** Looks the lazy component up at render time, so that a retry picks up the fresh one. */
function LazyView({ name }: { name: SlotName }) {
  const View = lazyView(name);
  return <View />;
}

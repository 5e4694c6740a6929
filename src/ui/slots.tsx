/**
 * Views owned by other parts of the team, mounted lazily: each is its own chunk (so the
 * first paint — header and figures table — needs none of maplibre, deck.gl or recharts),
 * behind Suspense and an error boundary, so a view that fails shows an ErrorPanel and
 * the rest of the page keeps working.
 *
 * Each slot names its module with a static import() call, so renaming or moving a view file
 * fails to compile instead of silently dropping its region.
 */
import { Component, Suspense, lazy, useEffect, useState, type ComponentType, type ErrorInfo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useDataset } from "../data/hooks";
import type { FileRole } from "../schema";
import { ErrorPanel } from "./ErrorPanel";

type ViewModule = { default: ComponentType };

interface SlotView {
  /** Loads the view's chunk; a static import() so the compiler checks the path. */
  load: () => Promise<ViewModule>;
  /** The data files the view cannot work without. */
  needs: readonly FileRole[];
}

/** Each hosted view: its module and which data files it cannot work without. */
export const SLOT_VIEWS = {
  map: { load: () => import("../map/ExplorerMap"), needs: ["boundaries", "basemap"] },
  profile: { load: () => import("../profile/AreaProfile"), needs: ["units", "figures", "crosswalk"] },
  chart: { load: () => import("../charts/TrendPanel"), needs: ["units", "figures"] },
  period: { load: () => import("../explore/PeriodControl"), needs: [] },
  search: { load: () => import("../explore/SearchBox"), needs: ["units"] },
  compare: { load: () => import("../compare/CompareView"), needs: ["units", "figures", "crosswalk", "boundaries", "basemap"] },
  national: { load: () => import("../compare/NationalView"), needs: ["units", "crosswalk", "boundaries", "basemap"] },
} as const satisfies Record<string, SlotView>;

export type SlotName = keyof typeof SLOT_VIEWS;

/**
 * Slots whose code waits until the first map has drawn (or a few seconds have passed): the
 * trend chart's recharts chunk (~125 KB gzip) would otherwise compete with maplibre and
 * deck.gl for the network and the main thread during the first view.
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

interface BoundaryProps {
  part: string;
  children: ReactNode;
}

/** Catches a failing chunk import or a render error in one view. */
export class ViewErrorBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Shown in the ErrorPanel; React already reports it to the console in development.
  }

  override render() {
    if (this.state.error !== null) return <ErrorPanel part={this.props.part} detail={this.state.error.message} />;
    return this.props.children;
  }
}

/** Shows the first data file error among `roles`, or the children. Loading is left to the view. */
export function DataGate({ roles, children }: { roles: readonly FileRole[]; children: ReactNode }) {
  const [first, ...rest] = roles;
  if (first === undefined) return <>{children}</>;
  return (
    <RoleGate role={first}>
      <DataGate roles={rest}>{children}</DataGate>
    </RoleGate>
  );
}

function RoleGate({ role, children }: { role: FileRole; children: ReactNode }) {
  const state = useDataset(role);
  if (state.status === "error") return <ErrorPanel error={state} />;
  return <>{children}</>;
}

export function SlotLoading() {
  const { t } = useTranslation();
  return <p className="slot-loading">{t("app.loading")}</p>;
}

/** A hosted view with its data gate, Suspense and error boundary. */
export function ViewSlot({ name, label }: { name: SlotName; label: string }) {
  const View = lazyView(name);
  const mayLoad = useAfterFirstMap(AFTER_FIRST_MAP.has(name));
  if (!mayLoad) return <SlotLoading />;
  return (
    <ViewErrorBoundary part={label}>
      <DataGate roles={SLOT_VIEWS[name].needs}>
        <Suspense fallback={<SlotLoading />}>
          <View />
        </Suspense>
      </DataGate>
    </ViewErrorBoundary>
  );
}

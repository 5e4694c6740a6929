/**
 * Views owned by other parts of the team, mounted lazily: each is its own chunk (so the
 * first paint — header and figures table — needs none of maplibre, deck.gl or recharts),
 * behind Suspense and an error boundary, so a view that fails shows an ErrorPanel and
 * the rest of the page keeps working.
 *
 * The modules are found with import.meta.glob rather than plain imports: a view that does
 * not exist yet is simply absent, and the app builds without placeholder files.
 */
import { Component, Suspense, lazy, type ComponentType, type ErrorInfo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useDataset } from "../data/hooks";
import type { FileRole } from "../schema";
import { ErrorPanel } from "./ErrorPanel";

type ViewModule = { default: ComponentType };

const views = import.meta.glob<ViewModule>([
  "../map/ExplorerMap.tsx",
  "../profile/AreaProfile.tsx",
  "../charts/TrendPanel.tsx",
  "../explore/PeriodControl.tsx",
  "../explore/SearchBox.tsx",
  "../compare/CompareView.tsx",
  "../compare/NationalView.tsx",
]);

/** Each hosted view: where its module is and which data files it cannot work without. */
export const SLOT_VIEWS = {
  map: { path: "../map/ExplorerMap.tsx", needs: ["boundaries", "basemap"] },
  profile: { path: "../profile/AreaProfile.tsx", needs: ["units", "figures", "crosswalk"] },
  chart: { path: "../charts/TrendPanel.tsx", needs: ["units", "figures"] },
  period: { path: "../explore/PeriodControl.tsx", needs: [] },
  search: { path: "../explore/SearchBox.tsx", needs: ["units"] },
  compare: { path: "../compare/CompareView.tsx", needs: ["units", "figures", "crosswalk", "boundaries", "basemap"] },
  national: { path: "../compare/NationalView.tsx", needs: ["units", "crosswalk", "boundaries", "basemap"] },
} as const satisfies Record<string, { path: string; needs: readonly FileRole[] }>;

export type SlotName = keyof typeof SLOT_VIEWS;

const lazyViews = new Map<SlotName, ComponentType>();

/** The lazy component for a slot, or null when its module does not exist (yet). */
function lazyView(name: SlotName): ComponentType | null {
  const cached = lazyViews.get(name);
  if (cached !== undefined) return cached;
  const load = views[SLOT_VIEWS[name].path];
  if (load === undefined) return null;
  const view = lazy(load);
  lazyViews.set(name, view);
  return view;
}

export function hasSlotView(name: SlotName): boolean {
  return views[SLOT_VIEWS[name].path] !== undefined;
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

/** A hosted view with its data gate, Suspense and error boundary; nothing when the view does not exist. */
export function ViewSlot({ name, label }: { name: SlotName; label: string }) {
  const View = lazyView(name);
  if (View === null) return null;
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

/**
 * An error boundary around one region of the page (map, chart, profile, table, …) and around
 * the whole app. A region that throws while rendering is replaced by an ErrorPanel that names
 * it and offers "retry", which mounts it again; the header, navigation and the other regions
 * keep working. React reports the error through createRoot's onCaughtError (src/main.tsx).
 *
 * Fault injection, for browser tests only: a region throws while its name is in
 * `window.__atlasFaults` (an array of region names, e.g. ["map"]), which a test sets with
 * page.addInitScript and clears before pressing "retry". Nothing in the app sets it, and no
 * address or control reaches it.
 */
import { Component, Fragment, type ReactNode } from "react";
import { ErrorPanel } from "./ErrorPanel";

/** The region names a test may put in `window.__atlasFaults`: the value of `region` on each boundary. */
export type RegionName = string;

interface RegionBoundaryProps {
  /** Stable name for tests and fault injection (`data-region-error`), e.g. "map". */
  region: RegionName;
  /** The region's name as the reader knows it, in the current language. */
  part: string;
  /** Runs before the region is mounted again (e.g. to forget a failed lazy import). */
  onRetry?: () => void;
  children: ReactNode;
}

interface RegionBoundaryState {
  error: Error | null;
  /** Bumped by "retry", so the region mounts afresh. */
  attempt: number;
}

export class RegionBoundary extends Component<RegionBoundaryProps, RegionBoundaryState> {
  override state: RegionBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<RegionBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render() {
    const { error, attempt } = this.state;
    if (error !== null) {
      return (
        <div className="region-error" data-region-error={this.props.region}>
          <ErrorPanel part={this.props.part} detail={error.message} onRetry={this.retry} />
        </div>
      );
    }
    return (
      <Fragment key={attempt}>
        <FaultPoint region={this.props.region} />
        {this.props.children}
      </Fragment>
    );
  }
}

/** Throws while a browser test asks this region to fail (see the file comment). */
function FaultPoint({ region }: { region: RegionName }): null {
  const faults = (globalThis as { __atlasFaults?: unknown }).__atlasFaults;
  if (Array.isArray(faults) && faults.includes(region)) throw new Error(`test fault injected in region "${region}"`);
  return null;
}

/**
 * Chooses how a map is drawn: the WebGL map (MapLibre, with deck.gl labels) where the browser can draw it,
 * the simpler SVG map (SvgAtlasMap) where it cannot, or from the moment the browser takes its
 * WebGL context away (a GPU reset, a driver crash, too many maps open).
 *
 * - Before mounting: webglSupported() asks once whether a WebGL 2 context can be made at all.
 * - While drawn: a capture listener on this wrapper hears `webglcontextlost` from any canvas of
 *   the map below it (the event does not bubble, but capture reaches ancestors), so nothing in
 *   the map component itself has to know about the fallback.
 * - Should MapLibre still fail to make its context, the error boundary here turns that one
 *   failure into the SVG map; any other error goes on to the boundaries above.
 */
import { Component, useCallback, useEffect, useRef, useState, type ErrorInfo, type ReactElement, type ReactNode } from "react";
import { SvgAtlasMap, type FallbackReason, type SvgAtlasMapProps } from "./SvgAtlasMap";
import { webglSupported } from "./webglSupport";

export interface WebglOrSvgProps {
  /** What the SVG map needs: the same props and data as the WebGL map. */
  map: Omit<SvgAtlasMapProps, "reason">;
  /** The WebGL map. */
  children: ReactNode;
}

export function WebglOrSvg({ map, children }: WebglOrSvgProps): ReactElement {
  const [reason, setReason] = useState<FallbackReason | null>(() => (webglSupported() ? null : "unsupported"));
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = wrapper.current;
    if (element === null || reason !== null) return;
    const onLost = () => setReason("lost");
    element.addEventListener("webglcontextlost", onLost, true);
    return () => element.removeEventListener("webglcontextlost", onLost, true);
  }, [reason]);
  const onWebglError = useCallback(() => setReason("unsupported"), []);

  if (reason !== null) return <SvgAtlasMap {...map} reason={reason} />;
  return (
    <div ref={wrapper} className="atlas-map-gate">
      <WebglErrorBoundary onWebglError={onWebglError}>{children}</WebglErrorBoundary>
    </div>
  );
}

/** MapLibre's message when it cannot make a context ("Failed to initialize WebGL"), and deck.gl's. */
export function isWebglFailure(error: unknown): boolean {
  return error instanceof Error && /webgl/i.test(error.message);
}

interface BoundaryProps {
  onWebglError: () => void;
  children: ReactNode;
}

class WebglErrorBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    if (isWebglFailure(error)) this.props.onWebglError();
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // Not ours to handle: hand it on to the region's or the root's boundary.
    if (!isWebglFailure(error)) throw error;
    return null;
  }
}

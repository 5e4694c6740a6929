/**
 * The baseline of the first-render benchmark: a bare page that draws the same boundary files as
 * the app's maps with the project's own MapLibre build and the project's own offline style, and
 * nothing else: no React, no deck.gl, no figures, no validation. Sets the same kind of
 * performance mark as the app's map on its first 'idle'.
 *
 * - one map (the explorer's baseline): boundaries.topo.json and basemap.topo.json, before 2025;
 * - `?maps=2` (the compare view's baseline): the same two files on a before-2025 and an after-2025
 *   map, and on the after map the communes from 1 July 2025 (communes.topo.json) with the layer
 *   the app draws them with (src/map/layers.ts, communesLayer): the compare view's after map is
 *   not ready before its communes are drawn (src/map/AtlasMap.tsx), so neither is this one.
 *   By default the two maps are stacked on one box, as the compare view's swipe layout (its
 *   default) draws them, `&box=WxH` the box in CSS pixels (else the whole page); `&layout=side`:
 *   side by side on the page, as its side-by-side layout draws them.
 */
import maplibregl, { type StyleSpecification } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { Topology } from "topojson-specification";
import { communeFeatures } from "../../src/map/communes";
import { communesLayer } from "../../src/map/layers";
import { buildOfflineStyle, FILL_BEFORE_LAYER } from "../../src/map/style";

async function topo(name: string): Promise<Topology> {
  const res = await fetch(new URL(`../data/${name}`, document.baseURI));
  return (await res.json()) as Topology;
}

const params = new URLSearchParams(location.search);
const two = params.get("maps") === "2";
// Every file starts at once, as the app's start-up (src/main.tsx) starts them.
const [boundaries, basemap, communes] = await Promise.all([topo("boundaries.topo.json"), topo("basemap.topo.json"), two ? topo("communes.topo.json") : null]);
const vintages = two ? (["pre2025", "post2025"] as const) : (["pre2025"] as const);
const side = params.get("layout") === "side";
const host = document.getElementById("map") as HTMLElement;
host.style.display = side ? "flex" : "grid";
const box = /^(\d+)x(\d+)$/.exec(params.get("box") ?? "");
if (box !== null && !side) Object.assign(host.style, { width: `${box[1]}px`, height: `${box[2]}px` });
let pending = vintages.length;
// Not ready until every map is: the benchmark waits for every [data-map-ready] to say "true".
document.body.dataset.mapReady = "false";
// bench/switches.ts repaints these maps and swaps their styles as its baseline for the explorer's switches.
const bench: { maps: maplibregl.Map[]; style: (vintage: "pre2025" | "post2025") => ReturnType<typeof buildOfflineStyle> } = {
  maps: [],
  style: (vintage) => buildOfflineStyle({ basemap, boundaries, vintage }),
};
(window as unknown as { __bare: typeof bench }).__bare = bench;

/** The offline style, with the communes under the borders on the after map (where the app puts them). */
function styleFor(vintage: "pre2025" | "post2025"): StyleSpecification {
  const style = buildOfflineStyle({ basemap, boundaries, vintage });
  if (vintage !== "post2025" || communes === null) return style;
  const group = communesLayer({ id: "communes", features: communeFeatures(communes), beforeId: FILL_BEFORE_LAYER });
  const at = style.layers.findIndex((l) => l.id === FILL_BEFORE_LAYER);
  return { ...style, sources: { ...style.sources, [group.id]: { type: "geojson", data: group.data } }, layers: [...style.layers.slice(0, at), ...group.layers, ...style.layers.slice(at)] };
}

for (const vintage of vintages) {
  const container = document.createElement("div");
  // Side by side: half the width each; stacked: both on the whole box (one grid cell), the after map on top.
  if (side) container.style.flex = "1";
  else container.style.gridArea = "1 / 1";
  host.append(container);
  const map = new maplibregl.Map({
    container,
    style: styleFor(vintage),
    bounds: [102.1, 8.4, 109.5, 23.4],
    attributionControl: false,
  });
  bench.maps.push(map);
  map.once("idle", () => {
    performance.mark(`atlas:map-ready:bare-${vintage}`);
    if (--pending === 0) document.body.dataset.mapReady = "true";
  });
}

/**
 * The baseline of the first-render benchmark: a bare page that draws the same two boundary files
 * as the explorer (boundaries.topo.json, basemap.topo.json) with the project's own MapLibre build
 * and the project's own offline style, and nothing else: no React, no deck.gl, no figures, no
 * validation. Sets the same kind of performance mark as the app's map on its first 'idle'.
 */
import maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { Topology } from "topojson-specification";
import { buildOfflineStyle } from "../../src/map/style";

async function topo(name: string): Promise<Topology> {
  const res = await fetch(new URL(`../data/${name}`, document.baseURI));
  return (await res.json()) as Topology;
}

const [boundaries, basemap] = await Promise.all([topo("boundaries.topo.json"), topo("basemap.topo.json")]);
// `?maps=2`: the compare view's baseline, the same boundaries in both vintages on two maps side by
// side (as the compare view's side-by-side layout draws them); otherwise one map, as the explorer.
const vintages = new URLSearchParams(location.search).get("maps") === "2" ? (["pre2025", "post2025"] as const) : (["pre2025"] as const);
const host = document.getElementById("map") as HTMLElement;
host.style.display = "flex";
let pending = vintages.length;
// Not ready until every map is: the benchmark waits for every [data-map-ready] to say "true".
document.body.dataset.mapReady = "false";
// bench/switches.ts repaints these maps and swaps their styles as its baseline for the explorer's switches.
const bench: { maps: maplibregl.Map[]; style: (vintage: "pre2025" | "post2025") => ReturnType<typeof buildOfflineStyle> } = {
  maps: [],
  style: (vintage) => buildOfflineStyle({ basemap, boundaries, vintage }),
};
(window as unknown as { __bare: typeof bench }).__bare = bench;
for (const vintage of vintages) {
  const container = document.createElement("div");
  container.style.flex = "1";
  host.append(container);
  const map = new maplibregl.Map({
    container,
    style: buildOfflineStyle({ basemap, boundaries, vintage }),
    bounds: [102.1, 8.4, 109.5, 23.4],
    attributionControl: false,
  });
  bench.maps.push(map);
  map.once("idle", () => {
    performance.mark(`atlas:map-ready:bare-${vintage}`);
    if (--pending === 0) document.body.dataset.mapReady = "true";
  });
}

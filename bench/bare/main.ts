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
const map = new maplibregl.Map({
  container: "map",
  style: buildOfflineStyle({ basemap, boundaries, vintage: "pre2025" }),
  bounds: [102.1, 8.4, 109.5, 23.4],
  attributionControl: false,
});
map.once("idle", () => {
  performance.mark("atlas:map-ready:bare");
  document.body.dataset.mapReady = "true";
});

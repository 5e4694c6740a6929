/**
 * How to turn the map's current offline style into the next one in place (pure): new data into
 * the GeoJSON sources that changed, the layers one style has and the other has not added or
 * removed, and changed paint, layout and filters set on the layers both have. A boundaries or
 * theme switch then keeps the figure layers, the labels and every unchanged source (the
 * basemap) where they are, instead of MapLibre tearing the whole style down and parsing every
 * source again (setStyle without a diff, the top cost of a boundaries switch in
 * bench/profile-switch.ts).
 *
 * Sources are compared by reference: style.ts hands out the same data object for the same
 * topology and vintage, so an unchanged source costs nothing. Returns null where an in-place
 * swap cannot give the same map (a style URL, other top-level properties, a source that is not
 * GeoJSON or changes type, a layer that changes type or source): then the style is reloaded.
 */
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";

export type StyleSwapOp =
  | { op: "removeLayer"; id: string }
  | { op: "removeSource"; id: string }
  | { op: "addSource"; id: string; source: GeoJSONSourceSpecification }
  | { op: "setData"; id: string; data: GeoJSONSourceSpecification["data"] }
  /** Add `layer` right above `after` (the layer before it in the next style), or at the bottom when null. */
  | { op: "addLayer"; layer: LayerSpecification; after: string | null }
  | { op: "setPaint"; id: string; name: string; value: unknown }
  | { op: "setLayout"; id: string; name: string; value: unknown }
  | { op: "setFilter"; id: string; filter: unknown };

/** Top-level keys a swap may ignore: the name is a label, sources and layers are handled one by one. */
const SWAPPABLE_KEYS = new Set(["version", "name", "sources", "layers"]);

export function planStyleSwap(before: StyleSpecification | string, after: StyleSpecification | string): StyleSwapOp[] | null {
  if (typeof before === "string" || typeof after === "string") return null;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (SWAPPABLE_KEYS.has(key)) continue;
    if (JSON.stringify((before as unknown as Record<string, unknown>)[key]) !== JSON.stringify((after as unknown as Record<string, unknown>)[key])) return null;
  }
  for (const source of [...Object.values(before.sources), ...Object.values(after.sources)]) if (source.type !== "geojson") return null;

  const ops: StyleSwapOp[] = [];
  const nextLayers = new Map(after.layers.map((l) => [l.id, l]));
  const keptLayers = new Set<string>();
  // Layers first: a source can only go once no layer uses it.
  for (const layer of before.layers) {
    const next = nextLayers.get(layer.id);
    if (next === undefined) ops.push({ op: "removeLayer", id: layer.id });
    else if (next.type !== layer.type || sourceOf(next) !== sourceOf(layer)) return null;
    else keptLayers.add(layer.id);
  }
  // The kept layers must keep their order among themselves, or moving them would be another operation.
  const keptBefore = before.layers.filter((l) => keptLayers.has(l.id)).map((l) => l.id);
  const keptAfter = after.layers.filter((l) => keptLayers.has(l.id)).map((l) => l.id);
  if (keptBefore.join("\n") !== keptAfter.join("\n")) return null;

  for (const id of Object.keys(before.sources)) if (!(id in after.sources)) ops.push({ op: "removeSource", id });
  for (const [id, source] of Object.entries(after.sources) as [string, GeoJSONSourceSpecification][]) {
    const old = before.sources[id] as GeoJSONSourceSpecification | undefined;
    if (old === undefined) {
      ops.push({ op: "addSource", id, source });
      continue;
    }
    const { data: _old, ...oldOptions } = old;
    const { data: _new, ...options } = source;
    // Other options of a GeoJSON source (cluster, tolerance…) cannot be changed in place.
    if (JSON.stringify(oldOptions) !== JSON.stringify(options)) return null;
    if (old.data !== source.data) ops.push({ op: "setData", id, data: source.data });
  }

  const byId = new Map(before.layers.map((l) => [l.id, l]));
  after.layers.forEach((layer, i) => {
    const old = byId.get(layer.id);
    if (old === undefined) {
      ops.push({ op: "addLayer", layer, after: after.layers[i - 1]?.id ?? null });
      return;
    }
    for (const [name, value] of changed(propsOf(old, "paint"), propsOf(layer, "paint"))) ops.push({ op: "setPaint", id: layer.id, name, value });
    for (const [name, value] of changed(propsOf(old, "layout"), propsOf(layer, "layout"))) ops.push({ op: "setLayout", id: layer.id, name, value });
    const oldFilter = "filter" in old ? old.filter : undefined;
    const filter = "filter" in layer ? layer.filter : undefined;
    if (JSON.stringify(oldFilter) !== JSON.stringify(filter)) ops.push({ op: "setFilter", id: layer.id, filter: filter ?? null });
  });
  return ops;
}

function sourceOf(layer: LayerSpecification): string | undefined {
  return "source" in layer ? (layer.source as string) : undefined;
}

function propsOf(layer: LayerSpecification, key: "paint" | "layout"): Record<string, unknown> {
  return ((layer as unknown as Record<string, Record<string, unknown> | undefined>)[key] ?? {});
}

/** Properties whose value differs; one the next layer lacks goes back to its default (undefined). */
function changed(old: Record<string, unknown>, next: Record<string, unknown>): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const name of new Set([...Object.keys(old), ...Object.keys(next)])) {
    if (JSON.stringify(old[name]) !== JSON.stringify(next[name])) out.push([name, next[name]]);
  }
  return out;
}

/**
 * The id an added layer is put under, given the map's layer ids in order (the figure layers
 * included): the one right above `after` in the map now, so the layer lands where a full reload
 * would put it, right above its neighbour in the style and below any figure layer over that.
 */
export function beforeIdFor(order: readonly string[], after: string | null): string | undefined {
  if (after === null) return order[0];
  const i = order.indexOf(after);
  return i < 0 ? undefined : order[i + 1];
}

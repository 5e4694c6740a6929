/**
 * The two TopoJSON datasets (the programme's boundaries and the basemap) typed as topologies,
 * so no map or "zoom to" needs a cast.
 *
 * The loader checks each file's envelope against BoundariesFile (type "Topology", objects,
 * arcs, transform); here each named object is also checked to be a TopoJSON geometry, which
 * is what makes the file a Topology to TypeScript.
 */
import type { GeometryObject, Topology } from "topojson-specification";
import type { BoundariesFile } from "../schema";
import { useDataset } from "./hooks";
import type { LoadError, LoadState } from "./load";

export type TopologyRole = "boundaries" | "basemap" | "communes";

const GEOMETRY_TYPES: ReadonlySet<string> = new Set(["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"]);

type LooseObject = { type: string; [key: string]: unknown };

function isGeometryObject(object: LooseObject): object is LooseObject & GeometryObject {
  if (!GEOMETRY_TYPES.has(object.type)) return false;
  return object.type === "GeometryCollection" ? Array.isArray(object["geometries"]) : Array.isArray(object["arcs"]) || "coordinates" in object;
}

/** The objects that are not TopoJSON geometries, by name (empty for a valid topology). */
export function notGeometryObjects(file: BoundariesFile): string[] {
  return Object.entries(file.objects).flatMap(([name, object]) => (isGeometryObject(object) ? [] : [name]));
}

function isTopology(file: BoundariesFile): file is BoundariesFile & Topology {
  return notGeometryObjects(file).length === 0;
}

// One state per file object, so a consumer's memo on the state or its data stays stable.
const states = new WeakMap<BoundariesFile, LoadState<Topology>>();

function stateOf(file: BoundariesFile, fileName: string): LoadState<Topology> {
  if (isTopology(file)) return { status: "ready", data: file };
  const bad = notGeometryObjects(file);
  const error: LoadError = {
    status: "error",
    kind: "schema",
    file: fileName,
    message: `${fileName}: ${bad.length} object(s) are not TopoJSON geometries`,
    hint: "Regenerate it with npm run data and reload.",
    params: {},
    details: bad.slice(0, 5).map((name) => `objects.${name}.type: expected a TopoJSON geometry type`),
  };
  return error;
}

/** useDataset for a TopoJSON role, with the data typed as a Topology. */
export function useTopology(role: TopologyRole): LoadState<Topology> {
  const state = useDataset(role);
  if (state.status !== "ready") return state;
  let typed = states.get(state.data);
  if (typed === undefined) {
    // The pipeline writes each role to <role>.topo.json (the manifest lists it so).
    typed = stateOf(state.data, `${role}.topo.json`);
    states.set(state.data, typed);
  }
  return typed;
}

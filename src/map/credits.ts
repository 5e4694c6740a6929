/**
 * What the map credits (pure): the manifest's attribution entries for the datasets this map
 * actually draws, as HTML for MapLibre's attribution control (text escaped, links kept).
 */
import type { AtlasIndex } from "../data/atlas";
import type { Manifest, UnitId, Vintage } from "../schema";
import { BOUNDARY_OBJECTS } from "./geometry";

/** The manifest's attribution entries for the base map, the vintage's provinces and, when drawn, the districts. */
export function mapCreditEntries(manifest: Pick<Manifest, "attribution">, vintage: Vintage, formerDistricts: boolean): Manifest["attribution"] {
  const drawn = [`boundaries.topo.json#${BOUNDARY_OBJECTS.provinces[vintage]}`, "basemap.topo.json"];
  if (vintage === "pre2025" || formerDistricts) drawn.push(`boundaries.topo.json#${BOUNDARY_OBJECTS.districts}`);
  return manifest.attribution.filter((a) => a.usedIn.some((u) => drawn.includes(u)));
}

/** The same credits as HTML for MapLibre's attribution control. */
export function mapCredits(manifest: Pick<Manifest, "attribution">, vintage: Vintage, formerDistricts: boolean): string[] {
  return mapCreditEntries(manifest, vintage, formerDistricts)
    .map((a) => (a.url === "" ? escapeHtml(a.text) : `<a href="${escapeHtml(a.url)}" rel="noopener" target="_blank">${escapeHtml(a.text)}</a>`));
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The focus districts: former districts with a polygon whose communes the crosswalk follows (drawn dashed after 2025). */
export function focusDistricts(index: Pick<AtlasIndex, "linksFrom" | "units">): Set<UnitId> {
  const out = new Set<UnitId>();
  for (const [id] of index.linksFrom) {
    const unit = index.units.get(id);
    if (unit?.level === "district" && unit.vintage === "pre2025" && unit.hasGeometry) out.add(id);
  }
  return out;
}

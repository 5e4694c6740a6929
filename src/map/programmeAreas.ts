/**
 * Where the programme worked (pure): the areas of its phases (figures.json `phases[].areas`)
 * whose [start, end] overlaps the period, as shapes a map can outline. This is what a donor
 * should see whatever indicator is chosen: the first indicator may have one figure only.
 *
 * On the post-2025 map the phases' areas (former districts, a former province, a group of them)
 * keep their former outlines: the reorganisation did not move the work, and no polygon is
 * invented for a new commune. On the pre-2025 map an area of the new vintage is skipped (the
 * old map has no new units). An area with a member that has no outline is skipped rather than
 * drawn without that member.
 *
 * Each programme's areas are its own: the Hàm Yên training (national target programmes) is not
 * TMSV, so an area is returned once per programme, with the programme's id, and the map draws
 * each programme in its own outline with its own legend key.
 */
import { areaKey, areaMembers, areaVintage, type AtlasIndex } from "../data/atlas";
import type { AreaRef, Vintage } from "../schema";
import { areaShape, boundsOf, type AreaShape, type BoundaryIndex } from "./geometry";
import { overlapsPeriod, type YearPeriod } from "../model/period";
import { programmeOutline } from "./palette";

export interface ProgrammeArea {
  /** areaKey of the area (an area in two programmes comes twice, once with each). */
  key: string;
  /** The programme whose phases ran there. */
  programmeId: string;
  area: AreaRef;
  shape: AreaShape;
  /** The phases active there in the period, in file order. */
  phaseIds: string[];
}

/** The areas of every phase active in the period, each once, larger areas first (so a district's outline is drawn over its province's). */
export function programmeAreas(
  index: AtlasIndex,
  boundaries: BoundaryIndex,
  query: { vintage: Vintage; period: YearPeriod | null; programmeId?: string | null },
): ProgrammeArea[] {
  const byKey = new Map<string, ProgrammeArea & { size: number }>();
  for (const phase of index.phases) {
    if (!overlapsPeriod({ periodStart: phase.start, periodEnd: phase.end }, query.period)) continue;
    if (query.programmeId !== undefined && query.programmeId !== null && phase.programmeId !== query.programmeId) continue;
    for (const area of phase.areas) {
      const key = areaKey(area);
      const known = byKey.get(`${phase.programmeId}|${key}`);
      if (known !== undefined) {
        if (!known.phaseIds.includes(phase.id)) known.phaseIds.push(phase.id);
        continue;
      }
      const vintage = areaVintage(index, area);
      // Former units stay drawable on the new map; new units have no outline on the old one.
      if (vintage === null || (query.vintage === "pre2025" && vintage !== "pre2025")) continue;
      const members = areaMembers(index, area);
      if (members.length === 0) continue;
      const shape = areaShape(boundaries, members);
      if (shape === null) continue;
      const [w, s, e, n] = boundsOf([shape]) ?? [0, 0, 0, 0];
      byKey.set(`${phase.programmeId}|${key}`, { key, programmeId: phase.programmeId, area, shape, phaseIds: [phase.id], size: (e - w) * (n - s) });
    }
  }
  return [...byKey.values()].sort((a, b) => b.size - a.size || a.key.localeCompare(b.key)).map(({ size: _size, ...area }) => area);
}

/** A programme's areas and the outline it is drawn with (by its place in data/programmes.csv, so a filter never recolours it). */
export interface ProgrammeOutlineGroup {
  programmeId: string;
  outline: ReturnType<typeof programmeOutline>;
  areas: ProgrammeArea[];
}

export function groupByProgramme(index: Pick<AtlasIndex, "programmes">, areas: readonly ProgrammeArea[]): ProgrammeOutlineGroup[] {
  const order = [...index.programmes.keys()];
  return order
    .map((programmeId, position) => ({ programmeId, outline: programmeOutline(position), areas: areas.filter((a) => a.programmeId === programmeId) }))
    .filter((g) => g.areas.length > 0);
}

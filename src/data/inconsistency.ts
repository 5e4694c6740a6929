/**
 * A source that does not square with itself (data/README.md, "Stated or inferred"): the figures
 * an observation's `inconsistentWith` names, in that order, so a view can show them beside it.
 * Pure; tested in inconsistency.test.ts.
 */
import type { Observation } from "../schema";
import { allObservations, type AtlasIndex } from "./atlas";

export function inconsistentFiguresOf(index: Pick<AtlasIndex, "observations" | "figureFiles">, obs: Observation): Observation[] {
  if (obs.inconsistentWith.length === 0) return [];
  const byId = new Map(allObservations(index).map((o) => [o.id, o]));
  return obs.inconsistentWith.map((id) => byId.get(id)).filter((o): o is Observation => o !== undefined && o.sourceId === obs.sourceId);
}

/** True when the period or the area of any of the figures was inferred rather than stated. */
export function anyInferred(observations: readonly Observation[]): { period: boolean; area: boolean } {
  return {
    period: observations.some((o) => o.periodBasis === "inferred"),
    area: observations.some((o) => o.areaBasis === "inferred"),
  };
}

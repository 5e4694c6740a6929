/**
 * THE rule for carrying a figure across the 1 July 2025 reorganisation, shared by the map,
 * the figures table, the profile, the charts and the before/after view, so they cannot
 * disagree: which units of the other vintage wholly contain an area. Pure; no DOM.
 *
 * The crosswalk says where each old unit went: `whole` into one new unit, or `split` among
 * several. An area lies wholly inside a unit of the other vintage exactly when every one of
 * its counterparts (the units it went into, or came from) lies inside that unit. So the
 * containers of an area are the units common to the ancestor chains of all its counterparts:
 *   - a former province went whole into one new province: contained by that province;
 *   - a former district split among new communes that all lie in one new province: contained
 *     by that province (never by one of the communes);
 *   - a former commune went whole into a new commune: contained by it and by its province;
 *   - a split unit is never contained by one of its pieces, even when the crosswalk lists one;
 *   - a group: contained by what contains every member.
 * An area with no common container stays where it is: its figures are never divided.
 */
import { ancestorsOf, areaVintage, type AtlasIndex } from "../data/atlas";
import type { AreaRef, UnitId, Vintage } from "../schema";

/** How an area came to lie inside its destination. */
export type CarryRule =
  /** The unit went whole into the destination (one `whole` link), or the new unit came whole from it. */
  | "whole"
  /** The unit was split among several units that all lie inside the destination. */
  | "within-one-unit"
  /** The unit has no link of its own; the unit above it went whole into the destination. */
  | "via-parent"
  /** Every member of the group lies inside the destination. */
  | "group";

/** Why an area's figures stay with it. */
export type NotCarriedReason =
  /** An old unit split between units that share no container. */
  | "split"
  /** A new unit formed from parts of several old units (looking back from after 2025). */
  | "merged"
  /** The members of a group went into different units. */
  | "group-split"
  /** The crosswalk says nothing about the unit or anything above it. */
  | "no-successor";

export type Containment =
  | {
      kind: "contained";
      /** The most specific container: where the figure goes. */
      destination: UnitId;
      /** Every container, most specific first (the destination, then the units above it). */
      containers: UnitId[];
      rule: CarryRule;
    }
  | { kind: "not-contained"; reason: NotCarriedReason };

/** The unit and the units above it, nearest first. */
export function ancestorChain(index: AtlasIndex, id: UnitId): UnitId[] {
  return [id, ...ancestorsOf(index, id)];
}

/** The units common to every chain, in the order of the first chain (most specific first). */
function intersectChains(chains: readonly UnitId[][]): UnitId[] {
  const [first, ...rest] = chains;
  if (first === undefined) return [];
  return first.filter((id) => rest.every((chain) => chain.includes(id)));
}

interface Counterparts {
  ids: UnitId[];
  /** True when the unit and its single counterpart are joined by one `whole` link. */
  wholeOneToOne: boolean;
  /** True when an old unit was split: its pieces are not the unit, so none of them may receive its figures. */
  split: boolean;
}

/**
 * The units of the other vintage that a unit went into (old unit) or came from (new unit).
 * Looking back, a coarser predecessor (a former district, split) is dropped when a finer one
 * inside it (one of its communes, whole) is also listed: the new unit lies inside the finer one.
 */
function counterparts(index: AtlasIndex, id: UnitId, target: Vintage): Counterparts {
  if (target === "post2025") {
    const links = index.linksFrom.get(id) ?? [];
    const ids = [...new Set(links.flatMap((link) => link.to))];
    const wholeOneToOne = links.length === 1 && links[0]?.relation === "whole" && ids.length === 1;
    return { ids, wholeOneToOne, split: links.some((link) => link.relation === "split") };
  }
  const links = (index.linksTo.get(id) ?? []).filter((link) => link.to.includes(id));
  const all = [...new Set(links.map((link) => link.from))];
  const ids = all.filter((p) => !all.some((q) => q !== p && ancestorChain(index, q).slice(1).includes(p)));
  const only = ids.length === 1 ? links.filter((link) => link.from === ids[0]) : [];
  const wholeOneToOne = only.length === 1 && only[0]?.relation === "whole" && only[0].to.length === 1;
  return { ids, wholeOneToOne, split: false };
}

/**
 * Where a unit lies in the `target` vintage. A unit already of that vintage contains itself.
 */
export function unitContainment(index: AtlasIndex, id: UnitId, target: Vintage): Containment {
  const unit = index.units.get(id);
  if (unit === undefined) return { kind: "not-contained", reason: "no-successor" };
  if (unit.vintage === target) {
    return { kind: "contained", destination: id, containers: ancestorChain(index, id), rule: "whole" };
  }
  const { ids, wholeOneToOne, split } = counterparts(index, id, target);
  if (ids.length === 0) {
    // No link of its own: it lies wherever the unit above it lies.
    if (unit.parent === null) return { kind: "not-contained", reason: "no-successor" };
    const viaParent = unitContainment(index, unit.parent, target);
    return viaParent.kind === "contained" ? { ...viaParent, rule: "via-parent" } : viaParent;
  }
  // A split unit goes to what holds all its pieces, never to a piece (a district split into
  // communes is carried to their province, even where the crosswalk names only one commune).
  const containers = intersectChains(ids.map((c) => ancestorChain(index, c))).filter((c) => !(split && ids.includes(c)));
  const [destination] = containers;
  if (destination === undefined) {
    return { kind: "not-contained", reason: target === "post2025" ? "split" : "merged" };
  }
  return { kind: "contained", destination, containers, rule: wholeOneToOne ? "whole" : "within-one-unit" };
}

/**
 * Where an area (unit or group) lies in the `target` vintage. A group moves only when every
 * member lies inside the same unit; it then goes to the most specific such unit.
 */
export function areaContainment(index: AtlasIndex, area: AreaRef, target: Vintage): Containment {
  switch (area.kind) {
    case "unit":
      return unitContainment(index, area.unit, target);
    case "group": {
      const group = index.groups.get(area.group);
      if (group === undefined || group.members.length === 0) return { kind: "not-contained", reason: "no-successor" };
      const chains: UnitId[][] = [];
      for (const member of group.members) {
        const inner = unitContainment(index, member, target);
        if (inner.kind === "not-contained") return { kind: "not-contained", reason: "group-split" };
        chains.push(inner.containers);
      }
      const containers = intersectChains(chains);
      const [destination] = containers;
      if (destination === undefined) return { kind: "not-contained", reason: "group-split" };
      return { kind: "contained", destination, containers, rule: "group" };
    }
  }
}

/** Where the figures reported for an area sit on the map of one vintage, and why. */
export type Placement =
  /** Reported on an area of this vintage: it stays. */
  | { kind: "native" }
  /** Moved from its origin into a unit of this vintage that wholly contains it. */
  | { kind: "carried"; to: UnitId; rule: CarryRule }
  /** Stays with its origin (an area of the other vintage), marked; never divided. */
  | { kind: "not-carried"; reason: NotCarriedReason };

/**
 * Where figures reported for `area` go under the `target` vintage: they stay on an area of
 * that vintage, move to the most specific unit that wholly contains the area, or stay with it.
 */
export function placementIn(index: AtlasIndex, area: AreaRef, target: Vintage): Placement {
  const vintage = areaVintage(index, area);
  if (vintage === target) return { kind: "native" };
  if (vintage === null) return { kind: "not-carried", reason: "no-successor" };
  const containment = areaContainment(index, area, target);
  if (containment.kind === "contained") return { kind: "carried", to: containment.destination, rule: containment.rule };
  return { kind: "not-carried", reason: containment.reason };
}

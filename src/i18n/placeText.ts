/**
 * The words for where a figure sits under the chosen boundaries ("within Tỉnh Quảng Trị (new),
 * carried whole from Bố Trạch + Đồng Hới"; "not carried: its units went into 2 new provinces —
 * kept with the former units"). Pure: takes the translation function.
 */
import type { TFunction } from "i18next";
import { areaName, type AtlasIndex } from "../data/atlas";
import type { CarryRule } from "../model/carry";
import type { AreaRef, Lang } from "../schema";
import type { VintagePlace } from "../model/place";

/** One line on where the figure sits; null for a figure reported on the chosen boundaries (nothing to say). */
export function placeText(t: TFunction, index: AtlasIndex, place: VintagePlace, lang: Lang): string | null {
  const { placement } = place;
  switch (placement.kind) {
    case "native":
      return null;
    case "carried":
      return t("vintage.place.carried", {
        unit: areaName(index, { kind: "unit", unit: placement.to }, lang),
        from: areaName(index, place.reportedFor, lang),
      });
    case "not-carried":
      return t(`vintage.place.notCarried.${placement.reason}`, { count: place.wentInto.length });
  }
}

/** Why a carried figure may move: "all its units lie in it". */
export function ruleText(t: TFunction, rule: CarryRule): string {
  return t(`vintage.place.rule.${rule}`);
}

/**
 * For whom a carried or kept figure was reported, said so that it cannot pass for the selected
 * unit's own: "whole district" (a former district's figure shown on one of its new communes),
 * "whole province", or "all its areas together" for a group.
 */
export function reportedScopeText(t: TFunction, index: AtlasIndex, area: AreaRef): string {
  if (area.kind === "group") return t("vintage.profile.scope.group");
  const level = index.units.get(area.unit)?.level ?? "unit";
  return t(`vintage.profile.scope.${level}`);
}

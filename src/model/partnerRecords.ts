/**
 * Partners' records (src/schema/partner.ts) under a boundary vintage. A record stays on the unit
 * it names in that unit's vintage; under the other vintage it goes only where the one carry rule
 * (carry.ts, through place.ts) sends every figure: into the unit that wholly contains it, or it
 * stays with its former area, marked. Never divided, and never added to the programme's figures:
 * these functions take records and return records.
 */
import { unitName, type AtlasIndex } from "../data/atlas";
import type { Lang, PartnerRecord, UnitId, Vintage } from "../schema";
import type { PartnerContext } from "../schema/partner";
import type { Placement } from "./carry";
import { placeUnderVintage } from "./place";

export interface PlacedPartnerRecord {
  record: PartnerRecord;
  /** The unit the record is drawn on under the vintage: its own, the one it was carried into, or its former unit (kept). */
  on: UnitId;
  placement: Placement;
}

/** Each record with where it sits under `vintage`, in the file's order. */
export function placePartnerRecords(index: AtlasIndex, records: readonly PartnerRecord[], vintage: Vintage): PlacedPartnerRecord[] {
  return records.map((record) => {
    const place = placeUnderVintage(index, { kind: "unit", unit: record.area }, vintage);
    const on = place.filedUnder.kind === "unit" ? place.filedUnder.unit : record.area;
    return { record, on, placement: place.placement };
  });
}

/** The distinct units that hold a partner's records under a vintage, in first-seen order. */
export function partnerUnits(placed: readonly PlacedPartnerRecord[]): UnitId[] {
  return [...new Set(placed.map((p) => p.on))];
}

/** The partners named in the records, in first-seen order ("Đối tác: A, B"). */
export function partnerNames(records: readonly PartnerRecord[]): string[] {
  return [...new Set(records.map((r) => r.partner))];
}

/** What the partner check needs to know of the atlas: its units (both vintages) and indicators. */
export function partnerContextOf(index: AtlasIndex): PartnerContext {
  return {
    units: [...index.units.values()].map((u) => ({ id: u.id, vintage: u.vintage, code: u.code, nameVi: u.nameVi, shortVi: u.shortVi, nameEn: u.nameEn })),
    indicators: [...index.indicators.values()].map((i) => ({ id: i.id, kind: i.kind })),
  };
}

/** A unit's name for a record's row, or its id when the atlas does not know it. */
export function partnerAreaName(index: AtlasIndex, id: UnitId, lang: Lang): string {
  const unit = index.units.get(id);
  return unit === undefined ? id : unitName(unit, lang);
}

/**
 * The re-aggregation and the crosswalk checked on the project's real, generated data
 * (public/data/*.json, written by `npm run data`) and against the sourced admin facts in
 * ../shared/data/admin. Each block is skipped with a visible notice when its input is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { CrosswalkFile, FiguresFile, UnitsFile } from "../schema";
import { aggregateAllIndicators, aggregateToVintage } from "../model/aggregateToVintage";
import { successorCommunes } from "./whatChanged";

const DATA_DIR = fileURLToPath(new URL("../../public/data/", import.meta.url));
const FOCUS_CSV = fileURLToPath(new URL("../../../shared/data/admin/communes_focus.csv", import.meta.url));
const dataPresent = ["units.json", "figures.json", "crosswalk.json"].every((f) => existsSync(`${DATA_DIR}${f}`));
const sharedPresent = existsSync(FOCUS_CSV);

if (!dataPresent) console.warn(`NOTICE: ${DATA_DIR} has no generated data yet (run npm run data): real-data compare tests skipped.`);
if (!sharedPresent) console.warn(`NOTICE: ${FOCUS_CSV} is absent (../shared not mounted): crosswalk-vs-sources test skipped.`);

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(`${DATA_DIR}${file}`, "utf8"));
}

function realIndex(): AtlasIndex {
  return buildAtlasIndex(
    UnitsFile.parse(readJson("units.json")),
    FiguresFile.parse(readJson("figures.json")),
    CrosswalkFile.parse(readJson("crosswalk.json")),
  );
}

function unitsOf(index: AtlasIndex, vintage: string, level: string): string[] {
  return [...index.units.values()].filter((u) => u.vintage === vintage && u.level === level).map((u) => u.id);
}

describe.skipIf(!dataPresent)("real crosswalk: provinces", () => {
  it("has 63 former and 34 new provinces", () => {
    const index = realIndex();
    expect([unitsOf(index, "pre2025", "province").length, unitsOf(index, "post2025", "province").length]).toEqual([63, 34]);
  });

  it("sends every one of the 63 former provinces whole into exactly one of the 34", () => {
    const index = realIndex();
    const newProvinces = new Set(unitsOf(index, "post2025", "province"));
    const wrong = unitsOf(index, "pre2025", "province").filter((id) => {
      const links = index.linksFrom.get(id) ?? [];
      const [only] = links;
      return !(links.length === 1 && only?.relation === "whole" && only.to.length === 1 && newProvinces.has(only.to[0] ?? ""));
    });
    expect(wrong).toEqual([]);
  });

  it("forms every one of the 34 new provinces from at least one former province", () => {
    const index = realIndex();
    const targets = new Set(unitsOf(index, "pre2025", "province").flatMap((id) => (index.linksFrom.get(id) ?? []).flatMap((l) => l.to)));
    expect(unitsOf(index, "post2025", "province").filter((id) => !targets.has(id))).toEqual([]);
  });

  it("sends Quảng Bình and Quảng Trị into the new Quảng Trị (44) under Resolution 202/2025/QH15", () => {
    const index = realIndex();
    const acts = ["pre2025:44", "pre2025:45"].map((id) => {
      const link = index.linksFrom.get(id)?.[0];
      return [link?.to, index.legalActs.get(link?.legalActId ?? "")?.number];
    });
    expect(acts).toEqual([
      [["post2025:44"], "202/2025/QH15"],
      [["post2025:44"], "202/2025/QH15"],
    ]);
  });
});

describe.skipIf(!dataPresent)("real figures: re-aggregation", () => {
  it("keeps the total of every additive indicator equal before and after", () => {
    const results = aggregateAllIndicators(realIndex());
    const rows = results.map((r) => ({
      indicator: r.indicatorId,
      before: r.totals ? `${r.totals.before.min}–${r.totals.before.max} (${r.totals.before.count} figures)` : "not additive",
      after: r.totals ? `${r.totals.after.min}–${r.totals.after.max} (${r.totals.after.count} figures)` : "not additive",
      filedAfter: r.post2025.buckets.map((b) => (b.notCarried ? `${b.key} (not carried)` : b.key)).join(" "),
    }));
    console.log("Totals before and after re-aggregation (real data):");
    console.table(rows);
    expect(results.filter((r) => r.totals !== null && !r.totals.agree).map((r) => r.indicatorId)).toEqual([]);
  });

  it("never files a former district's figure under a new commune", () => {
    const index = realIndex();
    const offending = aggregateAllIndicators(index).flatMap((r) =>
      r.post2025.buckets
        .filter((b) => b.area.kind === "unit" && index.units.get(b.area.unit)?.level === "commune")
        .flatMap((b) => b.items.filter((p) => p.item.origin.kind === "unit" && index.units.get(p.item.origin.unit)?.level !== "commune"))
        .map((p) => p.item.key),
    );
    expect(offending).toEqual([]);
  });

  it("carries the Bố Trạch + Đồng Hới cases (135 and 140) as one item into the new Quảng Trị", () => {
    const result = aggregateToVintage(realIndex(), "cases_supported");
    const bucket = result.post2025.buckets.find((b) => b.key === "unit:post2025:44");
    const item = bucket?.items.find((p) => p.item.origin.kind === "group" && p.item.origin.group === "bo-trach-dong-hoi");
    expect(item && [item.item.min, item.item.max, item.placement]).toEqual([135, 140, { kind: "carried", to: "post2025:44", rule: "group" }]);
  });
});

interface FocusRow {
  former_district_code: string;
  new_unit_gso_code: string;
  new_province_code: string;
  predecessors: string;
  nasc_resolution: string;
  resolution_clause: string;
}

function focusRows(): FocusRow[] {
  return parse(readFileSync(FOCUS_CSV, "utf8"), { columns: true, skip_empty_lines: true }) as FocusRow[];
}

/** "Xã Yên Lâm [02386] (Huyện Hàm Yên); ..." -> ["02386", ...] */
function predecessorCodes(cell: string): string[] {
  return [...cell.matchAll(/\[(\d+)\]/g)].map((m) => m[1] ?? "");
}

const FOCUS_DISTRICTS = ["443", "442", "455", "450", "074"];

describe.skipIf(!dataPresent || !sharedPresent)("real crosswalk: the five focus districts match communes_focus.csv", () => {
  it.each(FOCUS_DISTRICTS)("district %s splits into exactly the new units the sources list", (code) => {
    const expected = focusRows()
      .filter((r) => r.former_district_code === code)
      .map((r) => `post2025:${r.new_unit_gso_code}`)
      .sort();
    const actual = (realIndex().linksFrom.get(`pre2025:${code}`) ?? []).flatMap((l) => l.to).sort();
    expect(actual).toEqual(expected);
  });

  it("places each new unit in the new province the sources give", () => {
    const index = realIndex();
    const wrong = focusRows()
      .filter((r) => index.units.get(`post2025:${r.new_unit_gso_code}`)?.parent !== `post2025:${r.new_province_code}`)
      .map((r) => r.new_unit_gso_code);
    expect(wrong).toEqual([]);
  });

  it("links every listed predecessor commune whole to its new unit, under the resolution and clause the sources give", () => {
    const index = realIndex();
    const mismatches: string[] = [];
    for (const row of focusRows()) {
      const to = `post2025:${row.new_unit_gso_code}`;
      const number = row.nasc_resolution.split(" ")[0];
      for (const old of predecessorCodes(row.predecessors)) {
        const links = index.linksFrom.get(`pre2025:${old}`) ?? [];
        const link = links.find((l) => l.to.includes(to));
        const ok =
          links.length === 1 &&
          link?.relation === "whole" &&
          link.to.length === 1 &&
          index.legalActs.get(link.legalActId)?.number === number &&
          (link.clause ?? "") === row.resolution_clause;
        if (!ok) mismatches.push(`${old} -> ${to}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("has no extra predecessor for a focus new unit beyond those the sources list", () => {
    const index = realIndex();
    const extra = focusRows().flatMap((row) => {
      const listed = new Set(predecessorCodes(row.predecessors).map((c) => `pre2025:${c}`));
      const to = `post2025:${row.new_unit_gso_code}`;
      return (index.linksTo.get(to) ?? [])
        .filter((l) => l.relation === "whole" && !listed.has(l.from))
        .map((l) => `${l.from} -> ${to}`);
    });
    expect(extra).toEqual([]);
  });

  it("sends Thành phố Đồng Hới (450) to phường Đồng Hới, Đồng Thuận and Đồng Sơn of the new Quảng Trị under 1680/NQ-UBTVQH15", () => {
    const index = realIndex();
    const successors = successorCommunes(index, "pre2025:450");
    expect({
      names: successors.map((s) => s.unit.nameVi).sort(),
      provinces: [...new Set(successors.map((s) => s.unit.parent))],
      acts: [...new Set(successors.flatMap((s) => s.legal.map((l) => l.act?.number)))],
    }).toEqual({
      names: ["Phường Đồng Hới", "Phường Đồng Sơn", "Phường Đồng Thuận"],
      provinces: ["post2025:44"],
      acts: ["1680/NQ-UBTVQH15"],
    });
  });
});

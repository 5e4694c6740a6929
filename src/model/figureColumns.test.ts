import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  allObservations,
  areasWithFigures,
  buildAtlasIndex,
  indicatorsWithFigures,
  observationsFor,
  observationsOfArea,
  observationsOfAreaIn,
  observationsOfIndicatorIn,
  type AtlasIndex,
} from "../data/atlas";
import { CrosswalkFile, FigureColumnsFile, FiguresFile, UnitsFile, type Observation } from "../schema";
import { figureColumnsOf, storeFromColumns } from "./figureColumns";
import { buildFigureStore, buildFigureStores, countInferredPeriods, figureStoresOf, mapValueFigures, mapValuesFor, observationsAt, type MapValueQuery } from "./figureStore";
import { carriedInto, keptOverlapping } from "./place";

const DATA = fileURLToPath(new URL("../../public/data/", import.meta.url));
const read = (file: string): unknown => JSON.parse(readFileSync(`${DATA}${file}`, "utf8"));
const hasData = existsSync(`${DATA}figures.json`);

function realFiles() {
  return {
    units: UnitsFile.parse(read("units.json")),
    figures: FiguresFile.parse(read("figures.json")),
    crosswalk: CrosswalkFile.parse(read("crosswalk.json")),
  };
}

/** A column file as the browser gets it: through JSON and the schema. */
function shipped(file: FigureColumnsFile): FigureColumnsFile {
  return FigureColumnsFile.parse(JSON.parse(JSON.stringify(file)));
}

/**
 * The real figures twice: as figures.json's objects, and as column files only (one per indicator,
 * figures.json emptied) — the way a national dataset is shipped.
 */
function bothWays(): { objects: AtlasIndex; columns: AtlasIndex } {
  const { units, figures, crosswalk } = realFiles();
  const files = [...buildFigureStores(figures.observations).values()].map((store) => storeFromColumns(shipped(figureColumnsOf(store, null))));
  return {
    objects: buildAtlasIndex(units, figures, crosswalk),
    columns: buildAtlasIndex(units, { ...figures, observations: [] }, crosswalk, files),
  };
}

/** What a map draws for a query: each area's figure, placement and the figures behind it, and what it cannot draw. */
function mapOf(index: AtlasIndex, query: MapValueQuery) {
  const values = mapValuesFor(index, figureStoresOf(index).get(query.indicatorId) ?? [], query);
  return {
    drawn: values.drawn.map(({ store: _store, rows: _rows, from: _from, to: _to, headline: _headline, ...head }) => ({ ...head, ...mapValueFigures(values.drawn.find((v) => v.key === head.key)!) })),
    notDrawn: values.notDrawn.map((n) => ({ reportedFor: n.reportedFor, reason: n.reason, figures: observationsAt(n.store, n.rows.subarray(n.from, n.to)) })),
  };
}

const byId = (list: readonly Observation[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe.skipIf(!hasData)("figure column files", () => {
  it("give back every real figure whole through JSON and the schema", () => {
    const { figures } = realFiles();
    for (const store of buildFigureStores(figures.observations).values()) {
      const back = storeFromColumns(shipped(figureColumnsOf(store, null)));
      const rows = Array.from({ length: store.length }, (_, r) => r);
      expect(observationsAt(back, rows)).toEqual(observationsAt(store, rows));
      expect(observationsAt(back, rows)).toEqual(figures.observations.filter((o) => o.indicatorId === store.indicatorId));
      expect(Array.from(back.byArea.rows)).toEqual(Array.from(store.byArea.rows));
      expect(back.byYear).toEqual(store.byYear);
    }
  });

  it("answer every selector as figures.json does: map, profile, carried and kept figures, every figure, counts", () => {
    const { objects, columns } = bothWays();
    expect(indicatorsWithFigures(columns).map((i) => i.id)).toEqual(indicatorsWithFigures(objects).map((i) => i.id));
    expect(byId(allObservations(columns))).toEqual(byId(allObservations(objects)));
    expect(areasWithFigures(columns).length).toBe(areasWithFigures(objects).length);
    for (const indicator of indicatorsWithFigures(objects)) {
      for (const period of [null, { from: 2023, to: 2023 }, { from: 2019, to: 2021 }]) {
        // One file per indicator: the indicator's figures keep their file order.
        expect(observationsOfIndicatorIn(columns, indicator.id, period)).toEqual(observationsOfIndicatorIn(objects, indicator.id, period));
        for (const vintage of ["pre2025", "post2025"] as const) {
          const query = { indicatorId: indicator.id, period, vintage };
          expect(mapOf(columns, query)).toEqual(mapOf(objects, query));
        }
      }
    }
    for (const unit of objects.units.keys()) {
      expect(byId(observationsFor(columns, unit))).toEqual(byId(observationsFor(objects, unit)));
      expect(byId(observationsOfArea(columns, { kind: "unit", unit }))).toEqual(byId(observationsOfArea(objects, { kind: "unit", unit })));
      for (const indicator of indicatorsWithFigures(objects)) {
        const area = { kind: "unit" as const, unit };
        expect(observationsOfAreaIn(columns, area, indicator.id)).toEqual(observationsOfArea(objects, area).filter((o) => o.indicatorId === indicator.id));
      }
      expect(carriedInto(columns, unit).map((c) => [c.place, c.carriedTo, byId(c.observations)])).toEqual(carriedInto(objects, unit).map((c) => [c.place, c.carriedTo, byId(c.observations)]));
      expect(keptOverlapping(columns, unit).map((k) => [k.place, byId(k.observations)])).toEqual(keptOverlapping(objects, unit).map((k) => [k.place, byId(k.observations)]));
    }
    for (const period of [null, { from: 2024, to: 2025 }]) expect(countInferredPeriods(columns, null, period)).toBe(countInferredPeriods(objects, null, period));
  });

  it("are refused by the schema when a column is short or an index points outside its table", () => {
    const { figures } = realFiles();
    const store = buildFigureStore("cases_supported", figures.observations);
    const file = JSON.parse(JSON.stringify(figureColumnsOf(store, null))) as FigureColumnsFile;
    expect(FigureColumnsFile.safeParse(file).success).toBe(true);
    const short = { ...file, columns: { ...file.columns, value: file.columns.value.slice(1) } };
    expect(FigureColumnsFile.safeParse(short).error?.issues[0]).toMatchObject({ path: ["columns", "value"], message: `expected ${file.length} entries, one per figure, found ${file.length - 1}` });
    const outside = { ...file, columns: { ...file.columns, source: [file.sources.length, ...file.columns.source.slice(1)] } };
    expect(FigureColumnsFile.safeParse(outside).error?.issues[0]).toMatchObject({ path: ["columns", "source", 0] });
    const noneWhereRequired = { ...file, columns: { ...file.columns, area: [-1, ...file.columns.area.slice(1)] } };
    expect(FigureColumnsFile.safeParse(noneWhereRequired).success).toBe(false);
  });
});

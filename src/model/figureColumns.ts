/**
 * The column file of one indicator's figures (FigureColumnsFile in src/schema/index.ts): what a
 * national dataset ships instead of figures.json's one object per figure, and the store the app
 * builds from it. At national scale (bench/synthetic.ts) one object per figure cost ~1.8 GiB of
 * heap and seconds of parsing (README, "Benchmarks at national scale"); a column file parses into
 * arrays of numbers and a few tables of strings, and becomes a FigureStore (src/model/figureStore.ts)
 * without a figure object in between.
 *
 * The file says exactly what the figures said: `storeFromColumns(figureColumnsOf(store))` gives
 * every figure back whole (observationAt), id, value, qualifier, dates, source, quote and the rest
 * (src/model/figureColumns.test.ts).
 */
// The version from the zod-free basics: this module is on the first view's path, zod is not.
import { SCHEMA_VERSION } from "../schema/basics";
import type { FigureColumnsFile, Vintage } from "../schema";
import { partialDateEnd, partialDateStart } from "../schema/partialDate";
import { areaKey } from "../data/atlas";
import { idAt, indexStore, type FigureStore } from "./figureStore";

/** The store's figures as a column file (JSON-ready), in the store's row order. */
export function figureColumnsOf(store: FigureStore, vintage: Vintage | null): FigureColumnsFile {
  const n = store.length;
  const ids: string[] = [];
  for (let r = 0; r < n; r++) ids.push(idAt(store, r));
  const rare = [...store.rare.entries()].sort(([a], [b]) => a - b).map(([row, fields]) => ({ row, ...fields }));
  return {
    schemaVersion: SCHEMA_VERSION,
    indicatorId: store.indicatorId,
    vintage,
    length: n,
    ids,
    areas: store.areas,
    dates: store.dates,
    clusters: store.clusters,
    programmes: store.programmes,
    sources: store.sources,
    quotes: store.quotes,
    phases: store.phases,
    columns: {
      area: Array.from(store.area),
      periodStart: Array.from(store.periodStart),
      periodEnd: Array.from(store.periodEnd),
      reportedOn: Array.from(store.reportedOn),
      value: Array.from(store.value),
      qualifier: Array.from(store.qualifier),
      cluster: Array.from(store.cluster),
      programme: Array.from(store.programme),
      source: Array.from(store.source),
      quote: Array.from(store.quote),
      phase: Array.from(store.phase),
      quoteLang: Array.from(store.quoteLang),
      periodBasis: Array.from(store.periodBasis),
      areaBasis: Array.from(store.areaBasis),
    },
    rare,
  };
}

/**
 * The store of a column file. `firstPosition`: where its figures start in the atlas's order of
 * figures (after figures.json's and the files listed before it in the manifest).
 */
export function storeFromColumns(file: FigureColumnsFile, firstPosition = 0): FigureStore {
  const n = file.length;
  const c = file.columns;
  // Dates are few (months, days): each read into a fractional year once, then looked up per figure.
  const starts = Float64Array.from(file.dates, (d) => partialDateStart(d));
  const ends = Float64Array.from(file.dates, (d) => partialDateEnd(d));
  const periodStart = Int32Array.from(c.periodStart);
  const periodEnd = Int32Array.from(c.periodEnd);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    start[r] = starts[periodStart[r]!]!;
    end[r] = ends[periodEnd[r]!]!;
  }
  const idOffsets = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) idOffsets[r + 1] = idOffsets[r]! + file.ids[r]!.length;
  const position = new Int32Array(n);
  for (let r = 0; r < n; r++) position[r] = firstPosition + r;
  const areaKeys = file.areas.map(areaKey);
  const store: FigureStore = {
    indicatorId: file.indicatorId,
    length: n,
    area: Int32Array.from(c.area),
    start,
    end,
    value: Float64Array.from(c.value),
    qualifier: Uint8Array.from(c.qualifier),
    cluster: Int32Array.from(c.cluster),
    periodStart,
    periodEnd,
    reportedOn: Int32Array.from(c.reportedOn),
    programme: Int32Array.from(c.programme),
    source: Int32Array.from(c.source),
    quote: Int32Array.from(c.quote),
    phase: Int32Array.from(c.phase),
    quoteLang: Uint8Array.from(c.quoteLang),
    periodBasis: Uint8Array.from(c.periodBasis),
    areaBasis: Uint8Array.from(c.areaBasis),
    idText: file.ids.join(""),
    idOffsets,
    position,
    areas: file.areas,
    areaKeys,
    areaOf: new Map(areaKeys.map((k, a) => [k, a])),
    dates: file.dates,
    dateRank: new Int32Array(0),
    clusters: file.clusters,
    programmes: file.programmes,
    sources: file.sources,
    quotes: file.quotes,
    phases: file.phases,
    rare: new Map(
      file.rare.map(({ row, ...fields }) => {
        const kept: { sameAs?: string; partnerIds?: string[]; inconsistentWith?: string[]; note?: string } = {};
        if (fields.sameAs !== undefined) kept.sameAs = fields.sameAs;
        if (fields.partnerIds !== undefined && fields.partnerIds.length > 0) kept.partnerIds = fields.partnerIds;
        if (fields.inconsistentWith !== undefined && fields.inconsistentWith.length > 0) kept.inconsistentWith = fields.inconsistentWith;
        if (fields.note !== undefined) kept.note = fields.note;
        return [row, kept];
      }),
    ),
    byArea: { offsets: new Int32Array(1), rows: new Int32Array(0) },
    byYear: null,
  };
  indexStore(store);
  return store;
}

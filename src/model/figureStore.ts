/**
 * The figures of one indicator (one file: an indicator × vintage, or every vintage of it) held
 * column by column: typed arrays for the numbers a switch reads (area, period, value, qualifier,
 * cluster, report date) and tables of strings for what is shown per figure (ids, dates, sources,
 * quotes), read by index. Built once when a file is loaded, with its indexes by area and by year;
 * the areas are placed on each vintage's map once per store (src/model/drawOn.ts, the carry rule).
 *
 * Why: at national scale (bench/synthetic.ts, 3.5 M figures) one figure as one object made a switch
 * group ~48,000 row objects into ~4,000 areas in a heap where garbage collection dominated. Here a
 * switch scans typed arrays and allocates per AREA (one entry for the map), never per figure.
 *
 * Nothing changes in what is shown: `mapValuesFor` draws what src/map/mapData.ts's mapFiguresFor
 * draws (same placement, headline, range, conflict, order; src/model/figureStore.test.ts checks
 * both on the real data), and `observationAt` gives back each figure whole, with its provenance
 * (source id, quote, dates), exactly as the file had it. A figure is never divided or estimated.
 */
import { areaKey, areasContaining, type AtlasIndex } from "../data/atlas";
import type { AreaRef, Basis, Lang, Observation, Qualifier, UnitId, Vintage } from "../schema";
import { partialDateEnd, partialDateStart } from "../schema/partialDate";
import { placeArea, type FigurePlacement, type MapFigureHead, type MapFigureQuery, type NotDrawnReason } from "./drawOn";
import { overlaps, type YearPeriod } from "./period";

export const QUALIFIERS: readonly Qualifier[] = ["exact", "at_least", "about"];
export const LANGS: readonly Lang[] = ["vi", "en", "fr"];
export const BASES: readonly Basis[] = ["stated", "inferred"];
/** The order of String.prototype.localeCompare (its default collator), without creating one per call. */
const collator = new Intl.Collator();

/** Fields most figures leave empty, kept only for the rows that have them. */
interface RareFields {
  sameAs?: string;
  partnerIds?: string[];
  inconsistentWith?: string[];
  note?: string;
}

/** Rows grouped by a key (area, year): the rows of key k are rows[offsets[k]] .. rows[offsets[k + 1] - 1]. */
export interface RowIndex {
  offsets: Int32Array;
  rows: Int32Array;
}

export interface FigureStore {
  indicatorId: string;
  /** How many figures (rows). */
  length: number;
  // Columns, one entry per figure, in file order.
  /** Index into `areas`. */
  area: Int32Array;
  /** Where the period starts and ends (exclusive), as fractional years (src/schema/partialDate.ts). */
  start: Float64Array;
  end: Float64Array;
  value: Float64Array;
  /** Index into the qualifiers exact, at_least, about. */
  qualifier: Uint8Array;
  /** Index into `clusters` (the `sameAs` key), or -1 for a figure reported once. */
  cluster: Int32Array;
  /** Index into `dates`; reportedOn -1 when the source gives no date. */
  periodStart: Int32Array;
  periodEnd: Int32Array;
  reportedOn: Int32Array;
  /** Indexes into `programmes`, `sources`, `quotes`, `phases` (-1: none). */
  programme: Int32Array;
  source: Int32Array;
  quote: Int32Array;
  phase: Int32Array;
  quoteLang: Uint8Array;
  periodBasis: Uint8Array;
  areaBasis: Uint8Array;
  /**
   * The figures' ids, every one different: one string, each id at idText[idOffsets[r]] ..
   * idText[idOffsets[r + 1] - 1] (idAt). A string per figure would be an object per figure again:
   * at national scale 3.5 M of them made the collector's pauses the switch's outliers.
   */
  idText: string;
  idOffsets: Int32Array;
  /**
   * Each figure's place in the atlas's order of figures (file order, file after file): rows of
   * several stores are merged by it, so a selector across indicators lists figures in file order.
   */
  position: Int32Array;
  // Tables.
  areas: AreaRef[];
  areaKeys: string[];
  areaOf: Map<string, number>;
  /** Dates as the source writes them ("2023", "2023-08"), and each one's rank in string order. */
  dates: string[];
  dateRank: Int32Array;
  clusters: string[];
  programmes: string[];
  sources: string[];
  quotes: string[];
  phases: string[];
  rare: Map<number, RareFields>;
  // Indexes.
  byArea: RowIndex;
  /** Rows whose period overlaps each whole year from `firstYear`, grouped by area, file order within an area. Null when the dates span no sane range. */
  byYear: (RowIndex & { firstYear: number }) | null;
}

/** A table of distinct strings, each read by its position. */
class Table {
  readonly values: string[] = [];
  private readonly at = new Map<string, number>();
  of(value: string): number {
    let i = this.at.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.at.set(value, i);
    }
    return i;
  }
}

function groupRows(count: number, keyOf: Int32Array, length: number): RowIndex {
  const offsets = new Int32Array(count + 1);
  for (let r = 0; r < length; r++) offsets[keyOf[r]! + 1]!++;
  for (let k = 0; k < count; k++) offsets[k + 1]! += offsets[k]!;
  const fill = offsets.slice(0, count);
  const rows = new Int32Array(length);
  for (let r = 0; r < length; r++) rows[fill[keyOf[r]!]!++] = r;
  return { offsets, rows };
}

/** Longest span of years the by-year index covers; a store outside it is scanned by area. */
const MAX_YEARS = 200;

function yearIndex(store: Pick<FigureStore, "start" | "end" | "byArea" | "areas">): (RowIndex & { firstYear: number }) | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let r = 0; r < store.start.length; r++) {
    const s = store.start[r]!;
    const e = store.end[r]!;
    if (!(s < e)) continue; // NaN (a date the schema would refuse) or empty: in no year
    if (s < lo) lo = s;
    if (e > hi) hi = e;
  }
  if (lo === Infinity) return { firstYear: 0, offsets: new Int32Array(1), rows: new Int32Array(0) };
  const firstYear = Math.floor(lo);
  const years = Math.ceil(hi) - firstYear;
  if (years > MAX_YEARS) return null;
  const { offsets: areaOffsets, rows: areaRows } = store.byArea;
  const each = (fn: (year: number, row: number) => void) => {
    for (let a = 0; a < store.areas.length; a++) {
      for (let i = areaOffsets[a]!; i < areaOffsets[a + 1]!; i++) {
        const r = areaRows[i]!;
        const s = store.start[r]!;
        const e = store.end[r]!;
        if (!(s < e)) continue;
        for (let y = Math.floor(s); y < e; y++) if (overlaps({ start: s, end: e }, { start: y, end: y + 1 })) fn(y - firstYear, r);
      }
    }
  };
  const offsets = new Int32Array(years + 1);
  each((y) => offsets[y + 1]!++);
  for (let y = 0; y < years; y++) offsets[y + 1]! += offsets[y]!;
  const fill = offsets.slice(0, years);
  const rows = new Int32Array(offsets[years]!);
  each((y, r) => (rows[fill[y]!++] = r));
  return { firstYear, offsets, rows };
}

/**
 * The store of one indicator's figures among `observations` (the others are skipped), in their
 * order. Called once per loaded file; `observations` may be dropped afterwards.
 */
export function buildFigureStore(indicatorId: string, observations: readonly Observation[]): FigureStore {
  let n = 0;
  for (const obs of observations) if (obs.indicatorId === indicatorId) n++;
  const store: FigureStore = {
    indicatorId,
    length: n,
    area: new Int32Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    value: new Float64Array(n),
    qualifier: new Uint8Array(n),
    cluster: new Int32Array(n),
    periodStart: new Int32Array(n),
    periodEnd: new Int32Array(n),
    reportedOn: new Int32Array(n),
    programme: new Int32Array(n),
    source: new Int32Array(n),
    quote: new Int32Array(n),
    phase: new Int32Array(n),
    quoteLang: new Uint8Array(n),
    periodBasis: new Uint8Array(n),
    areaBasis: new Uint8Array(n),
    idText: "",
    idOffsets: new Int32Array(n + 1),
    position: new Int32Array(n),
    areas: [],
    areaKeys: [],
    areaOf: new Map(),
    dates: [],
    dateRank: new Int32Array(0),
    clusters: [],
    programmes: [],
    sources: [],
    quotes: [],
    phases: [],
    rare: new Map(),
    byArea: { offsets: new Int32Array(1), rows: new Int32Array(0) },
    byYear: null,
  };
  const dates = new Table();
  const clusters = new Table();
  const programmes = new Table();
  const sources = new Table();
  const quotes = new Table();
  const phases = new Table();
  // Dates are few (a few hundred months and days): each is read into a fractional year once.
  const ids: string[] = [];
  const startOf = new Map<string, number>();
  const endOf = new Map<string, number>();
  let r = 0;
  for (let p = 0; p < observations.length; p++) {
    const obs = observations[p]!;
    if (obs.indicatorId !== indicatorId) continue;
    store.position[r] = p;
    const key = areaKey(obs.area);
    let a = store.areaOf.get(key);
    if (a === undefined) {
      a = store.areas.length;
      store.areas.push(obs.area);
      store.areaKeys.push(key);
      store.areaOf.set(key, a);
    }
    store.area[r] = a;
    let s = startOf.get(obs.periodStart);
    if (s === undefined) startOf.set(obs.periodStart, (s = partialDateStart(obs.periodStart)));
    let e = endOf.get(obs.periodEnd);
    if (e === undefined) endOf.set(obs.periodEnd, (e = partialDateEnd(obs.periodEnd)));
    store.start[r] = s;
    store.end[r] = e;
    store.value[r] = obs.value;
    store.qualifier[r] = QUALIFIERS.indexOf(obs.qualifier);
    store.cluster[r] = obs.sameAs === undefined ? -1 : clusters.of(obs.sameAs);
    store.periodStart[r] = dates.of(obs.periodStart);
    store.periodEnd[r] = dates.of(obs.periodEnd);
    store.reportedOn[r] = obs.reportedOn === null ? -1 : dates.of(obs.reportedOn);
    store.programme[r] = programmes.of(obs.programmeId);
    store.source[r] = sources.of(obs.sourceId);
    store.quote[r] = quotes.of(obs.quote);
    store.phase[r] = obs.phaseId === null ? -1 : phases.of(obs.phaseId);
    store.quoteLang[r] = LANGS.indexOf(obs.quoteLang);
    store.periodBasis[r] = BASES.indexOf(obs.periodBasis);
    store.areaBasis[r] = BASES.indexOf(obs.areaBasis);
    ids.push(obs.id);
    store.idOffsets[r + 1] = store.idOffsets[r]! + obs.id.length;
    const rare: RareFields = {};
    if (obs.sameAs !== undefined) rare.sameAs = obs.sameAs;
    if (obs.partnerIds.length > 0) rare.partnerIds = [...obs.partnerIds];
    if (obs.inconsistentWith.length > 0) rare.inconsistentWith = [...obs.inconsistentWith];
    if (obs.note !== undefined) rare.note = obs.note;
    if (Object.keys(rare).length > 0) store.rare.set(r, rare);
    r++;
  }
  store.idText = ids.join("");
  store.dates = dates.values;
  store.clusters = clusters.values;
  store.programmes = programmes.values;
  store.sources = sources.values;
  store.quotes = quotes.values;
  store.phases = phases.values;
  indexStore(store);
  return store;
}

/**
 * Fills what a store derives from its columns: each date's rank, the indexes by area and by year.
 * Shared by the two ways a store is made (from figure objects here, from a column file in
 * src/model/figureColumns.ts), so both index alike.
 */
export function indexStore(store: FigureStore): void {
  const { dates } = store;
  // Rank of each date in plain string order: the order mapData.ts sorts dates in.
  const order = dates.map((_, i) => i).sort((x, y) => (dates[x]! < dates[y]! ? -1 : dates[x]! > dates[y]! ? 1 : 0));
  store.dateRank = new Int32Array(dates.length);
  order.forEach((d, rank) => (store.dateRank[d] = rank));
  store.byArea = groupRows(store.areas.length, store.area, store.length);
  store.byYear = yearIndex(store);
}

/** The id of the figure at `row`. */
export function idAt(store: FigureStore, row: number): string {
  return store.idText.slice(store.idOffsets[row]!, store.idOffsets[row + 1]!);
}

/** One store per indicator of `observations`, in the order the indicators first appear. */
export function buildFigureStores(observations: readonly Observation[]): Map<string, FigureStore> {
  const ids = [...new Set(observations.map((o) => o.indicatorId))];
  return new Map(ids.map((id) => [id, buildFigureStore(id, observations)]));
}

/** Every figure of an atlas, as stores: figures.json's (one per indicator) and the column files'. */
export interface AtlasFigures {
  stores: readonly FigureStore[];
  byIndicator: Map<string, FigureStore[]>;
  /** The stores built from figures.json's objects: their figures are given back as those objects. */
  fromObjects: ReadonlySet<FigureStore>;
  /** Indicators with a figure, and with a figure of each programme. */
  indicatorsUsed: Set<string>;
  indicatorsByProgramme: Map<string, Set<string>>;
}

const NO_FILES: readonly FigureStore[] = [];
const atlasFiguresCache = new WeakMap<readonly Observation[], WeakMap<readonly FigureStore[], AtlasFigures>>();

/**
 * The stores of an atlas's figures, built on first use and kept while its figures live (new
 * files, new stores; a test's index its own): one per indicator of figures.json's observations,
 * then one per column file (src/model/figureColumns.ts), which the loader has built already.
 */
export function atlasFigures(index: Pick<AtlasIndex, "observations" | "figureFiles">): AtlasFigures {
  const files = index.figureFiles ?? NO_FILES;
  let byFiles = atlasFiguresCache.get(index.observations);
  if (byFiles === undefined) atlasFiguresCache.set(index.observations, (byFiles = new WeakMap()));
  let figures = byFiles.get(files);
  if (figures === undefined) {
    const own = [...buildFigureStores(index.observations).values()];
    const stores = [...own, ...files];
    const byIndicator = new Map<string, FigureStore[]>();
    const indicatorsUsed = new Set<string>();
    const indicatorsByProgramme = new Map<string, Set<string>>();
    for (const store of stores) {
      if (store.length === 0) continue;
      const list = byIndicator.get(store.indicatorId);
      if (list === undefined) byIndicator.set(store.indicatorId, [store]);
      else list.push(store);
      indicatorsUsed.add(store.indicatorId);
      // A store's table of programmes holds only those its figures name.
      for (const programme of store.programmes) {
        let used = indicatorsByProgramme.get(programme);
        if (used === undefined) indicatorsByProgramme.set(programme, (used = new Set()));
        used.add(store.indicatorId);
      }
    }
    figures = { stores, byIndicator, fromObjects: new Set(own), indicatorsUsed, indicatorsByProgramme };
    byFiles.set(files, figures);
  }
  return figures;
}

/** The stores of each indicator (atlasFigures). */
export function figureStoresOf(index: Pick<AtlasIndex, "observations" | "figureFiles">): Map<string, FigureStore[]> {
  return atlasFigures(index).byIndicator;
}

/**
 * How many figures (of a programme, null: all) in a period (null: all) have a period the atlas
 * inferred because the source gives none. Read from the columns: a switch of period at national
 * scale counts over millions of figures without an object.
 */
export function countInferredPeriods(index: Pick<AtlasIndex, "observations" | "figureFiles">, programmeId: string | null, period: YearPeriod | null): number {
  const wanted = period === null ? null : { start: period.from, end: period.to + 1 };
  const inferred = BASES.indexOf("inferred");
  let count = 0;
  for (const store of atlasFigures(index).stores) {
    const programme = programmeId === null ? -1 : store.programmes.indexOf(programmeId);
    if (programmeId !== null && programme < 0) continue;
    for (let r = 0; r < store.length; r++) {
      if (store.periodBasis[r] !== inferred || (programme >= 0 && store.programme[r] !== programme)) continue;
      if (wanted === null || overlaps({ start: store.start[r]!, end: store.end[r]! }, wanted)) count++;
    }
  }
  return count;
}

/** The figure at `row`, whole, as the file gave it: value, period, area, source, quote and the rest. */
export function observationAt(store: FigureStore, row: number): Observation {
  const rare = store.rare.get(row);
  const reportedOn = store.reportedOn[row]!;
  const phase = store.phase[row]!;
  const obs: Observation = {
    id: idAt(store, row),
    indicatorId: store.indicatorId,
    value: store.value[row]!,
    qualifier: QUALIFIERS[store.qualifier[row]!]!,
    periodStart: store.dates[store.periodStart[row]!]!,
    periodEnd: store.dates[store.periodEnd[row]!]!,
    reportedOn: reportedOn < 0 ? null : store.dates[reportedOn]!,
    area: store.areas[store.area[row]!]!,
    programmeId: store.programmes[store.programme[row]!]!,
    phaseId: phase < 0 ? null : store.phases[phase]!,
    partnerIds: rare?.partnerIds === undefined ? [] : [...rare.partnerIds],
    sourceId: store.sources[store.source[row]!]!,
    quote: store.quotes[store.quote[row]!]!,
    quoteLang: LANGS[store.quoteLang[row]!]!,
    periodBasis: BASES[store.periodBasis[row]!]!,
    areaBasis: BASES[store.areaBasis[row]!]!,
    inconsistentWith: rare?.inconsistentWith === undefined ? [] : [...rare.inconsistentWith],
  };
  if (rare?.sameAs !== undefined) obs.sameAs = rare.sameAs;
  if (rare?.note !== undefined) obs.note = rare.note;
  return obs;
}

/** The figures at `rows`, whole, in that order. */
export function observationsAt(store: FigureStore, rows: ArrayLike<number>): Observation[] {
  const out: Observation[] = [];
  for (let i = 0; i < rows.length; i++) out.push(observationAt(store, rows[i]!));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Areas placed on each vintage's map, once per store and atlas.

type PlacedArea =
  | { kind: "drawn"; drawOn: AreaRef; placement: FigurePlacement; key: string; keyRank: number }
  | { kind: "not-drawn"; reason: NotDrawnReason };

const placedCache = new WeakMap<FigureStore, { index: AtlasIndex; byVintage: Map<Vintage, PlacedArea[]> }>();

/** Where each area of the store is drawn on `vintage`'s map (placeArea), with the figure key and its rank in key order. */
export function placedAreas(index: AtlasIndex, store: FigureStore, vintage: Vintage): readonly PlacedArea[] {
  let cached = placedCache.get(store);
  if (cached === undefined || cached.index !== index) placedCache.set(store, (cached = { index, byVintage: new Map() }));
  const known = cached.byVintage.get(vintage);
  if (known !== undefined) return known;
  const placed: PlacedArea[] = store.areas.map((area, a) => {
    const p = placeArea(index, area, vintage);
    return p.kind === "drawn" ? { ...p, key: `${areaKey(p.drawOn)}|${store.areaKeys[a]!}`, keyRank: 0 } : p;
  });
  const drawn = placed.filter((p): p is Extract<PlacedArea, { kind: "drawn" }> => p.kind === "drawn");
  drawn.sort((x, y) => collator.compare(x.key, y.key)).forEach((p, rank) => (p.keyRank = rank));
  cached.byVintage.set(vintage, placed);
  return placed;
}

/** Places the store's areas on both vintages' maps now (at load), so that no switch pays for it. */
export function placeStore(index: AtlasIndex, store: FigureStore): void {
  placedAreas(index, store, "pre2025");
  placedAreas(index, store, "post2025");
}

// ---------------------------------------------------------------------------------------------
// The map's values for one indicator and period.

/** The same question the object path's map is asked (src/model/drawOn.ts). */
export type MapValueQuery = MapFigureQuery;

/** One area's figure on the map: what mapData.ts's MapFigure says, with its figures as rows of the store. */
export interface MapValue extends MapFigureHead {
  store: FigureStore;
  /** Every figure of the area in the period, file order: rows[from] .. rows[to - 1] (shared by the call's areas, so no array per area). */
  rows: Int32Array;
  from: number;
  to: number;
  /** The first row of the headline figure (the latest); its cluster is the headline. */
  headline: number;
  keyRank: number;
}

export interface NotDrawnValue {
  reportedFor: AreaRef;
  reason: NotDrawnReason;
  store: FigureStore;
  rows: Int32Array;
  from: number;
  to: number;
}

export interface MapValues {
  drawn: MapValue[];
  notDrawn: NotDrawnValue[];
}

/** Scratch per store for clustering one area's rows without a Map: reset by stamping. */
interface Scratch {
  stamp: Int32Array;
  tick: number;
  end: Float64Array;
  report: Int32Array;
  first: Int32Array;
}
const scratchOf = new WeakMap<FigureStore, Scratch>();

function scratch(store: FigureStore): Scratch {
  let s = scratchOf.get(store);
  if (s === undefined) {
    const c = store.clusters.length;
    s = { stamp: new Int32Array(c), tick: 0, end: new Float64Array(c), report: new Int32Array(c), first: new Int32Array(c) };
    scratchOf.set(store, s);
  }
  return s;
}

/** Whether two rows of the same cluster and area conflict: THE rule of src/model/figures.ts, read from the columns. */
function rowsConflict(store: FigureStore, a: number, b: number): boolean {
  return (
    overlaps({ start: store.start[a]!, end: store.end[a]! }, { start: store.start[b]!, end: store.end[b]! }) &&
    (store.value[a] !== store.value[b] || store.qualifier[a] !== store.qualifier[b])
  );
}

/**
 * The figures of one indicator and period on the map of one vintage, from the indicator's stores
 * (one per file; an area's figures all in one file). The same figures, placements, headlines and
 * order as mapFiguresFor (src/map/mapData.ts); allocates per area, never per figure.
 */
export function mapValuesFor(index: AtlasIndex, stores: readonly FigureStore[], query: MapValueQuery): MapValues {
  const drawn: MapValue[] = [];
  const notDrawn: NotDrawnValue[] = [];
  for (const store of stores) {
    if (store.indicatorId !== query.indicatorId) continue;
    collect(index, store, query, drawn, notDrawn);
  }
  drawn.sort((a, b) => b.value - a.value || (a.store === b.store ? a.keyRank - b.keyRank : collator.compare(a.key, b.key)));
  return { drawn, notDrawn };
}

function collect(index: AtlasIndex, store: FigureStore, query: MapValueQuery, drawn: MapValue[], notDrawn: NotDrawnValue[]): void {
  const placed = placedAreas(index, store, query.vintage);
  const period = query.period;
  const wantedProgramme = query.programmeId ?? null;
  const programme = wantedProgramme === null ? -1 : store.programmes.indexOf(wantedProgramme);
  if (wantedProgramme !== null && programme < 0) return;
  // Candidates grouped by area: one year's rows, or every row (then filtered by period).
  let source: Int32Array;
  let from = 0;
  let to: number;
  if (period !== null && period.from === period.to && store.byYear !== null) {
    const y = period.from - store.byYear.firstYear;
    if (y < 0 || y >= store.byYear.offsets.length - 1) return;
    source = store.byYear.rows;
    from = store.byYear.offsets[y]!;
    to = store.byYear.offsets[y + 1]!;
  } else {
    source = store.byArea.rows;
    to = source.length;
  }
  const wanted = period === null ? null : { start: period.from, end: period.to + 1 };
  const matched = new Int32Array(to - from);
  let m = 0;
  for (let i = from; i < to; i++) {
    const r = source[i]!;
    if (programme >= 0 && store.programme[r] !== programme) continue;
    if (wanted !== null && !overlaps({ start: store.start[r]!, end: store.end[r]! }, wanted)) continue;
    matched[m++] = r;
  }
  // Areas in the order their first figure appears in the file (as mapFiguresFor groups them).
  const spans: number[] = [];
  for (let i = 0; i < m; ) {
    const a = store.area[matched[i]!]!;
    let j = i + 1;
    while (j < m && store.area[matched[j]!] === a) j++;
    spans.push(i, j);
    i = j;
  }
  const firstRow = (k: number) => matched[spans[k]!]!;
  const areaOrder = Array.from({ length: spans.length / 2 }, (_, k) => k * 2);
  // Rows of an area are in file order; byYear groups areas by first appearance in the whole
  // file, which a filter may change: sort by each area's first matching row.
  areaOrder.sort((x, y) => firstRow(x) - firstRow(y));
  const sc = scratch(store);
  for (const k of areaOrder) {
    const s = spans[k]!;
    const e = spans[k + 1]!;
    const a = store.area[matched[s]!]!;
    const place = placed[a]!;
    if (place.kind === "not-drawn") {
      notDrawn.push({ reportedFor: store.areas[a]!, reason: place.reason, store, rows: matched, from: s, to: e });
      continue;
    }
    const headline = headlineRow(store, matched, s, e, sc);
    const cluster = store.cluster[headline]!;
    let low = Infinity;
    let high = -Infinity;
    let startRank = -1;
    let periodEnd = -1;
    let widest = -Infinity;
    let conflict = false;
    for (let i = s; i < e; i++) {
      const r = matched[i]!;
      if (r !== headline && (cluster < 0 || store.cluster[r] !== cluster)) continue;
      const v = store.value[r]!;
      if (v < low) low = v;
      if (v > high) high = v;
      const d = store.periodStart[r]!;
      if (startRank < 0 || store.dateRank[d]! < store.dateRank[store.periodStart[startRank]!]!) startRank = r;
      if (store.end[r]! > widest) {
        widest = store.end[r]!;
        periodEnd = r;
      }
      if (cluster >= 0 && !conflict) {
        for (let j = s; j < i; j++) {
          const q = matched[j]!;
          if (store.cluster[q] === cluster && rowsConflict(store, q, r)) conflict = true;
        }
      }
    }
    drawn.push({
      key: place.key,
      drawOn: place.drawOn,
      reportedFor: store.areas[a]!,
      placement: place.placement,
      low,
      high,
      value: high,
      conflict,
      periodStart: store.dates[store.periodStart[startRank]!]!,
      periodEnd: store.dates[store.periodEnd[periodEnd]!]!,
      store,
      rows: matched,
      from: s,
      to: e,
      headline,
      keyRank: place.keyRank,
    });
  }
}

/**
 * The first row of the latest figure among one area's rows: the cluster whose period ends last,
 * then the latest report, then the lowest id of its first figure (mapData.ts's clustersLatestFirst).
 */
function headlineRow(store: FigureStore, rows: Int32Array, from: number, to: number, sc: Scratch): number {
  const tick = ++sc.tick;
  for (let i = from; i < to; i++) {
    const r = rows[i]!;
    const c = store.cluster[r]!;
    if (c < 0) continue;
    const rep = store.reportedOn[r]! < 0 ? -1 : store.dateRank[store.reportedOn[r]!]!;
    if (sc.stamp[c] !== tick) {
      sc.stamp[c] = tick;
      sc.end[c] = store.end[r]!;
      sc.report[c] = rep;
      sc.first[c] = r;
    } else {
      if (store.end[r]! > sc.end[c]!) sc.end[c] = store.end[r]!;
      if (rep > sc.report[c]!) sc.report[c] = rep;
    }
  }
  let best = -1;
  let bestEnd = 0;
  let bestReport = 0;
  for (let i = from; i < to; i++) {
    const r = rows[i]!;
    const c = store.cluster[r]!;
    let end: number;
    let report: number;
    if (c < 0) {
      end = store.end[r]!;
      report = store.reportedOn[r]! < 0 ? -1 : store.dateRank[store.reportedOn[r]!]!;
    } else {
      if (sc.first[c] !== r) continue;
      end = sc.end[c]!;
      report = sc.report[c]!;
    }
    if (best < 0 || end > bestEnd || (end === bestEnd && (report > bestReport || (report === bestReport && collator.compare(idAt(store, r), idAt(store, best)) < 0)))) {
      best = r;
      bestEnd = end;
      bestReport = report;
    }
  }
  return best;
}

/**
 * The figures behind one map value, as mapFiguresFor lists them: the headline's observations
 * (lowest value first, then by id) and the others in the period (latest figure first, each
 * figure's sources in file order). Builds objects for this one area only (a tooltip, a panel).
 */
export function mapValueFigures(value: Pick<MapValue, "store" | "rows" | "from" | "to" | "headline">): { observations: Observation[]; others: Observation[] } {
  return { observations: headlineFigures(value), others: otherFigures(value) };
}

/** Whether a row is one of the headline figure's sources (the headline row or its cluster). */
function inHeadlineOf(store: FigureStore, headline: number): (r: number) => boolean {
  const cluster = store.cluster[headline]!;
  return (r) => r === headline || (cluster >= 0 && store.cluster[r] === cluster);
}

/** The headline's observations, lowest value first, then by id (mapValueFigures' `observations`). */
export function headlineFigures(value: Pick<MapValue, "store" | "rows" | "from" | "to" | "headline">): Observation[] {
  const { store, headline } = value;
  const inHeadline = inHeadlineOf(store, headline);
  return observationsAt(store, Array.from(value.rows.subarray(value.from, value.to)).filter(inHeadline)).sort((a, b) => a.value - b.value || collator.compare(a.id, b.id));
}

/** The other figures of the area in the period, latest first (mapValueFigures' `others`). */
export function otherFigures(value: Pick<MapValue, "store" | "rows" | "from" | "to" | "headline">): Observation[] {
  const { store, headline } = value;
  const rows = value.rows.subarray(value.from, value.to);
  const inHeadline = inHeadlineOf(store, headline);
  // The other figures, cluster by cluster, latest first (the order of clustersLatestFirst).
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    if (inHeadline(r)) continue;
    const c = store.cluster[r]!;
    const key = c < 0 ? `id:${idAt(store, r)}` : `same:${store.clusters[c]!}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [r]);
    else list.push(r);
  }
  const rank = (r: number) => (store.reportedOn[r]! < 0 ? -1 : store.dateRank[store.reportedOn[r]!]!);
  const keyed = [...groups.values()].map((g) => ({ g, end: Math.max(...g.map((r) => store.end[r]!)), report: Math.max(...g.map(rank)), id: idAt(store, g[0]!) }));
  keyed.sort((a, b) => b.end - a.end || b.report - a.report || collator.compare(a.id, b.id));
  return keyed.flatMap((k) => observationsAt(store, k.g));
}

// ---------------------------------------------------------------------------------------------
// A selection: the figures of a unit and of the areas containing it.

/**
 * The rows of the unit and of every area containing it (each figure still the area's own), in
 * file order: what observationsFor (src/data/atlas.ts) returns for this store's indicator.
 */
export function rowsForUnit(index: AtlasIndex, store: FigureStore, unitId: UnitId): Int32Array {
  const { offsets, rows } = store.byArea;
  const found: number[] = [];
  let total = 0;
  for (const area of areasContaining(index, unitId)) {
    const a = store.areaOf.get(areaKey(area));
    if (a === undefined || found.includes(a)) continue;
    found.push(a);
    total += offsets[a + 1]! - offsets[a]!;
  }
  const out = new Int32Array(total);
  let m = 0;
  for (const a of found) for (let i = offsets[a]!; i < offsets[a + 1]!; i++) out[m++] = rows[i]!;
  return found.length > 1 ? out.sort() : out;
}

/** A unit's trend in one indicator, as columns: the period and value of each figure of `rowsForUnit`, file order. */
export interface TrendColumns {
  rows: Int32Array;
  start: Float64Array;
  end: Float64Array;
  value: Float64Array;
}

export function trendFor(index: AtlasIndex, store: FigureStore, unitId: UnitId): TrendColumns {
  const rows = rowsForUnit(index, store, unitId);
  const start = new Float64Array(rows.length);
  const end = new Float64Array(rows.length);
  const value = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    start[i] = store.start[r]!;
    end[i] = store.end[r]!;
    value[i] = store.value[r]!;
  }
  return { rows, start, end, value };
}

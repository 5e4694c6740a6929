/**
 * React hooks over the loader. Each file is fetched once per page (module-level cache)
 * and shared by every component that asks for it; components re-render when it settles.
 * A failed file can be asked for again (retryFailedData: the error panel's "retry").
 */
import { createContext, createElement, useContext, useMemo, useSyncExternalStore, type ReactElement, type ReactNode } from "react";
import type { CrosswalkFile, FileRole, FiguresFile, Manifest, UnitsFile } from "../schema";
import { SCHEMA_VERSION } from "../schema/basics";
import { buildAtlasIndex, type AtlasIndex } from "./atlas";
import { loadFigureColumns, loadManifest, loadRole, type FileData, type LoadError, type LoadOptions, type LoadState, type SingleFileRole } from "./load";
import { storeFromColumns } from "../model/figureColumns";
import type { FigureStore } from "../model/figureStore";

interface CacheEntry<T> {
  state: LoadState<T>;
  started: boolean;
  listeners: Set<() => void>;
  start: () => Promise<LoadState<T>>;
}

const LOADING = { status: "loading" } as const;

let options: LoadOptions = {};
let manifestPromise: Promise<LoadState<Manifest>> | null = null;
const entries = new Map<string, CacheEntry<unknown>>();

/** For tests and embeds: where and how to fetch. Clears the cache. */
export function configureDataLoading(next: LoadOptions): void {
  options = next;
  resetDataCache();
}

/** Forgets every loaded file (tests; a data reload). */
export function resetDataCache(): void {
  manifestPromise = null;
  entries.clear();
  lastIndex = null;
}

function manifest(): Promise<LoadState<Manifest>> {
  manifestPromise ??= loadManifest(options);
  return manifestPromise;
}

function entry<T>(key: string, start: () => Promise<LoadState<T>>): CacheEntry<T> {
  let e = entries.get(key) as CacheEntry<T> | undefined;
  if (e === undefined) {
    e = { state: LOADING, started: false, listeners: new Set(), start };
    entries.set(key, e as CacheEntry<unknown>);
  }
  return e;
}

/**
 * Options from the page address. `?loadTimeout=MS` (100–120000) shortens each request's time
 * limit so that browser tests of a stalled server finish in seconds; readers never need it.
 */
export function loadOptionsFromQuery(search: string): LoadOptions {
  const raw = new URLSearchParams(search).get("loadTimeout");
  const ms = raw === null || !/^\d+$/.test(raw) ? NaN : Number(raw);
  return ms >= 100 && ms <= 120_000 ? { timeoutMs: ms } : {};
}

/**
 * Asks again for every file that failed (the manifest first, so the others get their
 * checksums); files already loaded are kept. Views waiting on them re-render as they settle.
 */
export function retryFailedData(): void {
  const failed = [...entries.values()].filter((e) => e.state.status === "error");
  if (entries.get("manifest")?.state.status === "error") manifestPromise = null;
  for (const e of failed) {
    e.state = LOADING;
    e.started = false;
    for (const l of e.listeners) l();
  }
  for (const e of failed) if (e.listeners.size > 0) begin(e);
}

function begin<T>(e: CacheEntry<T>): void {
  if (e.started) return;
  e.started = true;
  void e.start().then((state) => {
    e.state = state;
    for (const l of e.listeners) l();
  });
}

function manifestEntry(): CacheEntry<Manifest> {
  return entry("manifest", manifest);
}

function roleEntry<R extends SingleFileRole>(role: R): CacheEntry<FileData<R>> {
  return entry(`role:${role}`, () => loadRole(role, manifest(), options));
}

/**
 * The stores of every column file of figures the manifest lists (none for the programme's data),
 * built once as they arrive. Their figures follow figures.json's in the atlas's order.
 */
function columnsEntry(): CacheEntry<FigureStore[]> {
  return entry("figureColumns", async () => {
    const files = await loadFigureColumns(manifest(), options);
    if (files.status !== "ready") return files;
    return { status: "ready", data: files.data.map((file) => storeFromColumns(file)) };
  });
}

const NO_SUBSCRIPTION = () => () => {};

/** A cache entry's state; `null` (data given by a provider) subscribes to nothing and reads as loading. */
function useEntry<T>(e: CacheEntry<T> | null): LoadState<T> {
  return useSyncExternalStore(
    e === null
      ? NO_SUBSCRIPTION
      : (listener) => {
          e.listeners.add(listener);
          begin(e);
          return () => e.listeners.delete(listener);
        },
    () => (e === null ? LOADING : e.state),
    () => (e === null ? LOADING : e.state),
  );
}

/** Data handed over instead of fetched: tests, and an embed that already holds its files. */
export interface GivenData {
  /** The indexed atlas useAtlasIndex and useFiguresIndex return. */
  index?: AtlasIndex;
  /** Files useDataset returns; a role left out stays "loading". */
  files?: { [R in FileRole]?: FileData<R> };
}

interface GivenStates {
  index: LoadState<AtlasIndex> | null;
  files: Map<FileRole, LoadState<unknown>>;
}

const GivenDataContext = createContext<GivenStates | null>(null);

/** Every data hook below it answers from `data` and fetches nothing. */
export function AtlasDataProvider({ data, children }: { data: GivenData; children: ReactNode }): ReactElement {
  const { index, files } = data;
  const value = useMemo<GivenStates>(
    () => ({
      index: index === undefined ? null : { status: "ready", data: index },
      files: new Map(Object.entries(files ?? {}).map(([role, file]) => [role as FileRole, { status: "ready", data: file }])),
    }),
    // Keyed on the contents, so a provider written as data={{ index }} does not change on every render.
    [index, files],
  );
  return createElement(GivenDataContext.Provider, { value }, children);
}

/** Starts fetching files before any component asks (called once at start-up). */
export function preloadDatasets(roles: readonly FileRole[]): void {
  begin(manifestEntry());
  for (const role of roles) {
    if (role === "figureColumns") begin(columnsEntry());
    else begin(roleEntry(role));
  }
  // The figures' column files (a national dataset) are part of the figures: they start with them.
  if (roles.includes("figures")) begin(columnsEntry());
}

/** The manifest (data version, generation time, attribution). */
export function useManifest(): LoadState<Manifest> {
  return useEntry(manifestEntry());
}

/** One generated file, validated with FILE_SCHEMAS[role]. */
export function useDataset<R extends SingleFileRole>(role: R): LoadState<FileData<R>> {
  const given = useContext(GivenDataContext);
  const fetched = useEntry(given === null ? roleEntry(role) : null);
  if (given === null) return fetched;
  return (given.files.get(role) as LoadState<FileData<R>> | undefined) ?? LOADING;
}

let lastIndex: { units: UnitsFile; figures: FiguresFile; crosswalk: CrosswalkFile; columns: FigureStore[]; index: AtlasIndex } | null = null;

function indexOf(units: UnitsFile, figures: FiguresFile, crosswalk: CrosswalkFile, columns: FigureStore[]): AtlasIndex {
  // Same four objects → same index object, so memoised selectors downstream stay stable.
  if (lastIndex?.units !== units || lastIndex.figures !== figures || lastIndex.crosswalk !== crosswalk || lastIndex.columns !== columns) {
    lastIndex = { units, figures, crosswalk, columns, index: buildAtlasIndex(units, figures, crosswalk, columns) };
  }
  return lastIndex.index;
}

const EMPTY_CROSSWALK: CrosswalkFile = { schemaVersion: SCHEMA_VERSION, legalActs: [], links: [] };

/**
 * Units + figures + crosswalk, indexed. An error in units or figures is returned as is. A
 * broken crosswalk does not take the map, chart and table down: the index then has no links
 * (so nothing is carried across the reorganisation), and the slots that need the crosswalk
 * show its error (src/ui/slots.tsx; useCrosswalkError).
 */
export function useAtlasIndex(): LoadState<AtlasIndex> {
  return useFiguresIndex();
}

/** The crosswalk's load error, or null while it loads or once it is ready. */
export function useCrosswalkError(): LoadError | null {
  const crosswalk = useDataset("crosswalk");
  return crosswalk.status === "error" ? crosswalk : null;
}

/**
 * Units + figures, indexed, for views that do not need the crosswalk (the figures table):
 * they keep working when crosswalk.json is broken. The crosswalk is included once loaded.
 */
export function useFiguresIndex(): LoadState<AtlasIndex> {
  const given = useContext(GivenDataContext)?.index ?? null;
  const units = useDataset("units");
  const figures = useDataset("figures");
  const crosswalk = useDataset("crosswalk");
  const columns = useEntry(given === null ? columnsEntry() : null);
  if (given !== null) return given;
  for (const s of [units, figures, columns]) if (s.status === "error") return s;
  if (units.status !== "ready" || figures.status !== "ready" || columns.status !== "ready") return LOADING;
  if (crosswalk.status === "loading") return LOADING;
  const links = crosswalk.status === "ready" ? crosswalk.data : EMPTY_CROSSWALK;
  return { status: "ready", data: indexOf(units.data, figures.data, links, columns.data) };
}

/**
 * The published partners' records (role "partnerRecords"), only when the manifest lists them and
 * `wanted` (the explorer asks after its first map, so the file never competes with the first view).
 * "none": the manifest lists no partner file (or cannot be read): nothing to show, nothing fetched.
 */
export function usePublishedPartnerFile(wanted: boolean): LoadState<FileData<"partnerRecords">> | { status: "none" } {
  const given = useContext(GivenDataContext);
  const manifestState = useEntry(given === null ? manifestEntry() : null);
  const listed = given === null ? (manifestState.status === "ready" ? manifestState.data.files.some((f) => f.role === "partnerRecords") : null) : given.files.has("partnerRecords");
  const fetched = useEntry(given === null && listed === true && wanted ? roleEntry("partnerRecords") : null);
  if (listed === null) return manifestState.status === "loading" ? LOADING : NONE;
  if (!listed) return NONE;
  if (given !== null) return given.files.get("partnerRecords") as LoadState<FileData<"partnerRecords">>;
  return fetched;
}

const NONE = { status: "none" } as const;

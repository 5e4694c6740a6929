/**
 * The URL is the serialised view state. This module is the only place that reads or
 * writes the query parameters the store owns:
 *
 *   lang=en  view=compare  ind=trained  per=2023-2025  prog=tmsv  sel=pre2025:455,pre2025:450
 *   v=post  map=106.12,17.45,7.5  sym=symbols  cls=natural-breaks  cmp=side  sw=35  chart=cumulative
 *
 * Links outlive the code that made them: `uv` is the version of these parameters. A link
 * without it is version 1; `migrateUrlParams` brings an older link's parameters up to
 * URL_VERSION before they are read (see URL_MIGRATIONS), so old links keep working when a
 * parameter is renamed or its meaning changes.
 *
 * Defaults are omitted, so the plain address is the default view. Anything invalid is
 * ignored (the default is used) — a hand-edited or truncated link never crashes the app.
 */
import type { Lang, UnitId } from "../schema";
import { isUnitIdText } from "../schema/basics";
import {
  CHART_MODES,
  CLASSIFICATION_METHODS,
  COMPARE_MODES,
  LANGS,
  SYMBOL_MODES,
  VIEW_NAMES,
  defaultViewState,
  type MapViewState,
  type ViewState,
  type YearPeriod,
} from "./index";

/** The query parameters this module owns; others' parameters are left alone. */
export const VIEW_PARAMS = ["lang", "view", "ind", "per", "prog", "sel", "v", "map", "sym", "cls", "cmp", "sw", "chart", "uv"] as const;

// ---------------------------------------------------------------------------
// Versions of the parameters
// ---------------------------------------------------------------------------

/** The version of the parameters this code writes. Raise it with a migration whenever an old link would read differently. */
export const URL_VERSION = 1;

/**
 * One step from version `to - 1` to version `to`: rewrites the parameters in place (rename,
 * convert a value, drop what has no meaning any more). Keep every step forever.
 */
export interface UrlMigration {
  to: number;
  migrate: (params: URLSearchParams) => void;
}

/**
 * The steps, oldest first. Version 1 is the first versioned form: every link made before
 * versions existed reads as version 1, unchanged. A new step goes at the end, e.g.
 * `{ to: 2, migrate: (p) => renameParam(p, "sw", "handle") }`, with URL_VERSION raised to 2.
 */
export const URL_MIGRATIONS: readonly UrlMigration[] = [];

/** Moves a parameter to a new name, unless the new name is set already. */
export function renameParam(params: URLSearchParams, from: string, to: string): void {
  const value = params.get(from);
  if (value === null) return;
  params.delete(from);
  if (!params.has(to)) params.set(to, value);
}

export interface MigratedParams {
  params: URLSearchParams;
  /** The version the link said it had (1 when it said none). */
  from: number;
  /** True when the link comes from a newer version of the atlas: what this code knows is read, the rest ignored. */
  newer: boolean;
}

/**
 * Brings a link's parameters up to `current`, applying each step above the link's version in
 * order. The `uv` parameter itself is removed (the writer adds the current one back).
 */
export function migrateUrlParams(
  search: string | URLSearchParams,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
  current: number = URL_VERSION,
): MigratedParams {
  const params = new URLSearchParams(search);
  const raw = params.get("uv");
  params.delete("uv");
  const from = raw !== null && /^\d{1,4}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
  for (const step of [...migrations].sort((a, b) => a.to - b.to)) {
    if (step.to > from && step.to <= current) step.migrate(params);
  }
  return { params, from, newer: from > current };
}

/** Indicator and programme ids share the data's id shape (src/schema Slug). */
const INDICATOR_ID = /^[a-z0-9][a-z0-9_-]*$/;
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
/** A link with more than this many selected units is almost certainly not hand-made. */
const MAX_SELECTION = 50;

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((v) => v === raw);
}

function parseYear(raw: string): number | undefined {
  if (!/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : undefined;
}

/** "2023-2025" or "2024" (one year); anything else → undefined. */
export function parsePeriod(raw: string | null): YearPeriod | undefined {
  if (raw === null) return undefined;
  const parts = raw.trim().split(/[-–]/);
  if (parts.length > 2) return undefined;
  const from = parseYear(parts[0] ?? "");
  const to = parseYear(parts[1] ?? parts[0] ?? "");
  if (from === undefined || to === undefined || from > to) return undefined;
  return { from, to };
}

export function parseSelection(raw: string | null): UnitId[] | undefined {
  if (raw === null) return undefined;
  const ids = raw
    .split(",")
    .map((s) => s.trim())
    .filter(isUnitIdText);
  return [...new Set(ids)].slice(0, MAX_SELECTION);
}

export function parseMapView(raw: string | null): MapViewState | undefined {
  if (raw === null) return undefined;
  const parts = raw.split(",");
  if (parts.length !== 3 || parts.some((p) => p.trim() === "")) return undefined;
  const [longitude, latitude, zoom] = parts.map(Number) as [number, number, number];
  if (![longitude, latitude, zoom].every(Number.isFinite)) return undefined;
  if (Math.abs(longitude) > 180 || Math.abs(latitude) > 85.06 || zoom < 0 || zoom > 24) return undefined;
  return { longitude, latitude, zoom };
}

function parseSwipe(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,3}(\.\d+)?$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 0 && n <= 100 ? n : undefined;
}

/**
 * Reads a query string (with or without the leading "?") into a complete view state;
 * every parameter that is absent or invalid takes its default.
 */
export function parseViewState(search: string): ViewState {
  const { params } = migrateUrlParams(search);
  const state = defaultViewState();
  const get = (k: (typeof VIEW_PARAMS)[number]) => params.get(k);

  state.lang = oneOf<Lang>(LANGS, get("lang")) ?? state.lang;
  state.view = oneOf(VIEW_NAMES, get("view")) ?? state.view;
  const ind = get("ind");
  if (ind !== null && INDICATOR_ID.test(ind)) state.indicator = ind;
  state.period = parsePeriod(get("per")) ?? state.period;
  const prog = get("prog");
  if (prog !== null && INDICATOR_ID.test(prog)) state.programme = prog;
  state.selection = parseSelection(get("sel")) ?? state.selection;
  const v = get("v");
  if (v === "pre" || v === "post") state.vintage = v === "pre" ? "pre2025" : "post2025";
  state.mapView = parseMapView(get("map")) ?? state.mapView;
  state.symbolMode = oneOf(SYMBOL_MODES, get("sym")) ?? state.symbolMode;
  state.classMethod = oneOf(CLASSIFICATION_METHODS, get("cls")) ?? state.classMethod;
  state.compareMode = oneOf(COMPARE_MODES, get("cmp")) ?? state.compareMode;
  state.swipe = parseSwipe(get("sw")) ?? state.swipe;
  state.chartMode = oneOf(CHART_MODES, get("chart")) ?? state.chartMode;
  return state;
}

/**
 * Decimal places for a coordinate at a zoom: about one screen pixel of precision
 * (a 512 px world at zoom 0), so links stay short and still reopen the same view.
 */
export function coordinateDecimals(zoom: number): number {
  return Math.min(7, Math.max(2, Math.ceil(zoom * Math.LOG10E * Math.LN2 + 0.15) + 1));
}

function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  // +0 turns -0 into 0, so "-0" never appears in a link.
  return Math.round(n * f) / f + 0;
}

/** The map view as it will read back from a link (rounded). */
export function roundMapView(view: MapViewState): MapViewState {
  const zoom = round(view.zoom, 2);
  const d = coordinateDecimals(zoom);
  return { longitude: round(view.longitude, d), latitude: round(view.latitude, d), zoom };
}

/** Keeps ":" and "," readable in links (both are allowed in a query). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ":").replace(/%2C/gi, ",");
}

/** The view state's own parameters, defaults omitted, in a fixed order. */
export function viewStateParams(state: ViewState): [string, string][] {
  const d = defaultViewState();
  const out: [string, string][] = [];
  if (state.lang !== d.lang) out.push(["lang", state.lang]);
  if (state.view !== d.view) out.push(["view", state.view]);
  if (state.indicator !== null) out.push(["ind", state.indicator]);
  if (state.period !== null) {
    const { from, to } = state.period;
    out.push(["per", from === to ? String(from) : `${from}-${to}`]);
  }
  if (state.programme !== null) out.push(["prog", state.programme]);
  if (state.selection.length > 0) out.push(["sel", state.selection.join(",")]);
  if (state.vintage !== d.vintage) out.push(["v", state.vintage === "pre2025" ? "pre" : "post"]);
  if (state.mapView !== null) {
    const m = roundMapView(state.mapView);
    out.push(["map", `${m.longitude},${m.latitude},${m.zoom}`]);
  }
  if (state.symbolMode !== d.symbolMode) out.push(["sym", state.symbolMode]);
  if (state.classMethod !== d.classMethod) out.push(["cls", state.classMethod]);
  if (state.compareMode !== d.compareMode) out.push(["cmp", state.compareMode]);
  const swipe = round(state.swipe, 1);
  if (swipe !== d.swipe) out.push(["sw", String(swipe)]);
  if (state.chartMode !== d.chartMode) out.push(["chart", state.chartMode]);
  // Version 1 is what an unversioned link means, so "uv" appears only from version 2 on.
  if (out.length > 0 && URL_VERSION > 1) out.push(["uv", String(URL_VERSION)]);
  return out;
}

/** The query string for a view state, without the leading "?" ("" for the default view). */
export function serializeViewState(state: ViewState): string {
  return viewStateParams(state)
    .map(([k, v]) => `${k}=${encodeValue(v)}`)
    .join("&");
}

/**
 * Replaces this module's parameters in an existing query string and keeps every other
 * parameter (e.g. an embed's own options) as it was. Returns "" or "?…".
 */
export function mergeViewStateIntoSearch(search: string, state: ViewState): string {
  const own = new Set<string>(VIEW_PARAMS);
  const others = [...new URLSearchParams(search)].filter(([k]) => !own.has(k));
  const parts = [serializeViewState(state), ...others.map(([k, v]) => `${encodeValue(k)}=${encodeValue(v)}`)].filter(
    (p) => p !== "",
  );
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

/**
 * The view parameters of a link that were present but not understood (an unknown value, a
 * malformed period): the view falls back to their defaults, and an embed says so. A value
 * equal to the default, written out, is understood.
 */
export function rejectedViewParams(search: string): string[] {
  const { params } = migrateUrlParams(search);
  const d = defaultViewState();
  const defaults: Record<string, string> = {
    lang: d.lang,
    view: d.view,
    v: "pre",
    sym: d.symbolMode,
    cls: d.classMethod,
    cmp: d.compareMode,
    sw: String(d.swipe),
    chart: d.chartMode,
  };
  const rejected: string[] = [];
  for (const [key, value] of params) {
    if (!(VIEW_PARAMS as readonly string[]).includes(key) || defaults[key] === value) continue;
    const alone = new URLSearchParams([[key, value]]).toString();
    if (serializeViewState(parseViewState(alone)) === "") rejected.push(key);
  }
  return rejected;
}

// ---------------------------------------------------------------------------
// Presentation and theme: story=reorganisation  slide=3 (1-based)  theme=projector
// Owned by src/present/; kept apart from the view state so a shared view link is unchanged.
// ---------------------------------------------------------------------------

export const THEMES = ["light", "dark", "contrast", "projector"] as const;
export type Theme = (typeof THEMES)[number];

export interface PresentParams {
  /** Story id (data/stories/<id>.csv); null = not presenting. */
  story: string | null;
  /** 0-based slide index (1-based in the URL). */
  slide: number;
  /** null = follow the system (prefers-contrast, prefers-color-scheme). */
  theme: Theme | null;
}

export const PRESENT_PARAMS = ["story", "slide", "theme"] as const;

export function parsePresentParams(search: string): PresentParams {
  const params = new URLSearchParams(search);
  const story = params.get("story");
  const slide = params.get("slide");
  return {
    story: story !== null && INDICATOR_ID.test(story) ? story : null,
    slide: slide !== null && /^\d{1,3}$/.test(slide) && Number(slide) >= 1 ? Number(slide) - 1 : 0,
    theme: oneOf(THEMES, params.get("theme")) ?? null,
  };
}

/** Replaces the presentation parameters in a query string, keeping every other one. Returns "" or "?…". */
export function mergePresentParams(search: string, p: PresentParams): string {
  const params = new URLSearchParams(search);
  for (const k of PRESENT_PARAMS) params.delete(k);
  if (p.story !== null) {
    params.set("story", p.story);
    params.set("slide", String(p.slide + 1));
  }
  if (p.theme !== null) params.set("theme", p.theme);
  const parts = [...params].map(([k, v]) => `${encodeValue(k)}=${encodeValue(v)}`);
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

/**
 * The one store of Results Atlas (zustand 5), built from small typed slices.
 *
 * Everything in `ViewState` is serialisable and round-trips through the URL
 * (see ./url.ts), so any view can be shared and reloaded. Components read one
 * value per selector: `useAtlasStore((s) => s.vintage)`; use `useShallow` for
 * derived arrays.
 */
import { createContext, createElement, useContext, type ReactElement, type ReactNode } from "react";
import { useStore, type StoreApi } from "zustand";
import { createStore, type StateCreator } from "zustand/vanilla";
import type { Lang, UnitId, Vintage } from "../schema";
import type { YearPeriod } from "../model/period";
import { createPartnerPreviewSlice, type PartnerPreviewSlice } from "./partnerPreview";

export type ViewName = "explorer" | "compare" | "national";
export type SymbolMode = "auto" | "choropleth" | "symbols";
export type CompareMode = "swipe" | "side";
export type ChartMode = "period" | "cumulative";
/** How a choropleth's values are put into legend classes (the rules: src/map/classification.ts). */
export type ClassificationMethod = "quantile" | "equal-interval" | "natural-breaks" | "fixed";

/** A map camera. Longitude and latitude in degrees (WGS 84), zoom as in web-mercator tiles. */
export interface MapViewState {
  longitude: number;
  latitude: number;
  zoom: number;
}

export type { YearPeriod } from "../model/period";
export type { PartnerCheckResult, PartnerPreview } from "./partnerPreview";

/** Every field round-trips through the URL (src/store/url.ts). */
export interface ViewState {
  /** UI language. Default "vi". */
  lang: Lang;
  /** Which screen is shown. Default "explorer". */
  view: ViewName;
  /** Indicator id; null = the first indicator that has figures. */
  indicator: string | null;
  /** Whole years, inclusive; null = the whole span (2019..current year). */
  period: YearPeriod | null;
  /** Programme id (data/programmes.csv) whose figures are shown; null = every programme. */
  programme: string | null;
  /** Selected units, in selection order, without duplicates. */
  selection: UnitId[];
  /** Boundary vintage. Default "pre2025". */
  vintage: Vintage;
  /** null = fit the programme's areas. */
  mapView: MapViewState | null;
  /** Default "auto" (counts as symbols, rates as a choropleth). */
  symbolMode: SymbolMode;
  /** Choropleth classes. Default "quantile". */
  classMethod: ClassificationMethod;
  /** Default "swipe". */
  compareMode: CompareMode;
  /** Swipe handle position, percent of the width, 0..100. Default 50. */
  swipe: number;
  /** Default "period". */
  chartMode: ChartMode;
}

export const LANGS: readonly Lang[] = ["vi", "en", "fr"];
export const VIEW_NAMES: readonly ViewName[] = ["explorer", "compare", "national"];
export const SYMBOL_MODES: readonly SymbolMode[] = ["auto", "choropleth", "symbols"];
export const COMPARE_MODES: readonly CompareMode[] = ["swipe", "side"];
export const CHART_MODES: readonly ChartMode[] = ["period", "cumulative"];
export const CLASSIFICATION_METHODS: readonly ClassificationMethod[] = ["quantile", "equal-interval", "natural-breaks", "fixed"];

/** A fresh copy of the defaults (never share one mutable object between stores). */
export function defaultViewState(): ViewState {
  return {
    lang: "vi",
    view: "explorer",
    indicator: null,
    period: null,
    programme: null,
    selection: [],
    vintage: "pre2025",
    mapView: null,
    symbolMode: "auto",
    classMethod: "quantile",
    compareMode: "swipe",
    swipe: 50,
    chartMode: "period",
  };
}

// ---------------------------------------------------------------------------
// Slices
// ---------------------------------------------------------------------------

export interface ViewSlice {
  lang: Lang;
  view: ViewName;
  indicator: string | null;
  period: YearPeriod | null;
  programme: string | null;
  vintage: Vintage;
  setLang: (lang: Lang) => void;
  setView: (view: ViewName) => void;
  setIndicator: (id: string | null) => void;
  /** Orders the years, so {from: 2025, to: 2023} is stored as 2023..2025. */
  setPeriod: (period: YearPeriod | null) => void;
  /** null shows every programme. */
  setProgramme: (programme: string | null) => void;
  setVintage: (vintage: Vintage) => void;
}

export interface SelectionSlice {
  selection: UnitId[];
  /** Replaces the selection (duplicates dropped, order kept). */
  select: (ids: readonly UnitId[]) => void;
  /** Adds the unit at the end, or removes it when already selected. */
  toggleSelect: (id: UnitId) => void;
  clearSelection: () => void;
}

export interface MapSlice {
  mapView: MapViewState | null;
  symbolMode: SymbolMode;
  classMethod: ClassificationMethod;
  setMapView: (view: MapViewState | null) => void;
  setSymbolMode: (mode: SymbolMode) => void;
  setClassMethod: (method: ClassificationMethod) => void;
}

export interface CompareSlice {
  compareMode: CompareMode;
  swipe: number;
  setCompareMode: (mode: CompareMode) => void;
  /** Clamped to 0..100; non-finite values are ignored. */
  setSwipe: (percent: number) => void;
}

export interface ChartSlice {
  chartMode: ChartMode;
  setChartMode: (mode: ChartMode) => void;
}

export type AtlasState = ViewSlice & SelectionSlice & MapSlice & CompareSlice & ChartSlice & PartnerPreviewSlice;
export type AtlasActions = Omit<AtlasState, keyof ViewState>;

type Slice<T> = StateCreator<AtlasState, [], [], T>;

function createViewSlice(initial: ViewState): Slice<ViewSlice> {
  return (set) => ({
    lang: initial.lang,
    view: initial.view,
    indicator: initial.indicator,
    period: initial.period,
    programme: initial.programme,
    vintage: initial.vintage,
    setLang: (lang) => set({ lang }),
    setView: (view) => set({ view }),
    setIndicator: (indicator) => set({ indicator }),
    setPeriod: (period) =>
      set({
        period: period === null ? null : { from: Math.min(period.from, period.to), to: Math.max(period.from, period.to) },
      }),
    setProgramme: (programme) => set({ programme }),
    setVintage: (vintage) => set({ vintage }),
  });
}

function createSelectionSlice(initial: ViewState): Slice<SelectionSlice> {
  return (set, get) => ({
    selection: initial.selection,
    select: (ids) => set({ selection: [...new Set(ids)] }),
    toggleSelect: (id) => {
      const current = get().selection;
      set({ selection: current.includes(id) ? current.filter((x) => x !== id) : [...current, id] });
    },
    clearSelection: () => set({ selection: [] }),
  });
}

function createMapSlice(initial: ViewState): Slice<MapSlice> {
  return (set) => ({
    mapView: initial.mapView,
    symbolMode: initial.symbolMode,
    classMethod: initial.classMethod,
    setMapView: (mapView) => set({ mapView: mapView === null ? null : { ...mapView } }),
    setSymbolMode: (symbolMode) => set({ symbolMode }),
    setClassMethod: (classMethod) => set({ classMethod }),
  });
}

function createCompareSlice(initial: ViewState): Slice<CompareSlice> {
  return (set) => ({
    compareMode: initial.compareMode,
    swipe: initial.swipe,
    setCompareMode: (compareMode) => set({ compareMode }),
    setSwipe: (percent) => {
      if (!Number.isFinite(percent)) return;
      set({ swipe: Math.min(100, Math.max(0, percent)) });
    },
  });
}

function createChartSlice(initial: ViewState): Slice<ChartSlice> {
  return (set) => ({
    chartMode: initial.chartMode,
    setChartMode: (chartMode) => set({ chartMode }),
  });
}

function atlasStateCreator(initial?: Partial<ViewState>): StateCreator<AtlasState> {
  const start: ViewState = { ...defaultViewState(), ...initial };
  return (...a) => ({
    ...createViewSlice(start)(...a),
    ...createSelectionSlice(start)(...a),
    ...createMapSlice(start)(...a),
    ...createCompareSlice(start)(...a),
    ...createChartSlice(start)(...a),
    // Not view state: never in the URL (./partnerPreview.ts).
    ...createPartnerPreviewSlice<AtlasState>()(...a),
  });
}

/** A fresh, independent store (tests, embeds). */
export function createAtlasStore(initial?: Partial<ViewState>): StoreApi<AtlasState> {
  return createStore<AtlasState>()(atlasStateCreator(initial));
}

/**
 * The app's default store, used where no AtlasStoreProvider is above a component. main.tsx
 * fills it from the URL, binds the URL to it and provides it; an embed or a test provides its own.
 */
export const appStore: StoreApi<AtlasState> = createAtlasStore();

const AtlasStoreContext = createContext<StoreApi<AtlasState> | null>(null);

/** Gives every component below it this store (zustand: initialize state with props). */
export function AtlasStoreProvider({ store, children }: { store: StoreApi<AtlasState>; children: ReactNode }): ReactElement {
  return createElement(AtlasStoreContext.Provider, { value: store }, children);
}

/** The store of the nearest provider (the app's store without one), for reading and writing outside render. */
export function useAtlasStoreApi(): StoreApi<AtlasState> {
  return useContext(AtlasStoreContext) ?? appStore;
}

/** One value of the nearest store; the component re-renders when it changes. */
export function useAtlasStore<T>(selector: (state: AtlasState) => T): T {
  return useStore(useAtlasStoreApi(), selector);
}

/** The serialisable part of a state (drops the actions). */
export function pickViewState(state: ViewState): ViewState {
  return {
    lang: state.lang,
    view: state.view,
    indicator: state.indicator,
    period: state.period,
    programme: state.programme,
    selection: state.selection,
    vintage: state.vintage,
    mapView: state.mapView,
    symbolMode: state.symbolMode,
    classMethod: state.classMethod,
    compareMode: state.compareMode,
    swipe: state.swipe,
    chartMode: state.chartMode,
  };
}

import { describe, expect, it } from "vitest";
import { createAtlasStore, defaultViewState, pickViewState } from "./index";

describe("createAtlasStore", () => {
  it("starts from the defaults", () => {
    expect(pickViewState(createAtlasStore().getState())).toEqual(defaultViewState());
  });

  it("takes initial values", () => {
    const store = createAtlasStore({ lang: "en", vintage: "post2025" });
    expect([store.getState().lang, store.getState().vintage]).toEqual(["en", "post2025"]);
  });

  it("makes independent stores", () => {
    const a = createAtlasStore();
    const b = createAtlasStore();
    a.getState().select(["pre2025:450"]);
    expect(b.getState().selection).toEqual([]);
  });
});

describe("selection", () => {
  it("select replaces the selection and drops duplicates", () => {
    const store = createAtlasStore({ selection: ["pre2025:44"] });
    store.getState().select(["pre2025:450", "pre2025:455", "pre2025:450"]);
    expect(store.getState().selection).toEqual(["pre2025:450", "pre2025:455"]);
  });

  it("toggleSelect adds a unit at the end", () => {
    const store = createAtlasStore({ selection: ["pre2025:450"] });
    store.getState().toggleSelect("pre2025:455");
    expect(store.getState().selection).toEqual(["pre2025:450", "pre2025:455"]);
  });

  it("toggleSelect removes a selected unit", () => {
    const store = createAtlasStore({ selection: ["pre2025:450", "pre2025:455"] });
    store.getState().toggleSelect("pre2025:450");
    expect(store.getState().selection).toEqual(["pre2025:455"]);
  });

  it("clearSelection empties it", () => {
    const store = createAtlasStore({ selection: ["pre2025:450"] });
    store.getState().clearSelection();
    expect(store.getState().selection).toEqual([]);
  });
});

describe("view actions", () => {
  it("setPeriod orders the years", () => {
    const store = createAtlasStore();
    store.getState().setPeriod({ from: 2025, to: 2021 });
    expect(store.getState().period).toEqual({ from: 2021, to: 2025 });
  });

  it("setPeriod(null) means the whole span", () => {
    const store = createAtlasStore({ period: { from: 2020, to: 2021 } });
    store.getState().setPeriod(null);
    expect(store.getState().period).toBeNull();
  });

  it("setSwipe clamps to 0..100", () => {
    const store = createAtlasStore();
    store.getState().setSwipe(140);
    expect(store.getState().swipe).toBe(100);
  });

  it("setSwipe ignores a non-number", () => {
    const store = createAtlasStore();
    store.getState().setSwipe(Number.NaN);
    expect(store.getState().swipe).toBe(50);
  });

  it("each setter changes only its own field", () => {
    const store = createAtlasStore();
    const s = store.getState();
    s.setLang("fr");
    s.setView("national");
    s.setIndicator("trained");
    s.setVintage("post2025");
    s.setMapView({ longitude: 106, latitude: 17, zoom: 6 });
    s.setSymbolMode("symbols");
    s.setCompareMode("side");
    s.setChartMode("cumulative");
    expect(pickViewState(store.getState())).toEqual({
      ...defaultViewState(),
      lang: "fr",
      view: "national",
      indicator: "trained",
      vintage: "post2025",
      mapView: { longitude: 106, latitude: 17, zoom: 6 },
      symbolMode: "symbols",
      compareMode: "side",
      chartMode: "cumulative",
    });
  });
});

describe("partner preview", () => {
  const record = { partner: "P", area: "pre2025:455", areaAsWritten: "455", periodStart: "2024-03", periodEnd: "2024-03", indicatorId: "cases", value: 7, sourcePublisher: "P", sourceDate: "2024-04-02", sourceUrl: "", quote: "q", quoteLang: "vi", file: "p.csv", line: 2 } as const;

  it("shows a check's result only for the file still being checked", () => {
    const store = createAtlasStore();
    const first = store.getState().beginPartnerPreview("a.csv");
    const second = store.getState().beginPartnerPreview("b.csv");
    store.getState().endPartnerPreview(first, { ok: true, records: [record] });
    expect(store.getState().partnerPreview).toMatchObject({ status: "checking", fileName: "b.csv" });
    store.getState().endPartnerPreview(second, { ok: false, problems: [{ file: "b.csv", line: 3, field: "value", message: "m", hint: "h" }] });
    expect(store.getState().partnerPreview).toMatchObject({ status: "invalid", fileName: "b.csv" });
  });

  it("is cleared whole, drops a result that comes after, and never enters the view state", () => {
    const store = createAtlasStore();
    const token = store.getState().beginPartnerPreview("a.csv");
    store.getState().clearPartnerPreview();
    store.getState().endPartnerPreview(token, { ok: true, records: [record] });
    expect(store.getState().partnerPreview).toBeNull();
    expect(Object.keys(pickViewState(store.getState()))).not.toContain("partnerPreview");
  });
});

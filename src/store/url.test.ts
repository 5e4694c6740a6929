import { describe, expect, it } from "vitest";
import { defaultViewState, type ViewState } from "./index";
import {
  URL_VERSION,
  coordinateDecimals,
  mergeViewStateIntoSearch,
  migrateUrlParams,
  parseViewState,
  rejectedViewParams,
  renameParam,
  roundMapView,
  serializeViewState,
} from "./url";

function stateWith(overrides: Partial<ViewState>): ViewState {
  return { ...defaultViewState(), ...overrides };
}

/** States whose values are already at URL precision, so they must come back identical. */
function roundTripCases(): [string, ViewState][] {
  return [
    ["defaults", defaultViewState()],
    ["english", stateWith({ lang: "en" })],
    ["french", stateWith({ lang: "fr" })],
    ["compare view", stateWith({ view: "compare" })],
    ["national view", stateWith({ view: "national" })],
    ["indicator", stateWith({ indicator: "victims-supported" })],
    ["period", stateWith({ period: { from: 2023, to: 2025 } })],
    ["one-year period", stateWith({ period: { from: 2024, to: 2024 } })],
    ["programme", stateWith({ programme: "hamyen-vet" })],
    ["one unit", stateWith({ selection: ["pre2025:450"] })],
    ["selection order kept", stateWith({ selection: ["pre2025:455", "pre2025:450", "post2025:18406"] })],
    ["after vintage", stateWith({ vintage: "post2025" })],
    ["map view", stateWith({ mapView: { longitude: 106.12, latitude: 17.45, zoom: 7.5 } })],
    ["map at zoom 0", stateWith({ mapView: { longitude: -0.5, latitude: 0, zoom: 0 } })],
    ["symbols", stateWith({ symbolMode: "symbols" })],
    ["choropleth", stateWith({ symbolMode: "choropleth" })],
    ["side by side", stateWith({ compareMode: "side" })],
    ["swipe at 0", stateWith({ swipe: 0 })],
    ["swipe at 100", stateWith({ swipe: 100 })],
    ["swipe with a decimal", stateWith({ swipe: 33.5 })],
    ["cumulative chart", stateWith({ chartMode: "cumulative" })],
    ["natural breaks", stateWith({ symbolMode: "choropleth", classMethod: "natural-breaks" })],
    ["equal intervals", stateWith({ classMethod: "equal-interval" })],
    ["fixed breaks, side by side at 20", stateWith({ classMethod: "fixed", compareMode: "side", swipe: 20 })],
    [
      "everything at once",
      {
        lang: "en",
        view: "compare",
        indicator: "trained",
        period: { from: 2019, to: 2025 },
        programme: "tmsv",
        selection: ["pre2025:44", "post2025:44"],
        vintage: "post2025",
        mapView: { longitude: 105.9, latitude: 18.33, zoom: 8.25 },
        symbolMode: "choropleth",
        classMethod: "equal-interval",
        compareMode: "side",
        swipe: 12,
        chartMode: "cumulative",
      },
    ],
  ];
}

describe("parseViewState(serializeViewState(s))", () => {
  for (const [name, state] of roundTripCases()) {
    it(`round-trips: ${name}`, () => {
      expect(parseViewState(serializeViewState(state))).toEqual(state);
    });
  }
});

describe("serializeViewState", () => {
  it("writes nothing for the default view", () => {
    expect(serializeViewState(defaultViewState())).toBe("");
  });

  it("omits every parameter that holds its default", () => {
    const s = serializeViewState(stateWith({ lang: "vi", view: "explorer", vintage: "pre2025", swipe: 50 }));
    expect(s).toBe("");
  });

  it("writes readable selection, period and vintage parameters", () => {
    const s = serializeViewState(
      stateWith({ selection: ["pre2025:455", "pre2025:450"], period: { from: 2023, to: 2025 }, vintage: "post2025" }),
    );
    expect(s).toBe("per=2023-2025&sel=pre2025:455,pre2025:450&v=post");
  });

  it("writes the programme as prog=, after the period", () => {
    expect(serializeViewState(stateWith({ period: { from: 2023, to: 2025 }, programme: "iom-ht-livelihoods" }))).toBe("per=2023-2025&prog=iom-ht-livelihoods");
  });

  it("rounds the map view to about a pixel", () => {
    const s = serializeViewState(stateWith({ mapView: { longitude: 106.123456789, latitude: 17.987654321, zoom: 6.123456 } }));
    expect(s).toBe("map=106.123,17.988,6.12");
  });

  it("keeps more decimals at a street-level zoom", () => {
    expect(coordinateDecimals(16)).toBeGreaterThan(coordinateDecimals(6));
  });

  it("never writes a negative zero", () => {
    expect(roundMapView({ longitude: -0.0000001, latitude: 0, zoom: 1 }).longitude).toBe(0);
    expect(Object.is(roundMapView({ longitude: -0.0000001, latitude: 0, zoom: 1 }).longitude, -0)).toBe(false);
  });

  it("is stable: serialising a parsed link gives the same link", () => {
    const link = "lang=en&view=compare&ind=trained&per=2020-2021&sel=pre2025:450&v=post&map=106.6,17.47,9&sym=symbols&cmp=side&sw=20&chart=cumulative";
    expect(serializeViewState(parseViewState(link))).toBe(link);
  });
});

describe("parseViewState with bad input", () => {
  it("accepts a leading question mark", () => {
    expect(parseViewState("?lang=en").lang).toBe("en");
  });

  it("returns the defaults for an empty string", () => {
    expect(parseViewState("")).toEqual(defaultViewState());
  });

  const junk: [string, string][] = [
    ["unknown language", "lang=de"],
    ["unknown view", "view=settings"],
    ["indicator with odd characters", "ind=%3Cscript%3E"],
    ["programme with odd characters", "prog=TMSV%20all"],
    ["period with words", "per=last-year"],
    ["period in reverse", "per=2025-2023"],
    ["period with three parts", "per=2020-2021-2022"],
    ["period far in the past", "per=1200-1300"],
    ["vintage spelled out", "v=post2025"],
    ["map with two numbers", "map=106,17"],
    ["map with text", "map=a,b,c"],
    ["map off the globe", "map=200,17,5"],
    ["map with an absurd zoom", "map=106,17,99"],
    ["map with an empty part", "map=106,,5"],
    ["unknown symbol mode", "sym=heatmap"],
    ["unknown compare mode", "cmp=overlay"],
    ["swipe above 100", "sw=150"],
    ["negative swipe", "sw=-5"],
    ["swipe as text", "sw=half"],
    ["unknown chart mode", "chart=pie"],
    ["malformed percent-encoding", "lang=%E0%A4%A"],
    ["only separators", "&&&==&"],
    ["parameter without a value", "lang&view"],
    ["random bytes", "%00%FF%FE=%01"],
  ];
  for (const [name, search] of junk) {
    it(`ignores ${name}`, () => {
      expect(parseViewState(search)).toEqual(defaultViewState());
    });
  }

  it("keeps valid units and drops invalid ones in a selection", () => {
    expect(parseViewState("sel=pre2025:450,banana,,pre2025:455,xx:1").selection).toEqual(["pre2025:450", "pre2025:455"]);
  });

  it("drops duplicate units in a selection", () => {
    expect(parseViewState("sel=pre2025:450,pre2025:450").selection).toEqual(["pre2025:450"]);
  });

  it("keeps the valid parameters when others are invalid", () => {
    const s = parseViewState("lang=en&view=nowhere&v=post&sw=abc");
    expect([s.lang, s.view, s.vintage, s.swipe]).toEqual(["en", "explorer", "post2025", 50]);
  });

  it("reads a period written with an en dash", () => {
    expect(parseViewState("per=2023%E2%80%932025").period).toEqual({ from: 2023, to: 2025 });
  });

  it("reads a single year as a one-year period", () => {
    expect(parseViewState("per=2024").period).toEqual({ from: 2024, to: 2024 });
  });
});

describe("mergeViewStateIntoSearch", () => {
  it("keeps parameters that belong to someone else", () => {
    expect(mergeViewStateIntoSearch("?embed=1&lang=fr", stateWith({ lang: "en" }))).toBe("?lang=en&embed=1");
  });

  it("returns an empty string when nothing is left", () => {
    expect(mergeViewStateIntoSearch("?lang=en", defaultViewState())).toBe("");
  });
});

describe("the classification method in a link", () => {
  it("is written as cls= and only when it is not the default", () => {
    expect(serializeViewState(stateWith({ classMethod: "natural-breaks" }))).toBe("cls=natural-breaks");
    expect(serializeViewState(stateWith({ classMethod: "quantile" }))).toBe("");
  });

  it("falls back to quantiles for an unknown method", () => {
    expect(parseViewState("cls=median").classMethod).toBe("quantile");
  });
});

describe("migrateUrlParams", () => {
  const renameSw = { to: 2, migrate: (p: URLSearchParams) => renameParam(p, "sw", "handle") };
  const halveHandle = {
    to: 3,
    migrate: (p: URLSearchParams) => {
      const h = p.get("handle");
      if (h !== null) p.set("handle", String(Number(h) / 2));
    },
  };

  it("reads a link without a version as version 1 and changes nothing today", () => {
    const { params, from, newer } = migrateUrlParams("view=compare&sw=30&cmp=side");
    expect(from).toBe(1);
    expect(newer).toBe(false);
    expect(params.toString()).toBe("view=compare&sw=30&cmp=side");
  });

  it("applies every step above the link's version, in order", () => {
    const { params } = migrateUrlParams("sw=80", [halveHandle, renameSw], 3);
    expect(params.get("sw")).toBeNull();
    expect(params.get("handle")).toBe("40");
  });

  it("skips the steps a link already has", () => {
    const { params } = migrateUrlParams("uv=2&handle=80", [renameSw, halveHandle], 3);
    expect(params.get("handle")).toBe("40");
    expect(params.has("uv")).toBe(false);
  });

  it("applies no step beyond the current version", () => {
    const { params } = migrateUrlParams("sw=80", [renameSw, halveHandle], 2);
    expect(params.get("handle")).toBe("80");
  });

  it("keeps a renamed parameter's new value when a link has both", () => {
    const { params } = migrateUrlParams("sw=80&handle=10", [renameSw], 2);
    expect(params.get("handle")).toBe("10");
  });

  it("flags a link from a newer atlas and still reads what it knows", () => {
    const migrated = migrateUrlParams(`uv=${URL_VERSION + 1}&view=national&future=1`);
    expect(migrated.newer).toBe(true);
    expect(parseViewState(`uv=${URL_VERSION + 1}&view=national&future=1`).view).toBe("national");
  });

  it("treats a malformed version as version 1", () => {
    expect(migrateUrlParams("uv=abc").from).toBe(1);
    expect(migrateUrlParams("uv=0").from).toBe(1);
  });

  it("is what parseViewState reads through: a versioned link of today reads like an unversioned one", () => {
    expect(parseViewState(`uv=${URL_VERSION}&cmp=side&sw=20`)).toEqual(parseViewState("cmp=side&sw=20"));
  });
});

describe("rejectedViewParams", () => {
  it("names the view parameters whose value was not understood", () => {
    expect(rejectedViewParams("view=atlas&cls=median&sw=30&per=2025-2019")).toEqual(["view", "cls", "per"]);
  });

  it("accepts defaults written out and ignores parameters it does not own", () => {
    expect(rejectedViewParams("view=explorer&lang=vi&sw=50&embed=1&part=chart")).toEqual([]);
  });
});

describe("presentation parameters", () => {
  it("reads story, 1-based slide and theme, ignoring what is invalid", async () => {
    const { parsePresentParams } = await import("./url");
    expect(parsePresentParams("?story=reorganisation&slide=3&theme=projector")).toEqual({ story: "reorganisation", slide: 2, theme: "projector" });
    expect(parsePresentParams("?story=Bad%20Id&slide=0&theme=neon")).toEqual({ story: null, slide: 0, theme: null });
  });

  it("writes them beside the view's parameters and keeps the others", async () => {
    const { mergePresentParams, parsePresentParams } = await import("./url");
    const out = mergePresentParams("?lang=en&sel=pre2025:450&slide=9", { story: "programmes", slide: 1, theme: "contrast" });
    expect(out).toBe("?lang=en&sel=pre2025:450&story=programmes&slide=2&theme=contrast");
    expect(parsePresentParams(out)).toEqual({ story: "programmes", slide: 1, theme: "contrast" });
    expect(mergePresentParams("?story=x&slide=2", { story: null, slide: 0, theme: null })).toBe("");
  });
});

/**
 * The archipelagos and the sea, named on every map of the whole country: placed on the shipped
 * boundaries (public/data, written by `npm run data`) and worded as the message files say.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import en from "../i18n/locales/en.json";
import fr from "../i18n/locales/fr.json";
import vi from "../i18n/locales/vi.json";
import { directionFrom, territories, territoriesOutside, territoryLabels, type TerritoryKey } from "./archipelagos";
import { BOUNDARY_OBJECTS, unitFeatures } from "./geometry";
import { declutter } from "./labels";

const BOUNDARIES = fileURLToPath(new URL("../../public/data/boundaries.topo.json", import.meta.url));

function realProvinces(vintage: "pre2025" | "post2025") {
  const topology = JSON.parse(readFileSync(BOUNDARIES, "utf8")) as Topology;
  return unitFeatures(topology, BOUNDARY_OBJECTS.provinces[vintage]);
}

describe("territories on the shipped boundaries", () => {
  for (const vintage of ["pre2025", "post2025"] as const) {
    it(`finds Hoàng Sa's islands in Đà Nẵng and Trường Sa's in Khánh Hòa (${vintage})`, () => {
      const found = new Map(territories(realProvinces(vintage), vintage).map((tr) => [tr.key, tr.position]));
      const [hsLon, hsLat] = found.get("hoangSa") ?? [0, 0];
      const [tsLon, tsLat] = found.get("truongSa") ?? [0, 0];
      // Hoàng Sa lies around 111–113° E, 15.5–17° N; Trường Sa around 111.5–117.5° E, 6.5–11.5° N.
      expect(hsLon).toBeGreaterThan(111);
      expect(hsLon).toBeLessThan(113);
      expect(hsLat).toBeGreaterThan(15.5);
      expect(hsLat).toBeLessThan(17);
      expect(tsLon).toBeGreaterThan(111.5);
      expect(tsLon).toBeLessThan(117.5);
      expect(tsLat).toBeGreaterThan(6.5);
      expect(tsLat).toBeLessThan(11.5);
      expect([...found.keys()].sort()).toEqual(["eastSea", "hoangSa", "truongSa"]);
    });
  }

  it("leaves an archipelago out when its province is missing, rather than guessing a place", () => {
    const withoutDaNang = realProvinces("post2025").filter((f) => f.properties.id !== "post2025:48");
    expect(territories(withoutDaNang, "post2025").map((tr) => tr.key)).toEqual(["truongSa", "eastSea"]);
  });
});

describe("territory labels", () => {
  const expected: Record<"vi" | "en" | "fr", Record<TerritoryKey, string>> = {
    vi: { hoangSa: "Quần đảo Hoàng Sa (TP Đà Nẵng)", truongSa: "Quần đảo Trường Sa (tỉnh Khánh Hòa)", eastSea: "Biển Đông" },
    // The one exception to diacritics in English names (README, "Place names in English"): the
    // archipelagos as Viet Nam's official English publications write them.
    en: { hoangSa: "Hoang Sa archipelago (Da Nang)", truongSa: "Truong Sa archipelago (Khanh Hoa)", eastSea: "East Sea" },
    fr: { hoangSa: "archipel de Hoang Sa (Da Nang)", truongSa: "archipel de Truong Sa (Khanh Hoa)", eastSea: "mer de l'Est" },
  };
  const messages = { vi, en, fr };
  for (const lang of ["vi", "en", "fr"] as const) {
    it(`are worded as official ${lang} publications write them`, () => {
      expect(messages[lang].map.territory.hoangSa).toBe(expected[lang].hoangSa);
      expect(messages[lang].map.territory.truongSa).toBe(expected[lang].truongSa);
      expect(messages[lang].map.territory.eastSea).toBe(expected[lang].eastSea);
    });
  }

  it("survive decluttering at national zoom even where other labels crowd them", () => {
    const list = territories(realProvinces("post2025"), "post2025");
    const labels = territoryLabels(list, (key) => expected.vi[key]);
    const crowd = labels.map((l, i) => ({ ...l, id: `province:${i}`, level: "province" as const, priority: 1, minZoom: 0 }));
    const kept = declutter([...crowd, ...labels], 4.5);
    expect(kept.filter((l) => l.id.startsWith("territory:")).map((l) => l.text).sort()).toEqual(Object.values(expected.vi).sort());
  });
});

describe("where the archipelagos lie from a mainland view", () => {
  it("names the way out of the view, and nothing when inside it", () => {
    const bounds = [104, 16, 108, 19] as const;
    expect(directionFrom(bounds, [112, 16.5])).toBe("east");
    expect(directionFrom(bounds, [114.5, 10])).toBe("southEast");
    expect(directionFrom(bounds, [106, 17])).toBeNull();
  });

  it("lists both archipelagos for the explorer's framing on Hà Tĩnh and Quảng Bình, but never the sea", () => {
    const list = territories(realProvinces("pre2025"), "pre2025");
    expect(territoriesOutside(list, [104.5, 16.8, 107.5, 18.8])).toEqual([
      { key: "hoangSa", direction: "southEast" },
      { key: "truongSa", direction: "southEast" },
    ]);
    expect(territoriesOutside(list, [100, 5, 120, 24])).toEqual([]);
  });
});

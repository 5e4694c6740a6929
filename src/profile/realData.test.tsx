// @vitest-environment jsdom
/**
 * The profile on the generated data (public/data): phases reported for a whole province are not
 * said to have run in each of its districts, the Quảng Bình pilot is placed where its source puts
 * it, and the figures whose period and area the source does not give are marked as inferred.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreApi } from "zustand";
import { buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { i18n } from "../i18n";
import { CrosswalkFile, FiguresFile, type Lang, UnitsFile } from "../schema";
import { createAtlasStore, type AtlasState } from "../store";
import AreaProfile from "./AreaProfile";
import { providersOf } from "../ui/testing/providers";

function loadAtlas(): AtlasIndex {
  // jsdom gives import.meta.url no file path: vitest runs from the repository root.
  const read = (file: string): unknown => JSON.parse(readFileSync(join(process.cwd(), "public/data", file), "utf8"));
  return buildAtlasIndex(UnitsFile.parse(read("units.json")), FiguresFile.parse(read("figures.json")), CrosswalkFile.parse(read("crosswalk.json")));
}
const atlas = loadAtlas();

let store: StoreApi<AtlasState>;

const Providers = providersOf(() => ({ store, atlas }));

beforeEach(() => {
  store = createAtlasStore();
});
afterEach(cleanup);

/** The profile's phase lines for one unit, in one language. */
async function phaseLines(unitId: string, lang: Lang): Promise<string[]> {
  store.setState({ selection: [unitId], lang });
  await i18n.changeLanguage(lang);
  const { container } = render(<AreaProfile />, { wrapper: Providers });
  const lines = [...container.querySelectorAll(".profile-phases li")].map((li) => li.textContent ?? "");
  cleanup();
  return lines;
}

const RAN_HERE: Record<Lang, string> = { vi: "Triển khai tại địa bàn này", en: "Ran in this area", fr: "Menée dans cette zone" };
const WHOLE_PROVINCE: Record<Lang, RegExp> = {
  vi: /toàn tỉnh .*nguồn không nêu huyện nào/,
  en: /whole province .*the source names no district/,
  fr: /toute la province .*la source ne nomme aucun district/,
};

describe("phases in the profile of a district, on the shipped data", () => {
  for (const lang of ["vi", "en", "fr"] as const) {
    it(`Lệ Thủy (Quảng Bình): World Vision 2019–2022 is reported for the whole province, not as run there; no pilot (${lang})`, async () => {
      const lines = await phaseLines("pre2025:457", lang);
      const worldVision = lines.filter((l) => l.includes("2019"));
      expect(worldVision).toHaveLength(1);
      expect(worldVision[0]).toMatch(WHOLE_PROVINCE[lang]);
      expect(lines.join("\n")).not.toContain(RAN_HERE[lang]);
      expect(lines.filter((l) => l.includes("2020"))).toEqual([]);
    });
  }

  it("Hương Sơn (Hà Tĩnh): the IOM 2023–2025 work is reported for the whole province", async () => {
    const lines = await phaseLines("pre2025:439", "en");
    expect(lines).toEqual([expect.stringMatching(/IOM.*Reported for the whole province \(Hà Tĩnh Province\); the source names no district\./)]);
  });

  it("Bố Trạch: the pilot and TMSV3 ran there; World Vision 2019–2022 is for the whole province", async () => {
    const lines = await phaseLines("pre2025:455", "en");
    expect(lines.filter((l) => l.endsWith("Ran in this area.")).map((l) => (l.includes("pilot") ? "pilot" : l.includes("TMSV3") ? "tmsv3" : l))).toEqual(["pilot", "tmsv3"]);
    expect(lines.filter((l) => l.includes("2019"))).toEqual([expect.stringMatching(WHOLE_PROVINCE.en)]);
  });
});

describe("inferred periods and areas in the profile, on the shipped data", () => {
  it("marks the period and the area of each of the five World Vision figures, and only those", async () => {
    store.setState({ selection: ["pre2025:455"], lang: "en" });
    await i18n.changeLanguage("en");
    const { container } = render(<AreaProfile />, { wrapper: Providers });
    const markedFigures = (what: string) =>
      [...container.querySelectorAll(`.profile-figure:has([data-inferred="${what}"])`)].map((f) => f.getAttribute("data-observation-id")).sort();
    const worldVision = atlas.observations.filter((o) => o.quote.includes("thời gian qua")).map((o) => o.id).sort();
    expect(worldVision).toHaveLength(5);
    expect(markedFigures("area")).toEqual(worldVision);
    expect(markedFigures("period")).toEqual(worldVision);
  });

  it("shows beside them that the same source gives 169 packages and 189 selected against 140 cases", async () => {
    store.setState({ selection: ["pre2025:455"], lang: "en" });
    await i18n.changeLanguage("en");
    const { container } = render(<AreaProfile />, { wrapper: Providers });
    const notes = [...container.querySelectorAll(".profile-figure .source-inconsistent")].map((p) => p.textContent ?? "");
    expect(notes).toHaveLength(5);
    for (const note of notes) expect(note).toMatch(/^This source's own figures do not square: .*: 169 .*: 189 .*: 140 \(Bố Trạch \+ Đồng Hới\)\.$/);
  });
});

describe("Lộc Hà on the pre-2025 map, on the shipped data", () => {
  it("says it was no longer a district by January 2025, the date not established; other districts say nothing of the kind", async () => {
    store.setState({ selection: ["pre2025:448", "pre2025:457"], lang: "en" });
    await i18n.changeLanguage("en");
    const { container } = render(<AreaProfile />, { wrapper: Providers });
    const ended = [...container.querySelectorAll("[data-ended-unknown]")].map((d) => [d.closest("[data-unit-id]")?.getAttribute("data-unit-id"), d.textContent]);
    expect(ended).toEqual([["pre2025:448", expect.stringMatching(/^Not established: no longer a district by January 2025 .*4 January 2025/)]]);
  });
});

import { describe, expect, it } from "vitest";
import { createAtlasIndex } from "../data/testing/fixtures";
import type { Attribution } from "../schema";
import { focusDistricts, mapCredits } from "./credits";

function credit(usedIn: string[], text = "Credit", url = "https://example.org"): Attribution {
  return { dataset: "d", publisher: "p", licence: "l", text, url, usedIn };
}

function createManifest() {
  return {
    attribution: [
      credit(["boundaries.topo.json#provinces_pre2025"], "Provinces before"),
      credit(["boundaries.topo.json#provinces_post2025"], "Provinces after"),
      credit(["boundaries.topo.json#districts_pre2025"], "Districts"),
      credit(["basemap.topo.json"], "Natural Earth", ""),
      credit(["units.json"], "Codes"),
    ],
  };
}

describe("mapCredits", () => {
  it("credits what the pre-2025 map draws, and nothing else", () => {
    expect(mapCredits(createManifest(), "pre2025", false).map((c) => c.replace(/<[^>]+>/g, ""))).toEqual(["Provinces before", "Districts", "Natural Earth"]);
  });

  it("credits the districts on the post-2025 map only when it draws the former ones", () => {
    expect(mapCredits(createManifest(), "post2025", false).join()).not.toContain("Districts");
    expect(mapCredits(createManifest(), "post2025", true).join()).toContain("Districts");
  });

  it("escapes the text", () => {
    const manifest = { attribution: [credit(["basemap.topo.json"], "<b>x</b> & y", "")] };
    expect(mapCredits(manifest, "pre2025", false)).toEqual(["&#60;b&#62;x&#60;/b&#62; &#38; y"]);
  });
});

describe("focusDistricts", () => {
  it("finds the former districts the crosswalk follows", () => {
    expect([...focusDistricts(createAtlasIndex())]).toEqual(["pre2025:450"]);
  });
});

import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { createAtlasIndex } from "../data/testing/fixtures";
import type { AreaShape, UnitProperties } from "./geometry";
import { areaLabels, declutter, formerDistrictLabels, groupFigureLabels, labelCharacters, project, type MapLabel } from "./labels";

function square(id: string, x: number, y: number, size = 0.2): Feature<AreaShape, UnitProperties> {
  return {
    type: "Feature",
    properties: { id },
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [x, y],
          [x + size, y],
          [x + size, y + size],
          [x, y + size],
          [x, y],
        ],
      ],
    },
  };
}

function label(overrides: Partial<MapLabel> & Pick<MapLabel, "id">): MapLabel {
  return { text: "Bố Trạch", position: [106.5, 17.5], level: "district", minZoom: 0, priority: 4, size: 11, ...overrides };
}

describe("areaLabels", () => {
  it("writes the short Vietnamese name with its diacritics", () => {
    const [first] = areaLabels({ index: createAtlasIndex(), provinces: [], districts: [square("pre2025:450", 106.5, 17.4)], withFigures: new Set() });
    expect(first?.text).toBe("Đồng Hới");
  });

  it("gives an area with a figure the figure level, shown earlier and winning collisions", () => {
    const labels = areaLabels({ index: createAtlasIndex(), provinces: [], districts: [square("pre2025:455", 106, 17.6)], withFigures: new Set(["pre2025:455"]) });
    expect(labels[0]?.level).toBe("figure");
  });

  it("skips polygons of units it does not know", () => {
    expect(areaLabels({ index: createAtlasIndex(), provinces: [square("pre2025:99", 0, 0)], districts: [], withFigures: new Set() })).toEqual([]);
  });
});

describe("groupFigureLabels", () => {
  it("names a group's figure by its districts, not by the province around them", () => {
    const index = createAtlasIndex();
    const at: [number, number] = [106.5, 17.5];
    const [group] = groupFigureLabels(index, [{ group: "bo-trach-dong-hoi", position: at }]);
    expect(group?.text).toBe("Bố Trạch + Đồng Hới");
    // Where the province's name would sit on the group's symbol, the group's name is drawn instead.
    const province = label({ id: "province:pre2025:44", text: "Quảng Bình", level: "province", priority: 1, size: 13, position: [106.52, 17.5] });
    expect(declutter([province, ...(group === undefined ? [] : [group])], 7).map((l) => l.text)).toEqual(["Bố Trạch + Đồng Hới"]);
  });

  it("skips a group it does not know", () => {
    expect(groupFigureLabels(createAtlasIndex(), [{ group: "no-such-group", position: [0, 0] }])).toEqual([]);
  });
});

describe("formerDistrictLabels", () => {
  it("puts the name into the language's phrase", () => {
    const [first] = formerDistrictLabels(createAtlasIndex(), [square("pre2025:455", 106, 17.6)], (name) => `huyện cũ ${name}`);
    expect(first?.text).toBe("huyện cũ Bố Trạch");
  });
});

describe("project", () => {
  it("puts 0,0 at the middle of the world", () => {
    expect(project([0, 0], 0)).toEqual([256, 256]);
  });

  it("doubles distances per zoom level", () => {
    const [x1] = project([10, 0], 1);
    const [x2] = project([10, 0], 2);
    expect(x2 - 512).toBeCloseTo(2 * (x1 - 256));
  });
});

describe("declutter", () => {
  it("hides labels below their min zoom", () => {
    expect(declutter([label({ id: "a", minZoom: 7 })], 6)).toEqual([]);
  });

  it("keeps the higher-priority label of two that overlap", () => {
    const kept = declutter([label({ id: "district", priority: 4 }), label({ id: "province", priority: 1, position: [106.51, 17.5] })], 6);
    expect(kept.map((l) => l.id)).toEqual(["province"]);
  });

  it("keeps labels that are far apart", () => {
    const kept = declutter([label({ id: "a" }), label({ id: "b", position: [105, 21] })], 6);
    expect(kept).toHaveLength(2);
  });

  it("lets close labels both show once zoomed in", () => {
    const labels = [label({ id: "a" }), label({ id: "b", position: [106.6, 17.5] })];
    expect(declutter(labels, 6)).toHaveLength(1);
    expect(declutter(labels, 10)).toHaveLength(2);
  });
});

describe("labelCharacters", () => {
  it("lists each character once, including Vietnamese letters", () => {
    expect(labelCharacters([label({ id: "a", text: "Đồng Hới" }), label({ id: "b", text: "Hà Tĩnh" })])).toEqual(
      [" ", "H", "T", "g", "h", "i", "n", "à", "Đ", "ĩ", "ồ", "ớ"],
    );
  });
});

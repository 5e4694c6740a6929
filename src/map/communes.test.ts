import { describe, expect, it } from "vitest";
import { communeLabels, communeOf, communeShape, communeShortName, communeTable, type CommuneFeature } from "./communes";

const square = (x: number, y: number) => ({ type: "Polygon" as const, coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]] });
const createCommunes = (): CommuneFeature[] => [
  { type: "Feature", properties: { id: "post2025:19126", name: "Xã Bắc Trạch", province: "post2025:44", predecessors: "Xã Thanh Trạch, Xã Hạ Mỹ" }, geometry: square(106, 17) },
  { type: "Feature", properties: { name: "Phường Đồng Thuận", province: "post2025:44", predecessors: "giữ nguyên" }, geometry: square(106.2, 17) },
];

describe("communes on the after map", () => {
  it("tells a commune polygon from a figure's area or symbol", () => {
    const [focus, context] = createCommunes();
    expect(communeOf(focus)?.id).toBe("post2025:19126");
    expect(communeOf(context)?.name).toBe("Phường Đồng Thuận");
    expect(communeOf({ properties: { figureKey: "x", fill: [0, 0, 0, 0] } })).toBeNull();
    expect(communeOf({ figureKey: "x" })).toBeNull();
  });

  it("finds a focus commune's shape by its unit id, and none for a unit it does not draw", () => {
    expect(communeShape(createCommunes(), "post2025:19126")).not.toBeNull();
    expect(communeShape(createCommunes(), "post2025:18406")).toBeNull();
  });

  it("names communes without their type word, the focus communes at a level that wins collisions", () => {
    expect(communeShortName("Xã Bắc Trạch")).toBe("Bắc Trạch");
    expect(communeShortName("Phường Đồng Thuận")).toBe("Đồng Thuận");
    const [focus, context] = communeLabels(createCommunes());
    expect([focus?.text, focus?.level, context?.text, context?.level]).toEqual(["Bắc Trạch", "commune-focus", "Đồng Thuận", "commune"]);
    expect((focus?.priority ?? 0) < (context?.priority ?? 0)).toBe(true);
    expect((focus?.minZoom ?? 0) < (context?.minZoom ?? 0)).toBe(true);
  });
});

describe("the communes' table", () => {
  it("keeps every commune, by province, the focus communes first and the rest in Vietnamese order", () => {
    const features: CommuneFeature[] = [
      ...createCommunes(),
      { type: "Feature", properties: { name: "Xã Ân Phú", province: "post2025:44", predecessors: "giữ nguyên" }, geometry: createCommunes()[0]!.geometry },
      { type: "Feature", properties: { name: "Xã Thiên Cầm", province: "post2025:42", predecessors: "giữ nguyên" }, geometry: createCommunes()[0]!.geometry },
    ];
    const table = communeTable(features);
    expect(table.map((p) => [p.province, p.communes.map((c) => c.properties.name)])).toEqual([
      ["post2025:44", ["Xã Bắc Trạch", "Xã Ân Phú", "Phường Đồng Thuận"]],
      ["post2025:42", ["Xã Thiên Cầm"]],
    ]);
  });
});

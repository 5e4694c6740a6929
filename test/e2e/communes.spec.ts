/**
 * The communes from 1 July 2025 on the after map, and the 34 provinces of the national view, in
 * the built app, in two page loads: at Bố Trạch the commune borders are drawn (dark pixels along
 * a border xã Bắc Trạch shares with a neighbour, lighter land beside it), xã Bắc Trạch is
 * selected by a click and by the search "bac trach", and its profile names its predecessors and
 * resolution 1680/NQ-UBTVQH15 and no figure of its own (what it shows says for how much it was
 * reported); the list below the map reaches every commune, and selects a focus commune by
 * keyboard; the national view draws 34 provinces and names both archipelagos.
 */
import { readFileSync } from "node:fs";
import type { LineString, MultiLineString, Position } from "geojson";
import { PNG } from "pngjs";
import { mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import en from "../../src/i18n/locales/en.json" with { type: "json" };
import { communeFeatures, COMMUNE_OBJECT } from "../../src/map/communes";
import { containsPoint, labelPoint } from "../../src/map/geometry";
import { expect, mapPoint, test, waitForMap, type Page } from "./fixtures";

const BAC_TRACH = "post2025:19126";
const topology = JSON.parse(readFileSync("public/data/communes.topo.json", "utf8")) as Topology;
const bacTrach = communeFeatures(topology).find((f) => f.properties.id === BAC_TRACH);
if (bacTrach === undefined) throw new Error(`no polygon for ${BAC_TRACH} in communes.topo.json`);
const inside = labelPoint(bacTrach.geometry);
// Its borders with the communes around it (not the coast, not the province's edge).
const collection = topology.objects[COMMUNE_OBJECT] as GeometryCollection<{ id?: string }>;
const idOf = (g: unknown): string | undefined => (g as { properties?: { id?: string } }).properties?.id;
const shared = mesh(topology, collection, (a, b) => a !== b && (idOf(a) === BAC_TRACH || idOf(b) === BAC_TRACH)) as MultiLineString | LineString;
const borderLines: Position[][] = shared.type === "LineString" ? [shared.coordinates] : shared.coordinates;
/** Midpoints of the border's longer segments, where a 1-px line is clearly inside the sampled 5×5 px. */
const borderPoints: [number, number][] = borderLines
  .flatMap((line) => line.slice(1).map((p, i) => [line[i] as Position, p] as const))
  .sort(([a0, a1], [b0, b1]) => Math.hypot((b1[0] ?? 0) - (b0[0] ?? 0), (b1[1] ?? 0) - (b0[1] ?? 0)) - Math.hypot((a1[0] ?? 0) - (a0[0] ?? 0), (a1[1] ?? 0) - (a0[1] ?? 0)))
  .slice(0, 6)
  .map(([a, b]) => [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2]);

const luminance = (png: PNG, x: number, y: number): number => {
  const i = (png.width * Math.round(y) + Math.round(x)) * 4;
  return 0.2126 * (png.data[i] ?? 0) + 0.7152 * (png.data[i + 1] ?? 0) + 0.0722 * (png.data[i + 2] ?? 0);
};

/** The darkest luminance within `r` px of (x, y) in the screenshot. */
const darkestNear = (png: PNG, x: number, y: number, r = 2): number => {
  let min = 255;
  for (let dx = -r; dx <= r; dx++) for (let dy = -r; dy <= r; dy++) min = Math.min(min, luminance(png, x + dx, y + dy));
  return min;
};

/** The ids of the MapLibre layers of map `mapId` (the figure layers are src/map/layers.ts). */
async function mapLayerIds(page: Page, mapId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const maps = (window as unknown as { __atlas?: { maps: Record<string, { getStyle: () => { layers: { id: string }[] } } | undefined> } }).__atlas?.maps ?? {};
    return (maps[id]?.getStyle().layers ?? []).map((l) => l.id);
  }, mapId);
}

test("the after map draws the communes at Bố Trạch; xã Bắc Trạch is selected by click and by search, with its predecessors and resolution and no figure of its own; the national view draws 34 provinces and both archipelagos", async ({ page }) => {
  test.slow();
  await page.goto(`/?lang=en&v=post&map=${inside[0]},${inside[1]},10.5`);
  await waitForMap(page, "explorer", 150_000);
  await expect.poll(() => mapLayerIds(page, "explorer"), { timeout: 60_000 }).toContain("explorer-communes");
  // One more frame after the layer is handed over, then one screenshot for every pixel read.
  await page.waitForTimeout(500);
  const canvas = page.locator('[data-map-id="explorer"] canvas').first();
  const box = await canvas.boundingBox();
  if (box === null) throw new Error("no map canvas");
  const png = PNG.sync.read(await page.screenshot({ clip: box, scale: "css", animations: "disabled", caret: "hide" }));
  const inView = [];
  for (const point of borderPoints) {
    const p = await mapPoint(page, "explorer", point);
    const x = p.x - box.x;
    const y = p.y - box.y;
    if (x > 4 && y > 4 && x < box.width - 4 && y < box.height - 4) inView.push({ x, y });
  }
  expect(inView.length, "points of the shared border in view").toBeGreaterThanOrEqual(3);
  const land = luminance(png, (await mapPoint(page, "explorer", inside)).x - box.x, (await mapPoint(page, "explorer", inside)).y - box.y + 12);
  const onBorder = inView.map(({ x, y }) => darkestNear(png, x, y));
  // A border is drawn where the darkest pixel near each border point is clearly darker than the commune's land.
  expect(onBorder.filter((l) => l < land - 40), `border luminances ${onBorder.map(Math.round).join(", ")} against land ${Math.round(land)}`).toHaveLength(onBorder.length);

  // By search, without diacritics: the commune from 1 July 2025, not the old commune of the same name.
  const search = page.getByRole("combobox", { name: en.explore.search.label });
  await search.fill("bac trach");
  await page.getByRole("listbox").getByRole("option").filter({ hasText: "Bắc Trạch" }).filter({ hasText: en.common.vintage.post2025 }).first().click();
  await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe(BAC_TRACH);
  const profile = page.getByTestId("area-profile");
  await expect(profile).toContainText("1680/NQ-UBTVQH15");
  for (const predecessor of ["Thanh Trạch", "Hạ Mỹ", "Liên Trạch"]) await expect(profile).toContainText(predecessor);
  await expect(profile).not.toContainText(en.profile.reportedForThis);

  // By click: first on xã Đông Trạch to the south, then inside xã Bắc Trạch.
  const DONG_TRACH = "post2025:19159";
  const dongTrach = communeFeatures(topology).find((f) => f.properties.id === DONG_TRACH);
  if (dongTrach === undefined) throw new Error("no polygon for xã Đông Trạch");
  for (const [feature, id] of [[dongTrach, DONG_TRACH], [bacTrach, BAC_TRACH]] as const) {
    // The label point: names are drawn by an unpickable layer, so a click there reaches the polygon.
    const point = labelPoint(feature.geometry);
    expect(containsPoint(feature.geometry, point)).toBe(true);
    const at = await mapPoint(page, "explorer", point);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe(id);
  }
  await expect(profile).toContainText("Bắc Trạch");
  await expect(profile).toContainText("1680/NQ-UBTVQH15");
  // What the profile shows for it was carried into its province, and says it is not its own.
  await expect(profile).toContainText("It is not this unit's own figure.");
  // And for how much it was reported: the two former districts' figure is theirs together, not the commune's.
  await expect(profile).toContainText("Bố Trạch + Đồng Hới (all its areas together)");

  // The keyboard's way to the communes: the list below the map, one table per province, the 29 focus communes selectable.
  const list = page.getByTestId("commune-list");
  await list.locator("summary").click();
  await expect(list.getByRole("table")).toHaveCount(3);
  await expect(list.getByRole("row")).toHaveCount(271 + 3);
  await expect(list.getByRole("button", { name: /^Select / })).toHaveCount(29);
  await list.getByRole("button", { name: "Select Đông Trạch Commune" }).press("Enter");
  await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe(DONG_TRACH);

  // The national view: the 34 provinces from 1 July 2025 and both archipelagos, named.
  await page.goto("/?lang=en&view=national&v=post");
  const national = page.getByTestId("national-map");
  await expect(national).toBeVisible();
  const ids = await national.locator('[data-unit-id^="post2025:"]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-unit-id")))]);
  expect(ids).toHaveLength(34);
  for (const key of ["hoangSa", "truongSa"] as const) await expect(national.locator(`[data-territory="${key}"]`)).toHaveCount(1);
});

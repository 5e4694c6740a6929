/**
 * The before/after and national screens in the built app: the swipe handle moves
 * by keyboard and changes what each side of it shows (canvas pixels), the two maps move
 * together, the vintage switch changes the legend, the areas and the URL, the what-changed
 * panel for Đồng Hới lists its three new wards and resolution 1680/NQ-UBTVQH15, a search for
 * "Quảng Bình" leads to the new Quảng Trị, axe-core finds nothing serious, and (through the
 * fixtures) no request leaves the origin and nothing is logged as an error.
 *
 * Points on the maps are computed (in ./areas.ts) from public/data/boundaries.topo.json with the app's own
 * geometry code and checked to lie inside their area.
 */
import { fillPoint } from "./areas";
import { axeCheck, colourClose, expect, mapPoint, pixelAt, test, waitForMap, type Page, type Rgba } from "./fixtures";

const BEFORE = "compare-before";
const AFTER = "compare-after";

/** Lệ Thủy, a district of the former Quảng Bình outside Bố Trạch + Đồng Hới (so no figure of its own before 2025). */
const LE_THUY = "pre2025:457";
/** The former Quảng Trị province, now part of the new Quảng Trị (44). */
const OLD_QUANG_TRI = "pre2025:45";


async function openCompare(page: Page, query: string): Promise<void> {
  await page.goto(`/?view=compare&lang=en&${query}`);
  await waitForMap(page, BEFORE);
  await waitForMap(page, AFTER);
}

/** Folds both legends away so they cover no point we read. */
async function closeLegends(page: Page): Promise<void> {
  const open = page.locator(".compare-stage details[open] > summary");
  while ((await open.count()) > 0) await open.first().click();
}

async function stagePercent(page: Page, x: number): Promise<number> {
  const box = await page.getByTestId("compare-stage").boundingBox();
  if (box === null) throw new Error("no compare stage");
  return ((x - box.x) / box.width) * 100;
}

function different(a: Rgba, b: Rgba): boolean {
  return !colourClose(a, b, 8);
}

test.describe("swipe", () => {
  test.use({ viewport: { width: 1280, height: 1000 } });

  test("arrow keys move the handle and change what each side of it shows", async ({ page }) => {
    const p = fillPoint(LE_THUY, 0.08);
    const q = fillPoint(OLD_QUANG_TRI, 0.15);
    const centre = [((p[0] + q[0]) / 2).toFixed(4), ((p[1] + q[1]) / 2).toFixed(4)].join(",");
    await openCompare(page, `map=${centre},8.5`);
    await closeLegends(page);
    const [left, right] = [await mapPoint(page, BEFORE, p), await mapPoint(page, BEFORE, q)].sort((a, b) => a.x - b.x) as [
      { x: number; y: number },
      { x: number; y: number },
    ];
    const handle = page.getByRole("slider", { name: "Swipe between the before and after maps" });
    await handle.focus();

    await page.keyboard.press("End");
    await expect(handle).toHaveAttribute("aria-valuenow", "100");
    const before = [await pixelAt(page, left.x, left.y), await pixelAt(page, right.x, right.y)];
    await page.keyboard.press("Home");
    await expect(handle).toHaveAttribute("aria-valuenow", "0");
    const after = [await pixelAt(page, left.x, left.y), await pixelAt(page, right.x, right.y)];
    // Former Quảng Bình and Quảng Trị: untouched land before; the new Quảng Trị holds the carried figure after.
    expect(before.map((b, i) => different(b, after[i] ?? b)), "each point looks different before and after").toEqual([true, true]);

    // Shift+→ in steps of 10, then → by 1, until the handle lies between the two points.
    const target = Math.ceil((await stagePercent(page, left.x)) + 2);
    expect(target, "the points leave room for the handle between them").toBeLessThan(await stagePercent(page, right.x));
    while (Number(await handle.getAttribute("aria-valuenow")) + 10 <= target) await page.keyboard.press("Shift+ArrowRight");
    while (Number(await handle.getAttribute("aria-valuenow")) < target) await page.keyboard.press("ArrowRight");
    await expect(handle).toHaveAttribute("aria-valuetext", `${target}% — left: before 2025, right: after 2025`);
    const leftNow = await pixelAt(page, left.x, left.y);
    const rightNow = await pixelAt(page, right.x, right.y);
    expect([colourClose(leftNow, before[0] ?? leftNow, 8), colourClose(rightNow, after[1] ?? rightNow, 8)], "left of the handle: before; right: after").toEqual([
      true,
      true,
    ]);

    // ← by 1 until the handle passes the left point: it now shows the after map too.
    while (Number(await handle.getAttribute("aria-valuenow")) > target - 4) await page.keyboard.press("ArrowLeft");
    expect(colourClose(await pixelAt(page, left.x, left.y), after[0] ?? leftNow, 8), "the left point now shows the after map").toBe(true);
    await expect(page).toHaveURL(new RegExp(`sw=${target - 4}(&|$)`));
  });

  // One load for what needs no particular view: a load of two maps costs CI seconds on SwiftShader.
  test("the handle is a labelled slider with a visible focus ring; the screen passes axe; dragging the handle moves it", async ({ page }) => {
    await openCompare(page, "sel=pre2025:450");
    const handle = page.getByRole("slider", { name: "Swipe between the before and after maps" });
    await test.step("a labelled slider with a visible focus ring", async () => {
      await expect(handle).toHaveAttribute("aria-valuemin", "0");
      await expect(handle).toHaveAttribute("aria-valuemax", "100");
      await expect(handle).toHaveAttribute("aria-valuetext", "50% — left: before 2025, right: after 2025");
      await handle.focus();
      const outline = await handle.locator(".swipe-handle__grip").evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).toBe("solid");
    });
    await test.step("axe-core finds no serious or critical violations on the swipe screen", async () => {
      await axeCheck(page, { include: '[data-slot="compare"]' });
    });
    await test.step("dragging the handle with the pointer moves it", async () => {
      const box = await page.getByTestId("compare-stage").boundingBox();
      const grip = await page.locator(".swipe-handle__grip").boundingBox();
      if (box === null || grip === null) throw new Error("no stage or handle");
      await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.25, grip.y + grip.height / 2, { steps: 8 });
      await page.mouse.up();
      await expect(handle).toHaveAttribute("aria-valuenow", "25");
    });
  });
});

test("side by side: the screen passes axe, and panning one map moves the other", async ({ page }) => {
  await openCompare(page, "cmp=side&map=106.5000,17.4000,8&sel=post2025:44");
  await axeCheck(page, { include: '[data-slot="compare"]' });
  const centreOf = (id: string) =>
    page.evaluate((mapId) => {
      const maps = (window as unknown as { __atlas: { maps: Record<string, { getCenter(): { lng: number; lat: number } }> } }).__atlas.maps;
      const c = maps[mapId]?.getCenter();
      return c === undefined ? null : { lng: c.lng, lat: c.lat };
    }, id);
  const start = await centreOf(AFTER);
  const canvas = page.locator(`[data-map-id="${BEFORE}"] canvas`);
  const box = await canvas.boundingBox();
  if (box === null) throw new Error("no before map");
  const [x, y] = [box.x + box.width / 2, box.y + box.height * 0.75];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 150, y - 60, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => {
    const [a, b] = [await centreOf(BEFORE), await centreOf(AFTER)];
    if (a === null || b === null || start === null) return false;
    return Math.abs(a.lng - b.lng) < 1e-4 && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(b.lng - start.lng) > 0.1;
  }).toBe(true);
  await expect(page).not.toHaveURL(/map=106\.5,17\.4,8(&|$)/);
});

test("the what-changed panel for Đồng Hới lists its three new wards and resolution 1680/NQ-UBTVQH15", async ({ page }) => {
  await page.goto("/?view=compare");
  await page.getByLabel("Địa bàn cần xem").selectOption("pre2025:450");
  await expect(page).toHaveURL(/sel=pre2025(:|%3A)450/);
  const panel = page.locator('section.what-changed[data-unit-id="pre2025:450"]');
  const wards = panel.getByRole("list", { name: "Các xã, phường mới" }).locator(":scope > li > strong");
  await expect(wards).toHaveText(["Phường Đồng Thuận", "Phường Đồng Sơn", "Phường Đồng Hới"]);
  await expect(panel.getByText("1680/NQ-UBTVQH15", { exact: true }).first()).toBeVisible();
  await expect(panel.locator('blockquote[lang="vi"]').first()).toContainText("Sắp xếp toàn bộ diện tích tự nhiên");
  await expect(panel).toContainText("Tỉnh Quảng Trị");
});

test.describe("national view", () => {
  test("the vintage switch changes the legend, the areas and the URL; the province is found without diacritics", async ({ page }) => {
    await page.goto("/?view=national&lang=en");
    const map = page.getByTestId("national-map");
    const legend = page.getByTestId("national-legend");
    await expect(map).toHaveAttribute("data-count", "63");
    await expect(legend).toContainText("63 provinces");
    await expect(legend).toContainText("Merged with other provinces; the new province operates from 1 July 2025");
    const border = page.locator('path[data-unit-id="pre2025:45"]');
    await expect(border).toHaveCount(1);

    await page.getByRole("radio", { name: "From 1 July 2025" }).check();
    await expect(page).toHaveURL(/v=post/);
    await expect(map).toHaveAttribute("data-count", "34");
    await expect(legend).toContainText("34 provinces");
    await expect(legend).toContainText("Formed from 2 former provinces");
    await expect(page.locator('path[data-unit-id="pre2025:45"]')).toHaveCount(0);
    await expect(page.locator('path[data-unit-id="post2025:44"]')).toHaveCount(1);

    await page.getByLabel("Find a province by a former or new name").fill("quang binh");
    await expect(page.locator("table.national__table tbody tr")).toHaveCount(1);
    await expect(page.getByTestId("national-status")).toContainText("formed from Quảng Bình and Quảng Trị (Resolution 202/2025/QH15)");
  });

  test("searching 'Quảng Bình' after 2025 leads to the new Quảng Trị and says why; the screen passes axe", async ({ page }) => {
    await page.goto("/?view=national&v=post");
    await expect(page.getByTestId("national-map")).toBeVisible();
    await axeCheck(page, { include: '[data-slot="national"]' });
    await page.getByLabel("Tìm tỉnh theo tên cũ hoặc tên mới").fill("Quảng Bình");
    const rows = page.locator("table.national__table tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute("data-unit-id", "post2025:44");
    await expect(page.getByTestId("national-status")).toContainText("Quảng Bình nay thuộc Quảng Trị: hình thành từ Quảng Bình và Quảng Trị (Nghị quyết 202/2025/QH15)");
    await expect(page.locator('path[data-unit-id="post2025:44"]')).toHaveClass(/national__shape--match/);
  });
});

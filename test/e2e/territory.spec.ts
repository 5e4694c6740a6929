/**
 * Viet Nam's whole territory on every national map: the Hoàng Sa and Trường Sa archipelagos and
 * the Biển Đông are named, in each language, on the explorer and the before/after maps at
 * national zoom (the deck.gl text layer's data) and on the national view's SVG map (its text);
 * a map framed on the mainland says where the archipelagos lie.
 */
import en from "../../src/i18n/locales/en.json" with { type: "json" };
import fr from "../../src/i18n/locales/fr.json" with { type: "json" };
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { expect, test, waitForMap, type Page } from "./fixtures";
import { clickTab } from "./screens";

const MESSAGES = { vi, en, fr } as const;
/** The whole country in a 1280×800 window: both archipelagos and the mainland. */
const NATIONAL = "map=109.5,14.5,4.3";
/** The whole country means many labels for SwiftShader to draw: allow a loaded machine more time for the first render. */
const MAP_READY_MS = 150_000;

/** The texts the deck.gl label layer of map `mapId` draws (@deck.gl/mapbox keeps its Deck on the map as `__deck`). */
async function labelTexts(page: Page, mapId: string): Promise<string[]> {
  return page.evaluate((id) => {
    interface DeckLayer {
      id: string;
      props: { data?: unknown };
    }
    const maps = (window as unknown as { __atlas?: { maps: Record<string, { __deck?: { props: { layers?: (DeckLayer | null)[] } } } | undefined> } }).__atlas?.maps ?? {};
    const layer = (maps[id]?.__deck?.props.layers ?? []).find((l) => l?.id === `${id}-labels`);
    const data = layer?.props.data;
    return Array.isArray(data) ? data.map((d: { text?: unknown }) => String(d.text)) : [];
  }, mapId);
}

// One load per language: the explorer at national zoom, then the national view reached by its
// tab, as a reader moves (a page load of each cost CI seconds on SwiftShader).
for (const lang of ["vi", "en", "fr"] as const) {
  const names = MESSAGES[lang].map.territory;

  test(`the explorer at national zoom, then the national view opened by its tab, name both archipelagos and the sea (${lang})`, async ({ page }) => {
    test.slow();
    await page.goto(`/?lang=${lang}&${NATIONAL}`);
    await waitForMap(page, "explorer", MAP_READY_MS);
    await expect.poll(() => labelTexts(page, "explorer")).toEqual(expect.arrayContaining([names.hoangSa, names.truongSa, names.eastSea]));
    await expect(page.getByTestId("territory-note"), "no 'outside this view' note when both are in view").toHaveCount(0);

    await clickTab(page, "national");
    const map = page.getByTestId("national-map");
    await expect(map).toBeVisible();
    for (const key of ["hoangSa", "truongSa", "eastSea"] as const) {
      // The SVG breaks an archipelago's name before its "(province)"; the words read the same.
      const text = (await map.locator(`[data-territory="${key}"]`).textContent()) ?? "";
      expect(text.replace(/\s+/g, " ").replace(/(\S)\(/g, "$1 (")).toBe(names[key]);
    }
  });
}

test("the before and after maps at national zoom name both archipelagos and the sea", async ({ page }) => {
  test.slow();
  await page.goto(`/?lang=en&view=compare&${NATIONAL}`);
  for (const id of ["compare-before", "compare-after"]) {
    await waitForMap(page, id, MAP_READY_MS);
    await expect.poll(() => labelTexts(page, id)).toEqual(expect.arrayContaining([en.map.territory.hoangSa, en.map.territory.truongSa, en.map.territory.eastSea]));
  }
});

test("a map framed on the mainland says where the archipelagos lie", async ({ page }) => {
  test.slow();
  await page.goto("/");
  await waitForMap(page, "explorer", MAP_READY_MS);
  const note = page.locator('[data-map-id="explorer"]').getByTestId("territory-note");
  await expect(note).toBeVisible();
  await expect(note).toContainText(vi.map.territory.hoangSa);
  await expect(note).toContainText(vi.map.territory.truongSa);
  // Their labels are still in the layer, ready when the reader zooms out.
  expect(await labelTexts(page, "explorer")).toEqual(expect.arrayContaining([vi.map.territory.hoangSa, vi.map.territory.truongSa]));
});

/**
 * Where the programme worked:
 * whatever indicator is chosen, the explorer map outlines the areas of the programme's phases
 * active in the period, says so in its legend, and names them in the canvas's description.
 *
 * An outline is a 2-px line on a border, which a pixel read cannot hit reliably; the test reads
 * the deck.gl layer (from the Deck that @deck.gl/mapbox keeps on the map) and the text a screen
 * reader gets, which both fail when the outline goes.
 */
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { shapeOf } from "./areas";
import { expect, test, waitForMap, type Page } from "./fixtures";

const MAP = "explorer";
const CAN_LOC = "pre2025:443";
const HAM_YEN = "pre2025:074";

/** The text the map canvas is described by (its description and the legend's text). */
async function canvasDescription(page: Page): Promise<string> {
  const canvas = page.locator(`[data-map-id="${MAP}"] canvas.maplibregl-canvas`);
  const ids = ((await canvas.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  expect(ids.length, "the canvas is described").toBeGreaterThan(0);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(" ");
}

/** How many shapes the deck.gl layer `id` draws; null when the map has no such layer. @deck.gl/mapbox keeps its Deck on the map as `__deck`. */
async function deckLayerShapes(page: Page, id: string): Promise<number | null> {
  return page.evaluate((layerId) => {
    interface DeckLayer {
      id: string;
      props: { data?: unknown };
    }
    const maps = (window as unknown as { __atlas?: { maps: Record<string, { __deck?: { props: { layers?: (DeckLayer | null)[] } } } | undefined> } }).__atlas?.maps ?? {};
    const layer = (maps["explorer"]?.__deck?.props.layers ?? []).find((l) => l?.id === layerId);
    return layer === undefined || layer === null ? null : Array.isArray(layer.props.data) ? layer.props.data.length : 0;
  }, id);
}

test("the explorer outlines the programme's areas whatever the indicator, with a legend key", async ({ page }) => {
  // The areas the test expects must have outlines in the shipped boundaries.
  shapeOf(CAN_LOC);
  shapeOf(HAM_YEN);
  await page.goto("/");
  await waitForMap(page, MAP);
  const key = page.locator(`[data-map-id="${MAP}"] [data-legend-programme-areas]`);
  await expect(key).toBeVisible();
  await expect(key).toHaveText(vi.map.legend.programmeAreas);
  // At least the four TMSV3 districts, Hà Tĩnh and Hàm Yên.
  expect(await deckLayerShapes(page, `${MAP}-programme`), "shapes in the programme-areas layer").toBeGreaterThanOrEqual(6);
  const description = await canvasDescription(page);
  for (const name of ["Can Lộc", "Nghi Xuân", "Hàm Yên", "Hà Tĩnh"]) expect(description, `the description names ${name}`).toContain(name);
});

test("the programme's areas follow the period", async ({ page }) => {
  // Hàm Yên's training ran in the first half of 2023 only.
  await page.goto("/?per=2024-2025");
  await waitForMap(page, MAP);
  const description = await canvasDescription(page);
  expect(description).toContain("Can Lộc");
  expect(description).not.toContain("Hàm Yên");
});

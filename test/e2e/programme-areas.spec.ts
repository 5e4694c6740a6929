/**
 * Where each programme worked: whatever indicator is chosen, the explorer map outlines the areas
 * of the phases active in the period, one outline and one legend key per programme (the Hàm Yên
 * training is not TMSV and must not share its outline), and names them in the canvas's description.
 *
 * An outline is a line on a border, which a pixel read cannot hit reliably; the test reads the
 * map's MapLibre layers and their sources and the text a screen reader gets, which both fail
 * when an outline goes or moves to another programme.
 */
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { shapeOf } from "./areas";
import { expect, test, waitForMap } from "./fixtures";
import { canvasDescription, mapLayers } from "./programmeMap";
import { checkPartnerPreview } from "./partnerPreview";
import { checkPublishedPartners, routePublishedPartners } from "./publishedPartners";

const MAP = "explorer";
const CAN_LOC = "pre2025:443";
const HAM_YEN = "pre2025:074";

test("the explorer outlines each programme's areas in its own outline, with a legend key each", async ({ page }) => {
  // The areas the test expects must have outlines in the shipped boundaries.
  shapeOf(CAN_LOC);
  shapeOf(HAM_YEN);
  // The manifest lists a partner file (a test fixture): published records load after the map (publishedPartners.ts).
  await routePublishedPartners(page);
  await page.goto("/");
  await waitForMap(page, MAP);
  const keys = page.locator(`[data-map-id="${MAP}"] [data-legend-programme-areas]`);
  await expect(keys).toHaveCount(3);
  expect(await keys.evaluateAll((els) => els.map((e) => e.getAttribute("data-legend-programme-areas")))).toEqual(["tmsv", "iom-ht-livelihoods", "hamyen-vet"]);
  const colours = await keys.evaluateAll((els) => els.map((e) => e.getAttribute("data-colour")));
  expect(new Set(colours).size, "each programme has its own colour").toBe(3);
  await expect(keys.nth(2)).toContainText("Hàm Yên");
  for (const key of await keys.all()) await expect(key).not.toHaveText(vi.map.controls.allProgrammes);
  // TMSV: Quảng Bình (2019–2022), Bố Trạch + Đồng Hới (pilot), the four TMSV3 districts; IOM: Hà Tĩnh; Hàm Yên alone.
  expect(await mapLayers(page, `${MAP}-programme-`)).toEqual({
    [`${MAP}-programme-tmsv`]: 6,
    [`${MAP}-programme-iom-ht-livelihoods`]: 1,
    [`${MAP}-programme-hamyen-vet`]: 1,
  });
  const description = await canvasDescription(page);
  for (const name of ["Can Lộc", "Nghi Xuân", "Hàm Yên", "Hà Tĩnh"]) expect(description, `the description names ${name}`).toContain(name);
  // Hàm Yên is named under its own programme, not among TMSV's areas.
  const tmsvSentence = description.split(". ").find((s) => s.includes("(TMSV)") && s.includes("Can Lộc")) ?? "";
  expect(tmsvSentence).not.toContain("Hàm Yên");
  // On the same drawn map: the published partner records, then a partner's previewed records, in an outline and key of their own (partnerPreview.ts).
  await checkPublishedPartners(page);
  await checkPartnerPreview(page);
});

test("the programmes' areas follow the period", async ({ page }) => {
  // Hàm Yên's training ran in the first half of 2023 only.
  await page.goto("/?per=2024-2025");
  await waitForMap(page, MAP);
  const description = await canvasDescription(page);
  expect(description).toContain("Can Lộc");
  expect(description).not.toContain("Hàm Yên");
  expect(Object.keys(await mapLayers(page, `${MAP}-programme-`))).not.toContain(`${MAP}-programme-hamyen-vet`);
});

/**
 * A partner previews its own file (src/ui/PartnerPreview.tsx): a valid file's records appear in
 * the table and on the map, labelled as the partner's preview; a file with a problem shows the
 * line, column and what to do, and nothing of it (or of the file before) stays shown. The file
 * is checked in a worker and never sent: after the drop the page asks its own server for code
 * only. Run on a page whose explorer map has already drawn (programme-areas.spec.ts calls it):
 * the map's first draw is the expensive part on SwiftShader, and is paid once.
 */
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { expect, requestsMade, test, type Page } from "./fixtures";
import { mapLayers } from "./programmeMap";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Pixels of the map canvas within a few units of the partner's sky blue (src/map/palette.ts, PARTNER_COLOUR). */
async function partnerPixels(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('[data-map-id="explorer"] canvas').first().screenshot({ animations: "disabled" }));
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs((png.data[i] ?? 0) - 86) <= 14 && Math.abs((png.data[i + 1] ?? 0) - 180) <= 14 && Math.abs((png.data[i + 2] ?? 0) - 233) <= 14) n += 1;
  }
  return n;
}

/** Drops a valid partner file, then one with problems, on the explorer (its map already drawn). */
export async function checkPartnerPreview(page: Page): Promise<void> {
  // Two files checked in a worker and two redraws of the map on SwiftShader, on top of the calling test.
  test.info().setTimeout(test.info().timeout + 45_000);
  const panel = page.getByTestId("partner-preview");
  await expect(panel.getByRole("heading", { name: vi.partner.title })).toBeVisible();
  await expect(panel.getByRole("link", { name: vi.partner.templateVi })).toHaveAttribute("href", "partner-template-vi.csv");
  expect(await partnerPixels(page)).toBeLessThan(5);
  const asked = requestsMade(page).length;

  await panel.locator('input[type="file"]').setInputFiles(fixture("partner-valid.csv"));
  const label = vi.partner.label.replace("{{name}}", "Đối tác kiểm thử");
  const table = page.getByTestId("partner-table");
  await expect(table.locator("caption")).toHaveText(label);
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table.locator("tbody tr").first()).toContainText("Huyện Bố Trạch");
  await expect(page.getByTestId("partner-map-key")).toContainText(label);
  // Bố Trạch and Hàm Yên, each outlined and marked: one outline layer and one mark layer, two shapes each.
  await expect.poll(() => mapLayers(page, "explorer-partner-")).toEqual({ "explorer-partner-outline": 2, "explorer-partner-marks": 2 });
  await expect.poll(() => partnerPixels(page), { timeout: 30_000 }).toBeGreaterThan(40);
  // The programme's table is untouched: the partner's records are never among its rows.
  await expect(page.locator("table.figures-table").getByText("Tệp kiểm thử", { exact: false })).toHaveCount(0);

  await panel.locator('input[type="file"]').setInputFiles(fixture("partner-invalid.csv"));
  const problems = page.getByTestId("partner-problems");
  await expect(problems).toContainText("Dòng 3, cột value");
  // In the reader's language (Vietnamese here), not the command line's English (src/i18n/partnerProblems.ts).
  await expect(problems).toContainText('"1.234,5" dùng "." để tách hàng nghìn và "," cho phần thập phân — ghi 1234.5');
  await expect(problems).toContainText("Dòng 3, cột area_name");
  await expect(problems.locator("li")).toHaveCount(2);
  // Nothing half-loaded: neither the refused file's good row nor the previous file's records.
  await expect(page.getByTestId("partner-table")).toHaveCount(0);
  await expect(page.getByTestId("partner-map-key")).toHaveCount(0);
  await expect.poll(() => mapLayers(page, "explorer-partner-")).toEqual({});
  await expect.poll(() => partnerPixels(page), { timeout: 30_000 }).toBeLessThan(5);
  await panel.getByRole("button", { name: vi.partner.clear }).click();
  await expect(page.getByTestId("partner-problems")).toHaveCount(0);
  await expect(panel.locator('[role="status"]')).toBeEmpty();

  // Nothing left the browser: after the first drop the page fetched only its own code, and started
  // the inlined worker from memory (blob:); no request carried a body.
  const after = requestsMade(page).slice(asked);
  const sent = after.filter((r) => r.method() !== "GET" || r.postData() !== null || !(new URL(r.url()).protocol === "blob:" || new URL(r.url()).pathname.endsWith(".js")));
  expect(sent.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  expect(after.some((r) => r.url().startsWith("blob:"))).toBe(true);
}

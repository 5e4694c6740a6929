/**
 * Published partners' records (src/ui/PublishedPartners.tsx): when the manifest lists a
 * partnerRecords file, the explorer shows its records after the first map, labelled as the
 * partner's (published, not a preview), on the map in their own colour and in a table with each
 * record's source, and never among the programme's figures.
 *
 * The committed data may have no partner file, so the page's manifest is routed to list one:
 * test/fixtures/partner_records.fixture.json, a TEST FIXTURE of invented records (its partner,
 * publisher and quotes say so), served only to this test and never written to public/data.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vi from "../../src/i18n/locales/vi.json" with { type: "json" };
import { expect, type Page } from "./fixtures";
import { mapLayers } from "./programmeMap";

const FIXTURE = readFileSync(fileURLToPath(new URL("../fixtures/partner_records.fixture.json", import.meta.url)));
const FIXTURE_PATH = "partner_records.test-fixture.json";
const PARTNER = "Đối tác giả lập (tệp kiểm thử)";

/** Lists the fixture in the manifest the page gets, with its true sha256 (the app checks it), and serves it. */
export async function routePublishedPartners(page: Page): Promise<void> {
  await page.route("**/data/manifest.json", async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { files: { path: string; role: string; sha256: string; bytes: number }[] };
    manifest.files = manifest.files.filter((f) => f.role !== "partnerRecords");
    manifest.files.push({ path: FIXTURE_PATH, role: "partnerRecords", sha256: createHash("sha256").update(FIXTURE).digest("hex"), bytes: FIXTURE.length });
    await route.fulfill({ response, json: manifest });
  });
  await page.route(`**/data/${FIXTURE_PATH}`, (route) => route.fulfill({ status: 200, contentType: "application/json", body: FIXTURE }));
}

/** On a page routed by routePublishedPartners whose explorer map has drawn (before 1 July 2025, the default). */
export async function checkPublishedPartners(page: Page): Promise<void> {
  const label = vi.partner.published.label.replace("{{name}}", PARTNER);
  const section = page.getByTestId("published-partners");
  await expect(section.getByRole("heading", { name: vi.partner.published.title })).toBeVisible();
  const table = page.getByTestId("published-partner-table");
  // Published: "Đối tác: NAME", without the preview's "(xem trước, chưa công bố)".
  await expect(table.locator("caption")).toHaveText(label);
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  // Each record's source: publisher (linked to its address), date and quote.
  await expect(rows.first()).toContainText("Huyện Bố Trạch");
  await expect(rows.first().getByRole("link", { name: "Tệp kiểm thử, không phải nguồn thật" })).toHaveAttribute("href", "https://example.org/test-fixture");
  await expect(rows.first()).toContainText("TỆP KIỂM THỬ, số liệu giả: 9 trường hợp.");
  // The 2025 province lies in no single unit before 1 July 2025: kept with its own unit, by the carry rule.
  await expect(rows.nth(1)).toContainText(vi.partner.kept);
  // On the map: layers of their own (not the preview's), on Bố Trạch and on the kept 2025 province, and a key that links to the table.
  await expect.poll(() => mapLayers(page, "explorer-published-partner-")).toEqual({ "explorer-published-partner-outline": 2, "explorer-published-partner-marks": 2 });
  expect(await mapLayers(page, "explorer-partner-")).toEqual({});
  const key = page.getByTestId("published-partner-map-key");
  await expect(key).toContainText(label);
  await expect(key).not.toContainText(vi.partner.label.replace("{{name}}", PARTNER));
  await key.getByRole("link").click();
  await expect(page).toHaveURL(/#published-partners$/);
  // Never among the programme's figures.
  await expect(page.locator("table.figures-table").getByText("kiểm thử", { exact: false })).toHaveCount(0);
  // Stop intercepting: Chromium reports no blob: requests (the preview's worker) while requests are routed.
  await page.unrouteAll({ behavior: "wait" });
}

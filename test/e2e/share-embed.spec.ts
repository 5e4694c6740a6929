/**
 * Share, embed and download, on the built app, in few page loads:
 * 1. the explorer with a classification method from the link: the share link carries what is
 *    seen (a changed method included) and reopens it; the CSV and PNG downloads; the snippets;
 *    the compare view's layout and handle through a share link;
 *    (one reload checks both round trips);
 * 2. a partner page on a second loopback origin pastes both snippets (map in a 320 px column,
 *    chart in a wide one): both draw, both frames take their content's height, messages of the
 *    wrong source or shape change nothing, no request leaves the two origins, and axe-core finds
 *    nothing serious in the embeds.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "csv-parse/sync";
import { PNG } from "pngjs";
import { axeCheck, expect, parseColour, serveChangedDataFile, test, waitForMap, type Page } from "./fixtures";

interface FiguresJson {
  observations: { id: string; indicatorId: string; quote: string }[];
}

const INDICATOR = "cases_supported";
const QUOTE_WITH_BREAK = 'Hỗ trợ tái hòa nhập, "sinh kế" cho nạn nhân\nvà gia đình (câu thử).';
const QUOTE_FORMULA = "=1+1 trường hợp (câu thử)";
const figures = JSON.parse(readFileSync(new URL("../../public/data/figures.json", import.meta.url), "utf8")) as FiguresJson;
const shown = figures.observations.filter((o) => o.indicatorId === INDICATOR);

test.describe.configure({ mode: "serial" });

let snippets: { map: string; chart: string } | null = null;

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path) };
}

async function shareUrl(page: Page): Promise<string> {
  const link = page.locator("[data-share=link]");
  await link.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  return page.locator("[data-share-url]").inputValue();
}

test("share link, CSV and image of the explorer; compare layout and handle through a link", async ({ page }) => {
  test.setTimeout(180_000);
  // Two of the shown figures get quotes that test the CSV: a comma, quotes and a line break; a leading "=".
  expect(shown.length).toBeGreaterThanOrEqual(2);
  await serveChangedDataFile<FiguresJson>(page, "figures.json", (json) => {
    for (const o of json.observations) {
      if (o.id === shown[0]!.id) o.quote = QUOTE_WITH_BREAK;
      if (o.id === shown[1]!.id) o.quote = QUOTE_FORMULA;
    }
    return json;
  });
  await page.goto(`/?ind=${INDICATOR}&sym=choropleth&cls=equal-interval`);
  await waitForMap(page, "explorer");

  // The method came from the link; changing it changes the link.
  const method = page.getByLabel("Phân nhóm", { exact: true });
  await expect(method).toHaveValue("equal-interval");
  await method.selectOption("natural-breaks");
  const url = await shareUrl(page);
  expect(new URL(url).searchParams.get("cls")).toBe("natural-breaks");
  expect(new URL(url).searchParams.get("ind")).toBe(INDICATOR);
  expect(new URL(url).searchParams.get("sym")).toBe("choropleth");

  // CSV: BOM, header, one row per figure, Vietnamese and the awkward quote intact, "=" made inert.
  await page.locator("[data-share=download] summary").click();
  const csv = await downloaded(page, () => page.locator("[data-download=csv]").click());
  expect(csv.name).toMatch(/^results-atlas_[\w.-]+_explorer-map_\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parse(csv.body.toString("utf8").slice(1), { columns: true }) as Record<string, string>[];
  expect(records.map((r) => r.observation_id)).toEqual(shown.map((o) => o.id));
  expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining(["area_code", "area_name", "boundaries", "programme", "indicator", "unit", "period_start", "value", "qualifier", "conflict_group", "source_publisher", "source_date", "source_url", "quote", "quote_language", "translation"]));
  expect(records[0]!.quote).toBe(QUOTE_WITH_BREAK);
  expect(records[1]!.quote).toBe(`'${QUOTE_FORMULA}`);
  expect(records.every((r) => r.source_publisher !== "" && r.source_date !== undefined)).toBe(true);

  // PNG at 1× and 2×: decodes, map width plus margins, not blank, holds the legend's class colours.
  const legendColours = await page.locator("[data-map-id=explorer] .atlas-legend [data-legend-class]").evaluateAll((els) => els.map((e) => e.getAttribute("data-colour") ?? ""));
  expect(legendColours.length).toBeGreaterThan(0);
  const canvasWidth = await page.locator("[data-map-id=explorer] canvas").first().evaluate((c) => c.clientWidth);
  const png1 = PNG.sync.read((await downloaded(page, () => page.locator("[data-download=png]").click())).body);
  expect(png1.width).toBe(canvasWidth + 32);
  const colours = new Set<number>();
  for (let i = 0; i < png1.data.length; i += 4 * 7) colours.add(png1.data.readUInt32BE(i));
  expect(colours.size).toBeGreaterThan(50);
  const has = (png: PNG, css: string) => {
    const [r, g, b] = parseColour(css);
    for (let i = 0; i < png.data.length; i += 4) if (Math.abs(png.data[i]! - r) <= 3 && Math.abs(png.data[i + 1]! - g) <= 3 && Math.abs(png.data[i + 2]! - b) <= 3) return true;
    return false;
  };
  for (const c of legendColours) expect(has(png1, c), `legend colour ${c} in the PNG`).toBe(true);
  const png2 = PNG.sync.read((await downloaded(page, () => page.locator("[data-download=png2]").click())).body);
  expect(png2.width).toBe(png1.width * 2);
  expect(png2.height).toBe(png1.height * 2);

  // The embed snippets, as a partner copies them: the map, and the trend chart.
  await page.locator("[data-share=embed] summary").click();
  const snippet = page.locator("[data-embed-snippet]");
  const map = await snippet.inputValue();
  await page.getByLabel(/Phần cần nhúng|Part of the view/).selectOption("chart");
  const chart = await snippet.inputValue();
  expect(map).toMatch(/^<iframe src="[^"]+embed=1[^"]*" title="[^"]+" loading="lazy" width="100%" height="\d+"[^>]*><\/iframe>\n<script src="[^"]+\/embed\.js" async><\/script>$/);
  expect(chart).toContain("part=chart");
  snippets = { map, chart };

  // Compare: the swipe layout with its handle at 27.5 %, through the share link (set through the
  // store, as dragging would; the drag itself is compare.spec.ts's).
  await page.getByRole("link", { name: "Trước – sau" }).click();
  await page.evaluate(() => {
    const store = (window as unknown as { __atlas: { store: { getState(): { setSwipe(n: number): void; setCompareMode(m: string): void } } } }).__atlas.store;
    store.getState().setCompareMode("swipe");
    store.getState().setSwipe(27.5);
  });
  const compareUrl = await shareUrl(page);
  expect(new URL(compareUrl).searchParams.get("view")).toBe("compare");
  expect(new URL(compareUrl).searchParams.get("sw")).toBe("27.5");
  await page.goto(compareUrl);
  await expect(page.getByRole("slider").first()).toHaveAttribute("aria-valuenow", "28");
});

test("a partner page on another origin embeds a map and a chart that draw, resize and stay on their origin", async ({ browser, baseURL }) => {
  test.skip(snippets === null, "needs the snippets copied in the test above");
  test.setTimeout(180_000);
  const appOrigin = new URL(baseURL ?? "http://127.0.0.1:4173").origin;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title></head>
<body><main><h1>Partner page</h1>
<div id="narrow" style="width:320px">${snippets!.map}</div>
<div id="wide" style="width:900px">${snippets!.chart}</div>
</main></body></html>`;
  // "localhost" and 127.0.0.1 are two origins for the browser.
  const server: Server = createServer((_req, res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const hostOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const foreign: string[] = [];
  const errors: string[] = [];
  context.on("request", (r) => {
    const u = r.url();
    if (u.startsWith("data:") || u.startsWith("blob:")) return;
    const o = new URL(u).origin;
    if (o !== appOrigin && o !== hostOrigin) foreign.push(u);
  });
  try {
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(hostOrigin);
    const mapFrame = page.frameLocator("#narrow iframe");
    const chartFrame = page.frameLocator("#wide iframe");
    await mapFrame.locator('[data-map-ready="true"]').waitFor({ timeout: 90_000 });
    await chartFrame.locator("svg.trend-chart__svg").first().waitFor({ timeout: 60_000 });

    // The map drew: its canvas has many colours.
    const box = (await mapFrame.locator("canvas").first().boundingBox())!;
    const shot = PNG.sync.read(await page.screenshot({ clip: box }));
    const colours = new Set<number>();
    for (let i = 0; i < shot.data.length; i += 4 * 5) colours.add(shot.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(20);

    // Both frames take their content's height (the host script), not the snippet's fixed one.
    for (const id of ["#narrow", "#wide"]) {
      const frame = page.locator(`${id} iframe`);
      // Chromium pauses rendering (and so resize observers) in a cross-origin frame out of view.
      await frame.scrollIntoViewIfNeeded();
      const content = await page.frameLocator(`${id} iframe`).locator(".embed").evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
      await expect.poll(async () => Math.round((await frame.boundingBox())!.height)).toBe(content);
    }

    // Messages of another source or shape change nothing.
    const chartIframe = page.locator("#wide iframe");
    const before = await chartIframe.evaluate((f) => (f as HTMLIFrameElement).style.height);
    await page.evaluate(() => window.postMessage({ type: "results-atlas:resize", version: 1, height: 77 }, "*"));
    const chartWindow = page.frames().find((f) => f.url().includes("part=chart"))!;
    await chartWindow.evaluate(() => {
      parent.postMessage({ type: "results-atlas:resize", height: 66 }, "*");
      parent.postMessage({ type: "results-atlas:resize", version: 1, height: 55, extra: 1 }, "*");
      parent.postMessage("results-atlas:resize 44", "*");
    });
    await page.waitForTimeout(300);
    expect(await chartIframe.evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe(before);

    await axeCheck(page);
    expect(foreign, "requests to an origin other than the app's and the host's").toEqual([]);
    expect(errors, "console errors").toEqual([]);
  } finally {
    await context.close();
    server.close();
  }
});

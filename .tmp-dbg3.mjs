import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--use-angle=swiftshader","--enable-unsafe-swiftshader"] });
const page = await b.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(process.argv[2]);
await page.waitForTimeout(10000);
console.log(await page.evaluate(() => [...document.querySelectorAll(".atlas-map, .atlas-map__canvas, .maplibregl-canvas, .maplibregl-control-container, .maplibregl-ctrl-top-right, #deckgl-overlay, canvas")].map((e) => { const r = e.getBoundingClientRect(); const cs = getComputedStyle(e); return `${e.tagName}.${e.className} ${r.x|0},${r.y|0} ${r.width|0}x${r.height|0} pos=${cs.position} vis=${cs.visibility} disp=${cs.display} op=${cs.opacity}`; }).join("\n")));
await b.close();

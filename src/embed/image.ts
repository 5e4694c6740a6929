/**
 * A picture of a view that stands alone in a report: title, period, the map or chart, its
 * legend, the source line, the boundary credits and the data version, in one SVG (charts
 * download it as is) rasterised to PNG at 1× or 2×. Loaded only when a reader asks for an image.
 *
 * What is drawn is read from the page as it is: the map's WebGL canvas (snapshot.ts; its
 * archipelago labels are drawn on it), the national map's and charts' SVG (with the computed
 * styles written onto the copy, since the page's stylesheet does not travel with it), and the
 * legend's colour keys (each item's data-colour, or its swatch's background).
 */
import type { Map as MaplibreMap } from "maplibre-gl";
import type { ViewCaption } from "./caption";
import type { EmbedPart } from "./links";
import { labelsDrawn, snapshotMap } from "./snapshot";

export interface ViewImageRequest {
  part: EmbedPart;
  caption: ViewCaption;
  format: "png" | "svg";
  /** 1 or 2: the PNG's pixels per CSS pixel. */
  scale: number;
  /** The region holding the picture (the map's .atlas-map, the chart's figures, the national map). */
  root: HTMLElement | null;
  maps: readonly MaplibreMap[];
}

interface LegendKey {
  colour: string;
  label: string;
}

const PAD = 16;
const FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
const TEXT = "#111827";
const SVG_NS = "http://www.w3.org/2000/svg";

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}

/** Splits text into lines of at most about `width` px at `size` px (an average glyph is ~0.55 em). */
export function wrapText(text: string, width: number, size: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * 0.55)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The legend's colour keys as shown on the page. */
export function legendKeys(root: ParentNode): LegendKey[] {
  const keys: LegendKey[] = [];
  const items = root.querySelectorAll<HTMLElement>(".atlas-legend li, .trend-key li, .national__legend li");
  for (const li of items) {
    const label = (li.textContent ?? "").replace(/\s+/g, " ").trim();
    const swatch = li.querySelector<HTMLElement>("span");
    const background = swatch === null ? "" : getComputedStyle(swatch).backgroundColor;
    const colour = li.dataset.colour ?? (background !== "" && background !== "rgba(0, 0, 0, 0)" ? background : "");
    if (label !== "" && colour !== "") keys.push({ colour, label });
  }
  return keys;
}

const STYLE_PROPS = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity", "opacity", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline", "display", "visibility"];

/** A copy of an SVG element with its computed presentation written on, so it draws alike on its own. */
function standaloneSvg(svg: SVGSVGElement, x: number, y: number, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll("*")];
  const to = [copy, ...copy.querySelectorAll("*")];
  from.forEach((el, i) => {
    const target = to[i];
    if (target === undefined) return;
    const cs = getComputedStyle(el);
    // Presentation attributes, not a style attribute: the page's Content-Security-Policy forbids
    // inline styles, and the copy needs none.
    for (const p of STYLE_PROPS) {
      const value = cs.getPropertyValue(p);
      if (value !== "") target.setAttribute(p, value);
    }
    target.removeAttribute("style");
    target.removeAttribute("class");
  });
  copy.querySelectorAll("title").forEach((t) => t.remove());
  copy.setAttribute("x", String(x));
  copy.setAttribute("y", String(y));
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  if (!copy.hasAttribute("viewBox")) copy.setAttribute("viewBox", `0 0 ${svg.clientWidth || width} ${svg.clientHeight || height}`);
  copy.setAttribute("xmlns", SVG_NS);
  return new XMLSerializer().serializeToString(copy);
}

/** Takes each map's picture at `scale` pixels per CSS pixel, then puts the map back as it was. */
function mapPictures(maps: readonly MaplibreMap[], scale: number): { href: string; width: number; height: number }[] {
  return maps.map((map) => {
    const canvas = map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const ratio = map.getPixelRatio();
    if (ratio !== scale) map.setPixelRatio(scale);
    try {
      return { href: snapshotMap(map), width, height };
    } finally {
      if (ratio !== scale) {
        map.setPixelRatio(ratio);
        map.triggerRepaint();
      }
    }
  });
}

class Writer {
  parts: string[] = [];
  y = PAD;
  constructor(readonly width: number) {}
  text(text: string, size: number, weight = 400, colour = TEXT): void {
    for (const line of wrapText(text, this.width - 2 * PAD, size)) {
      this.y += size * 1.3;
      this.parts.push(`<text x="${PAD}" y="${this.y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(line)}</text>`);
    }
  }
  gap(px: number): void {
    this.y += px;
  }
  legend(keys: readonly LegendKey[]): void {
    let x = PAD;
    const size = 12;
    this.y += 6;
    const room = this.width - 2 * PAD - 18;
    for (const key of keys) {
      // A key too long for the rest of the row starts a row of its own, wrapped to the width.
      const lines = wrapText(key.label, room, size);
      const w = 18 + Math.max(...lines.map((l) => l.length)) * size * 0.55 + 14;
      if (x > PAD && (lines.length > 1 || x + w > this.width - PAD)) {
        x = PAD;
        this.y += 20;
      }
      this.parts.push(`<rect x="${x}" y="${this.y}" width="14" height="14" fill="${escapeXml(key.colour)}" stroke="#4b5563" stroke-width="0.5" data-legend-key=""/>`);
      lines.forEach((line, i) => {
        this.parts.push(`<text x="${x + 18}" y="${this.y + 11 + i * size * 1.3}" font-size="${size}" fill="${TEXT}">${escapeXml(line)}</text>`);
      });
      if (lines.length > 1) {
        this.y += (lines.length - 1) * size * 1.3;
        x = this.width;
      } else x += w;
    }
    this.y += 20;
  }
}

/** The picture as an SVG document, and its size in CSS pixels. */
export function composeSvg(req: ViewImageRequest): { svg: string; width: number; height: number } {
  const root = req.root;
  if (root === null) throw new Error("no picture in this view");
  const pictures = req.maps.length > 0 ? mapPictures(req.maps, req.scale) : [];
  const width = Math.round(
    pictures.length > 0 ? pictures.reduce((w, p) => w + p.width, 0) + 2 * PAD + (pictures.length - 1) * 8 : Math.min(1400, Math.max(480, root.getBoundingClientRect().width)),
  );
  const w = new Writer(width);
  w.text(req.caption.title, 20, 700);
  w.text(req.caption.period, 13);
  w.gap(8);
  const inner = width - 2 * PAD;
  if (pictures.length > 0) {
    let x = PAD;
    const top = w.y;
    for (const p of pictures) {
      w.parts.push(`<image x="${x}" y="${top}" width="${p.width}" height="${p.height}" href="${p.href}" preserveAspectRatio="none" data-map-picture=""/>`);
      x += p.width + 8;
    }
    w.y = top + Math.max(...pictures.map((p) => p.height));
  } else {
    const svgs = [...root.querySelectorAll<SVGSVGElement>(req.part === "chart" ? "svg.trend-chart__svg" : "svg")].filter((s) => s.getBoundingClientRect().width > 0);
    if (svgs.length === 0) throw new Error("no picture in this view");
    const titles = req.part === "chart" ? [...root.querySelectorAll("figure")].map((f) => f.querySelector("h3")?.textContent ?? "") : [];
    svgs.forEach((svg, i) => {
      const box = svg.getBoundingClientRect();
      const scale = Math.min(1, inner / box.width);
      const title = titles[i];
      if (title !== undefined && title !== "") w.text(title, 14, 700);
      w.gap(4);
      w.parts.push(standaloneSvg(svg, PAD, w.y, box.width * scale, box.height * scale));
      w.y += box.height * scale + 8;
    });
  }
  // Proportional symbols: the legend's nested circles, as drawn on the page.
  const symbols = root.querySelector<SVGSVGElement>(".atlas-legend__symbols");
  if (symbols !== null && symbols.getBoundingClientRect().width > 0) {
    const box = symbols.getBoundingClientRect();
    w.gap(6);
    w.parts.push(standaloneSvg(symbols, PAD, w.y, box.width, box.height));
    w.y += box.height;
  }
  w.legend(legendKeys(root));
  w.text(req.caption.sources, 12);
  if (req.caption.credits !== "") w.text(req.caption.credits, 11, 400, "#374151");
  if (req.caption.version !== "") w.text(req.caption.version, 11, 400, "#374151");
  const height = Math.ceil(w.y + PAD);
  const svg = [
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...w.parts,
    "</svg>",
  ].join("\n");
  return { svg, width, height };
}

/** The picture as a file: SVG as composed, or PNG at `scale` pixels per CSS pixel. */
export async function viewImage(req: ViewImageRequest): Promise<Blob> {
  await labelsDrawn(req.maps);
  const { svg, width, height } = composeSvg(req);
  if (req.format === "svg") return new Blob([svg], { type: "image/svg+xml" });
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * req.scale);
  canvas.height = Math.round(height * req.scale);
  const ctx = canvas.getContext("2d");
  if (ctx === null) throw new Error("no 2D canvas");
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b === null ? reject(new Error("PNG encoding failed")) : resolve(b)), "image/png"));
}

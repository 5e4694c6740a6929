/**
 * Share links, embed options and the embed snippet (pure; no DOM).
 *
 * An embed is the atlas's own address with `embed=1`: the view parameters (src/store/url.ts)
 * say what is shown, and these say how it is embedded:
 *
 *   embed=1        show one view, with its title, legend, period, source line and credits
 *   part=map|chart|profile   which part of the explorer (default map); compare and national
 *                  views are shown whole
 *   controls=0     hide the view's own controls (indicator, mode …), keep the picture
 *
 * A value that is not understood falls back to the default, and the embed says so in a note.
 */
import { VIEW_PARAMS } from "../store/url";
import type { ViewName } from "../store";

export const EMBED_PARAMS = ["embed", "part", "controls"] as const;
export type EmbedPart = "map" | "chart" | "profile" | "compare" | "national";
export const EXPLORER_PARTS: readonly EmbedPart[] = ["map", "chart", "profile"];

export interface EmbedOptions {
  /** `embed=1`: only the view, no header, navigation or footer. */
  embed: boolean;
  part: EmbedPart;
  controls: boolean;
  /** Embed parameters whose value was not understood (the default was used). */
  rejected: string[];
}

/** The embed options of a query string, for a view of the given screen. */
export function parseEmbedOptions(search: string, view: ViewName): EmbedOptions {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  const embedRaw = params.get("embed");
  const embed = embedRaw !== null && embedRaw !== "0";
  if (embedRaw !== null && embedRaw !== "0" && embedRaw !== "1") rejected.push("embed");
  let part: EmbedPart = view === "explorer" ? "map" : view;
  const partRaw = params.get("part");
  if (partRaw !== null && view === "explorer") {
    const known = EXPLORER_PARTS.find((p) => p === partRaw);
    if (known === undefined) rejected.push("part");
    else part = known;
  }
  const controlsRaw = params.get("controls");
  if (controlsRaw !== null && controlsRaw !== "0" && controlsRaw !== "1") rejected.push("controls");
  return { embed, part, controls: controlsRaw !== "0", rejected };
}

/** The address of the page, with the view's query and without the embed's own options or a fragment. */
export function fullAtlasUrl(href: string, viewQuery: string): string {
  const url = new URL(href);
  url.hash = "";
  const others = [...url.searchParams].filter(
    ([k]) => !(VIEW_PARAMS as readonly string[]).includes(k) && !(EMBED_PARAMS as readonly string[]).includes(k),
  );
  const rest = new URLSearchParams(others).toString();
  url.search = [viewQuery, rest].filter((p) => p !== "").join("&");
  return url.toString();
}

/** The embed address of a view: the full address with embed=1 and its part. */
export function embedUrl(href: string, viewQuery: string, part: EmbedPart, view: ViewName): string {
  const url = new URL(fullAtlasUrl(href, viewQuery));
  url.searchParams.set("embed", "1");
  if (view === "explorer" && part !== "map") url.searchParams.set("part", part);
  // URLSearchParams writes "," and ":" escaped; the view's own writer keeps them readable.
  return url.toString().replace(/%2C/gi, ",").replace(/%3A/gi, ":");
}

/** Height (px) an embed starts at before the host script sets its content height. */
export const EMBED_HEIGHTS: Record<EmbedPart, number> = { map: 560, chart: 480, profile: 520, compare: 640, national: 640 };

function escapeAttribute(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The host script's address: `embed.js` beside the page's index.html. */
export function hostScriptUrl(href: string): string {
  const url = new URL("embed.js", href);
  url.search = "";
  url.hash = "";
  return url.toString();
}

/**
 * The snippet a partner pastes: an iframe (titled for screen readers, lazy, full width, a
 * fixed height that works without the script) and the one script tag that sizes it to its content.
 */
export function embedSnippet(src: string, title: string, height: number, scriptSrc: string): string {
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" width="100%" height="${height}" style="width:100%;border:0" data-atlas-embed></iframe>`,
    `<script src="${escapeAttribute(scriptSrc)}" async></script>`,
  ].join("\n");
}

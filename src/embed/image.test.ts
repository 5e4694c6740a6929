import { describe, expect, it } from "vitest";
import { resizeMessage } from "./autoHeight";
import { escapeXml, wrapText } from "./image";

describe("wrapText", () => {
  it("keeps every word, in order, on lines no longer than the width allows", () => {
    const text = "Nguồn: Báo Hà Tĩnh (27 tháng 5, 2025); Báo Quảng Trị (tháng 8, 2025); Báo Quảng Bình (17 tháng 7, 2020)";
    const lines = wrapText(text, 200, 12);
    expect(lines.join(" ")).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(Math.floor(200 / (12 * 0.55)));
  });

  it("gives no line for empty text", () => {
    expect(wrapText("  ", 300, 12)).toEqual([]);
  });
});

describe("escapeXml", () => {
  it("escapes what would end a text node or an attribute", () => {
    expect(escapeXml(`A & B <"c"> 'd'`)).toBe("A &amp; B &lt;&quot;c&quot;&gt; &apos;d&apos;");
  });
});

describe("resizeMessage", () => {
  it("has exactly the documented shape, with a whole height", () => {
    expect(resizeMessage(412.3)).toEqual({ type: "results-atlas:resize", version: 1, height: 413 });
  });
});

import { describe, expect, it } from "vitest";
import { i18n } from "./index";
import en from "./locales/en.json";
import vi from "./locales/vi.json";

/** Every leaf key path of a message tree, with plural suffixes removed. */
function keyPaths(tree: unknown, prefix = ""): string[] {
  if (typeof tree !== "object" || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keyPaths(v, prefix === "" ? k : `${prefix}.${k}`));
}
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");

describe("i18n", () => {
  it("starts in Vietnamese", () => {
    expect(i18n.t("app.skipLink")).toBe("Bỏ qua, đến nội dung chính");
  });

  it("translates into English", () => {
    expect(i18n.getFixedT("en")("app.skipLink")).toBe("Skip to main content");
  });

  it("falls back from French to English, then Vietnamese, for a key not yet translated", () => {
    expect(i18n.services.languageUtils.getFallbackCodes(i18n.options.fallbackLng, "fr")).toEqual(["en", "vi"]);
  });

  it("uses English plural forms", () => {
    expect(i18n.getFixedT("en")("table.figures", { count: 1 })).toBe("1 figure");
  });

  it("has every Vietnamese key in English", () => {
    const enKeys = new Set(keyPaths(en).map(base));
    expect(keyPaths(vi).map(base).filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it("has every English key in Vietnamese", () => {
    const viKeys = new Set(keyPaths(vi).map(base));
    expect(keyPaths(en).map(base).filter((k) => !viKeys.has(k))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { StorySlide } from "../schema";
import { slideForKey, slideViewState, storyText } from "./slideView";

const slide: StorySlide = {
  title: { vi: "Tiêu đề", en: "Title" },
  caption: { vi: "Chú thích", en: "Caption" },
  view: "compare",
  vintage: "post2025",
  indicator: "cases_supported",
  selection: ["post2025:44"],
  map: { longitude: 106.4, latitude: 17.5, zoom: 8 },
  compare: "side",
};

describe("slideViewState", () => {
  it("is the slide's view, with defaults for what it does not name and the reader's language", () => {
    const v = slideViewState(slide, "en");
    expect(v).toMatchObject({ lang: "en", view: "compare", vintage: "post2025", indicator: "cases_supported", period: null, programme: null, selection: ["post2025:44"], compareMode: "side", swipe: 50 });
    expect(v.mapView).toEqual({ longitude: 106.4, latitude: 17.5, zoom: 8 });
    expect(slideViewState({ ...slide, map: undefined, vintage: undefined }, "vi")).toMatchObject({ mapView: null, vintage: "pre2025" });
  });
});

describe("storyText", () => {
  it("falls back to English for French", () => {
    expect(storyText(slide.title, "fr")).toBe("Title");
    expect(storyText({ ...slide.title, fr: "Titre" }, "fr")).toBe("Titre");
    expect(storyText(slide.title, "vi")).toBe("Tiêu đề");
  });
});

describe("slideForKey", () => {
  it("maps what clickers send to the next and previous slide, within the story", () => {
    expect(["ArrowRight", "ArrowDown", "PageDown", " "].map((k) => slideForKey(k, 2, 6))).toEqual([3, 3, 3, 3]);
    expect(["ArrowLeft", "ArrowUp", "PageUp"].map((k) => slideForKey(k, 2, 6))).toEqual([1, 1, 1]);
    expect([slideForKey("Home", 4, 6), slideForKey("End", 1, 6)]).toEqual([0, 5]);
    expect([slideForKey("PageDown", 5, 6), slideForKey("PageUp", 0, 6), slideForKey("x", 1, 6)]).toEqual([5, 0, null]);
  });
});

import { describe, expect, it } from "vitest";
import { beforeClipPath, swipeAfterKey, swipeAtPointer } from "./swipe";

describe("swipeAfterKey", () => {
  it.each([
    ["ArrowRight", false, 51],
    ["ArrowUp", false, 51],
    ["ArrowLeft", false, 49],
    ["ArrowDown", false, 49],
    ["ArrowRight", true, 60],
    ["ArrowLeft", true, 40],
    ["PageUp", false, 60],
    ["PageDown", false, 40],
    ["Home", false, 0],
    ["End", false, 100],
  ])("moves %s (shift %s) from 50 to %d", (key, shift, expected) => {
    expect(swipeAfterKey(50, key, shift)).toBe(expected);
  });

  it("stops at the edges", () => {
    expect([swipeAfterKey(95, "ArrowRight", true), swipeAfterKey(3, "ArrowLeft", true)]).toEqual([100, 0]);
  });

  it("ignores other keys", () => {
    expect(swipeAfterKey(50, "a", false)).toBeNull();
  });
});

describe("swipeAtPointer", () => {
  it("turns a pointer position into a percentage of the box", () => {
    expect(swipeAtPointer(350, { left: 100, width: 1000 })).toBe(25);
  });

  it("clamps pointers outside the box", () => {
    expect([swipeAtPointer(0, { left: 100, width: 1000 }), swipeAtPointer(5000, { left: 100, width: 1000 })]).toEqual([0, 100]);
  });
});

describe("beforeClipPath", () => {
  it("shows the left part of the before map up to the handle", () => {
    expect(beforeClipPath(30)).toBe("inset(0 70% 0 0)");
  });
});

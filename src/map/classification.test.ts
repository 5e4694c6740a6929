import { describe, expect, it } from "vitest";
import { classCount, classIndex, classify, classLabels, type ClassificationMethod } from "./classification";

const ALL: ClassificationMethod[] = ["quantile", "equal-interval", "natural-breaks", "fixed"];

describe("classify: degenerate inputs", () => {
  it.each(ALL)("%s: no values give no classes", (method) => {
    const c = classify([], { method });
    expect(classCount(c)).toBe(0);
    expect(classIndex(c, 5)).toBe(-1);
  });

  it.each(["quantile", "equal-interval", "natural-breaks"] as const)("%s: one value gives one class", (method) => {
    const c = classify([140], { method });
    expect(c.bounds).toEqual([140, 140]);
    expect(classIndex(c, 140)).toBe(0);
  });

  it.each(["quantile", "equal-interval", "natural-breaks"] as const)("%s: two distinct values fall in two classes", (method) => {
    const c = classify([135, 663], { method });
    expect(classIndex(c, 135)).not.toBe(classIndex(c, 663));
    expect(classIndex(c, 663)).toBe(classCount(c) - 1);
  });

  it.each(["quantile", "equal-interval", "natural-breaks"] as const)("%s: all-equal values give one class", (method) => {
    const c = classify([7, 7, 7, 7], { method });
    expect(c.bounds).toEqual([7, 7]);
  });

  it("ignores non-finite values", () => {
    expect(classify([Number.NaN, 3, Infinity], { method: "quantile" }).bounds).toEqual([3, 3]);
  });
});

describe("classify: methods", () => {
  it("quantile puts about the same number of values in each class", () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const c = classify(values, { method: "quantile", classes: 5 });
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classIndex(c, v)]! += 1;
    expect(counts).toEqual([2, 2, 2, 2, 2]);
  });

  it("equal-interval splits the range into equal widths", () => {
    const c = classify([0, 100], { method: "equal-interval", classes: 4 });
    expect(c.bounds).toEqual([0, 25, 50, 75, 100]);
  });

  it("natural-breaks separates clusters", () => {
    const c = classify([1, 2, 3, 100, 101, 102], { method: "natural-breaks", classes: 2 });
    expect(c.bounds).toEqual([1, 100, 102]);
  });

  it("natural-breaks asks for no more classes than distinct values", () => {
    const c = classify([5, 5, 9], { method: "natural-breaks", classes: 5 });
    expect(classCount(c)).toBe(2);
  });

  it("fixed keeps the given thresholds even outside the data, starting at 0", () => {
    const c = classify([20, 30], { method: "fixed", fixedBreaks: [10, 50, 100] });
    expect(c.bounds).toEqual([0, 10, 50, 100, 100]);
  });

  it("fixed extends the outer classes to the data's min and max", () => {
    const c = classify([0, 663], { method: "fixed", fixedBreaks: [10, 100] });
    expect(c.bounds).toEqual([0, 10, 100, 663]);
  });
});

describe("classIndex", () => {
  it("gives a reported 0 the lowest class", () => {
    const c = classify([0, 50, 100], { method: "equal-interval", classes: 2 });
    expect(classIndex(c, 0)).toBe(0);
  });

  it("gives a value below a fixed first bound the lowest class", () => {
    const c = classify([20], { method: "fixed", fixedBreaks: [10, 50] });
    expect(classIndex(c, 0)).toBe(0);
  });

  it("puts a value equal to a threshold in the upper class", () => {
    const c = classify([0, 100], { method: "equal-interval", classes: 2 });
    expect(classIndex(c, 50)).toBe(1);
  });

  it("puts the maximum in the last class", () => {
    const c = classify([0, 100], { method: "equal-interval", classes: 2 });
    expect(classIndex(c, 100)).toBe(1);
  });
});

describe("classLabels", () => {
  it("writes ranges and single values", () => {
    const c = { method: "quantile" as const, bounds: [135, 663, 663] };
    expect(classLabels(c, String)).toEqual(["135 – 663", "663"]);
  });

  it("writes the open last class of fixed breaks as ≥", () => {
    const c = classify([20], { method: "fixed", fixedBreaks: [10, 50] });
    expect(classLabels(c, String)).toEqual(["0 – 10", "10 – 50", "≥ 50"]);
  });
});

import { describe, expect, it } from "vitest";
import { formatList, formatRange, formatSourced, formatSourcedValue } from "./compareFormat";

describe("formatRange", () => {
  it("writes a single value", () => {
    expect(formatRange({ min: 140, max: 140, atLeast: false, about: false }, "en")).toBe("140");
  });

  it("writes a conflict as a range with an en dash", () => {
    expect(formatRange({ min: 135, max: 140, atLeast: false, about: false }, "en")).toBe("135–140");
  });

  it("marks a lower bound", () => {
    expect(formatRange({ min: 541, max: 541, atLeast: true, about: false }, "en")).toBe("≥\u00a0541");
  });

  it("uses the language's digit grouping", () => {
    expect(formatRange({ min: 1870845, max: 1870845, atLeast: false, about: false }, "vi")).toBe("1.870.845");
  });
});

describe("formatList", () => {
  it("joins names the Vietnamese way", () => {
    expect(formatList(["Quảng Bình", "Quảng Trị"], "vi")).toBe("Quảng Bình và Quảng Trị");
  });
});

describe("formatSourced", () => {
  it("gives the value with its source and date", () => {
    expect(formatSourced({ value: 12700, source: "Resolution 202/2025/QH15", asOf: "2025", conflict: false }, "en")).toBe(
      "12,700 (Resolution 202/2025/QH15, 2025)",
    );
  });

  it("writes a 'more than' figure as a lower bound, in the language's digits", () => {
    expect(formatSourced({ value: 12699, qualifier: "at_least", source: "Provincial proposal", asOf: "2025-04", conflict: true }, "vi")).toBe(
      "≥\u00a012.699 (Provincial proposal, 2025-04)",
    );
  });
});

describe("formatSourcedValue", () => {
  it("writes an approximate figure with ≈", () => {
    expect(formatSourcedValue({ value: 120000, qualifier: "about", source: "s", conflict: false }, "en")).toBe("≈\u00a0120,000");
  });

  it("writes a value without a qualifier as exact", () => {
    expect(formatSourcedValue({ value: 12700, source: "s", conflict: false }, "en")).toBe("12,700");
  });
});

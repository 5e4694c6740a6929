import { describe, expect, it } from "vitest";
import { formatSourced, formatSourcedValue } from "./compareFormat";

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

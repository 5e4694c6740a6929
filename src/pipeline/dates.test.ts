import { describe, expect, it } from "vitest";
import { earliestDay, latestDay, periodInOrder } from "./dates";

describe("partial dates", () => {
  it("expands a year or month to its first and last day", () => {
    expect([earliestDay("2023"), latestDay("2023"), latestDay("2024-02")]).toEqual(["2023-01-01", "2023-12-31", "2024-02-29"]);
  });

  it("accepts a start inside the end's span", () => {
    expect(periodInOrder("2023-07", "2023")).toBe(true);
  });

  it("rejects an end before the start", () => {
    expect(periodInOrder("2024", "2023-12")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { endsBefore, periodInOrder } from "./dates";

describe("partial dates", () => {
  it("accepts a start inside the end's span", () => {
    expect(periodInOrder("2023-07", "2023")).toBe(true);
  });

  it("rejects an end before the start", () => {
    expect(periodInOrder("2024", "2023-12")).toBe(false);
  });

  it("leaves malformed dates to the schema", () => {
    expect(periodInOrder("2023-13", "2022")).toBe(true);
  });

  it("says a date ends before a period starts only when all of it does", () => {
    expect([endsBefore("2023-06", "2023-07"), endsBefore("2023", "2023-07"), endsBefore("2023-07-01", "2023-07")]).toEqual([true, false, false]);
  });
});

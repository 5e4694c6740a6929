import { describe, expect, it } from "vitest";
import { partialDateEnd, partialDateStart } from "../schema";
import { NEW_LOCAL_GOVERNMENTS_AT, overlapsPeriod, programmeSpan } from "./period";

describe("partial dates as fractional years", () => {
  it("starts a year at its first instant", () => {
    expect(partialDateStart("2023")).toBe(2023);
  });
  it("ends a year at the start of the next", () => {
    expect(partialDateEnd("2025")).toBe(2026);
  });
  it("ends a month at the first day of the next month", () => {
    expect(partialDateEnd("2025-08")).toBe(partialDateStart("2025-09"));
  });
  it("ends December at the start of the next year", () => {
    expect(partialDateEnd("2024-12")).toBe(2025);
  });
  it("ends a day at the start of the next day", () => {
    expect(partialDateEnd("2025-06-30")).toBe(partialDateStart("2025-07-01"));
  });
  it("puts 1 July 2025 half-way through the year", () => {
    expect(NEW_LOCAL_GOVERNMENTS_AT).toBeCloseTo(2025 + 181 / 365, 9);
  });
});

describe("programmeSpan", () => {
  it("runs from 2019 to the current year", () => {
    expect(programmeSpan(new Date(Date.UTC(2026, 10, 29)))).toEqual({ from: 2019, to: 2026 });
  });
});

describe("overlapsPeriod", () => {
  it("keeps a multi-year total that overlaps the window", () => {
    expect(overlapsPeriod({ periodStart: "2023", periodEnd: "2025" }, { from: 2024, to: 2024 })).toBe(true);
  });
  it("drops a figure that ends before the window starts", () => {
    expect(overlapsPeriod({ periodStart: "2020-02", periodEnd: "2021-03" }, { from: 2022, to: 2025 })).toBe(false);
  });
  it("keeps everything without a window", () => {
    expect(overlapsPeriod({ periodStart: "2020", periodEnd: "2020" }, null)).toBe(true);
  });
});

describe("overlapsPeriod at every precision", () => {
  it.each([2024, 2025])("puts December 2024 to January 2025 in %d", (year) => {
    expect(overlapsPeriod({ periodStart: "2024-12", periodEnd: "2025-01" }, { from: year, to: year })).toBe(true);
  });
  it("keeps a figure that ends on 31 December out of the next year", () => {
    expect(overlapsPeriod({ periodStart: "2023-01-01", periodEnd: "2023-12-31" }, { from: 2024, to: 2024 })).toBe(false);
  });

  it.each([
    ["2023", "2025", 2025, 2026, true],
    ["2023-08", "2025-08", 2019, 2023, true],
    ["2020-02", "2021-03", 2022, 2024, false],
    ["2026", "2026", 2019, 2025, false],
  ] as const)("%s..%s against %d..%d is %s", (periodStart, periodEnd, from, to, expected) => {
    expect(overlapsPeriod({ periodStart, periodEnd }, { from, to })).toBe(expected);
  });

  it("lets every figure through when no period is chosen", () => {
    expect(overlapsPeriod({ periodStart: "2019", periodEnd: "2019" }, null)).toBe(true);
  });
});

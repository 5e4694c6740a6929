import { describe, expect, it } from "vitest";
import { nextPlayPeriod, periodFromSliders } from "./period";

const span = { from: 2019, to: 2026 };

describe("periodFromSliders", () => {
  it("moves the start", () => {
    expect(periodFromSliders(span, "from", 2023, span)).toEqual({ from: 2023, to: 2026 });
  });
  it("pushes the end along when the start passes it", () => {
    expect(periodFromSliders({ from: 2020, to: 2021 }, "from", 2024, span)).toEqual({ from: 2024, to: 2024 });
  });
  it("pulls the start back when the end passes it", () => {
    expect(periodFromSliders({ from: 2023, to: 2025 }, "to", 2021, span)).toEqual({ from: 2021, to: 2021 });
  });
  it("returns null for the whole span", () => {
    expect(periodFromSliders({ from: 2020, to: 2026 }, "from", 2019, span)).toBeNull();
  });
  it("keeps years inside the span", () => {
    expect(periodFromSliders({ from: 2020, to: 2022 }, "to", 2040, span)).toEqual({ from: 2020, to: 2026 });
  });
});

describe("nextPlayPeriod", () => {
  it("starts at the first year", () => {
    expect(nextPlayPeriod(null, span)).toEqual({ from: 2019, to: 2019 });
  });
  it("steps to the year after the window", () => {
    expect(nextPlayPeriod({ from: 2021, to: 2021 }, span)).toEqual({ from: 2022, to: 2022 });
  });
  it("stops after the last year", () => {
    expect(nextPlayPeriod({ from: 2026, to: 2026 }, span)).toBeNull();
  });
});

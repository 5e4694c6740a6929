import { describe, expect, it } from "vitest";
import { formatList, formatNumber, formatPartialDate, formatPeriod, formatRange, formatTimestamp, formatValue, formatYearPeriod } from "./format";

describe("formatNumber", () => {
  it("uses a dot for thousands in Vietnamese", () => {
    expect(formatNumber(12345, "vi")).toBe("12.345");
  });
  it("uses a comma for thousands in English", () => {
    expect(formatNumber(12345, "en")).toBe("12,345");
  });
  it("uses a decimal comma in French", () => {
    expect(formatNumber(2.5, "fr")).toBe("2,5");
  });
});

describe("formatValue", () => {
  it("writes an exact value alone", () => {
    expect(formatValue(541, "exact", "en")).toBe("541");
  });
  it("marks an at-least value with ≥ and a no-break space", () => {
    expect(formatValue(541, "at_least", "en")).toBe("≥\u00a0541");
  });
  it("marks an approximate value with ≈", () => {
    expect(formatValue(1000, "about", "vi")).toBe("≈\u00a01.000");
  });
});

describe("formatPartialDate", () => {
  it("keeps a year a year", () => {
    expect(formatPartialDate("2023", "vi")).toBe("2023");
  });
  it("shows a month without inventing a day", () => {
    expect(formatPartialDate("2021-03", "en")).toBe("March 2021");
  });
  it("shows a month in Vietnamese", () => {
    expect(formatPartialDate("2021-03", "vi")).toBe("tháng 3 năm 2021");
  });
  it("shows a full date", () => {
    expect(formatPartialDate("2025-07-01", "fr")).toBe("1 juillet 2025");
  });
  it("returns text it cannot read unchanged", () => {
    expect(formatPartialDate("soon", "en")).toBe("soon");
  });
});

describe("formatPeriod", () => {
  it("joins two years with an unspaced en dash", () => {
    expect(formatPeriod("2023", "2025", "vi")).toBe("2023–2025");
  });
  it("shows one date when start and end are the same", () => {
    expect(formatPeriod("2024", "2024", "en")).toBe("2024");
  });
  it("spaces the dash between month dates", () => {
    expect(formatPeriod("2020-02", "2021-03", "en")).toBe("February 2020 – March 2021");
  });
});

describe("short dates", () => {
  it("writes a Vietnamese month with numbers", () => {
    expect(formatPeriod("2023-08", "2025-08", "vi", "short")).toBe("8/2023–8/2025");
  });
  it("abbreviates an English month", () => {
    expect(formatPeriod("2023-08", "2025-08", "en", "short")).toBe("Aug 2023 – Aug 2025");
  });
  it("keeps a short day date's day", () => {
    expect(formatPartialDate("2020-07-16", "vi", "short")).toBe("16/7/2020");
  });
  it("leaves a year alone", () => {
    expect(formatPeriod("2023", "2025", "fr", "short")).toBe("2023–2025");
  });
});

describe("formatYearPeriod", () => {
  it("writes a span with an en dash", () => {
    expect(formatYearPeriod({ from: 2023, to: 2025 })).toBe("2023–2025");
  });
  it("writes one year once", () => {
    expect(formatYearPeriod({ from: 2024, to: 2024 })).toBe("2024");
  });
});

describe("formatTimestamp", () => {
  it("writes an ISO timestamp as a date", () => {
    expect(formatTimestamp("2025-11-01T00:00:00Z", "en")).toBe("1 November 2025");
  });
  it("returns junk unchanged", () => {
    expect(formatTimestamp("not a date", "en")).toBe("not a date");
  });
});

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

import { describe, expect, it } from "vitest";
import { markConflicts, parseAlternative, sourcedWithAlternatives, splitTopLevel } from "./sourced-numbers";

describe("splitTopLevel", () => {
  it("splits on ; outside parentheses only", () => {
    expect(splitTopLevel("373 km2 (infobox; older boundary); 301 km2 (thesis)")).toEqual(["373 km2 (infobox; older boundary)", "301 km2 (thesis)"]);
  });
});

describe("parseAlternative", () => {
  it("reads a leading figure with thousands separators and its year", () => {
    expect(parseAlternative("126,199 (2013, 123docz thesis)")).toMatchObject({ value: 126199, asOf: "2013", approximate: false });
  });

  it("marks an approximate figure", () => {
    expect(parseAlternative("about 120,000 (2019, vi.wikipedia text)")).toMatchObject({ value: 120000, approximate: true });
  });

  it("reads a sum of successor communes with how many it adds up", () => {
    expect(parseAlternative("sum of 7 successor communes in sapnhap.bando.com.vn = 1,828.43 km2 (CONFLICT)")).toMatchObject({ value: 1828.43, sumOfSuccessors: 7 });
  });

  it("returns null when an item has no figure", () => {
    expect(parseAlternative("see the infobox")).toBeNull();
  });
});

describe("markConflicts", () => {
  const n = (value: number, asOf?: string) => ({ value, source: "s", conflict: false, ...(asOf ? { asOf } : {}) });

  it("flags values far apart", () => {
    expect(markConflicts([n(2123.1), n(1828.43)]).map((v) => v.conflict)).toEqual([true, true]);
  });

  // The one rule (data/README.md): no tolerance, as src/model/figures.ts decides for the app.
  it("flags values that differ by rounding too", () => {
    expect(markConflicts([n(155.87), n(155.71)]).map((v) => v.conflict)).toEqual([true, true]);
  });

  it("does not flag equal values", () => {
    expect(markConflicts([n(155.87), n(155.87)]).map((v) => v.conflict)).toEqual([false, false]);
  });

  it("does not flag figures of different reference years", () => {
    expect(markConflicts([n(109739, "2009"), n(120000, "2019")]).map((v) => v.conflict)).toEqual([false, false]);
  });
});

describe("sourcedWithAlternatives", () => {
  it("drops a sum that covers only some of the successors", () => {
    const values = sourcedWithAlternatives({ value: 218.48, source: "wiki" }, "218 km2 (text); sum of 4 wholly-Nghi-Xuân successor communes in sapnhap = 209.69", 5, () => {});
    expect(values.map((v) => v.value)).toEqual([218.48, 218]);
  });

  it("reports an alternative without a figure", () => {
    const unparsed: string[] = [];
    sourcedWithAlternatives({ value: 1, source: "s" }, "no figure here", 1, (item) => unparsed.push(item));
    expect(unparsed).toEqual(["no figure here"]);
  });
});

import { describe, expect, it } from "vitest";
import { parseCsvText } from "./csv";
import { formatProblem, ProblemList } from "./problems";

describe("parseCsvText", () => {
  it("gives each record the line it starts on, across quoted line breaks and blank lines", () => {
    const csv = parseCsvText('a,b\n1,"x\ny"\n\n2,z\n', "t.csv", ["a", "b"], new ProblemList());
    expect(csv?.rows.map((r) => [r.line, r.cells.a])).toEqual([
      [2, "1"],
      [5, "2"],
    ]);
  });

  it("reports missing columns on line 1", () => {
    const problems = new ProblemList();
    expect(parseCsvText("a\n1\n", "t.csv", ["a", "b"], problems)).toBeNull();
    expect(formatProblem(problems.items[0] as never)).toMatch(/^t\.csv:1 b: missing column\(s\) b — /);
  });

  it("reports unreadable CSV with the line", () => {
    const problems = new ProblemList();
    parseCsvText('a,b\n1,2\n3,"4\n', "t.csv", ["a", "b"], problems);
    expect(problems.items[0]?.message).toMatch(/not readable as CSV/);
  });
});

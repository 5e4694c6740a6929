import { describe, expect, it } from "vitest";
import { parseCsvText } from "./csv";
import { INDICATOR_COLUMNS, indicatorSpec } from "./figures-rows";
import { ProblemList } from "./problems";
import { parseRows } from "./rows";

const HEADER = "id,name_vi,name_en,name_fr,unit_vi,unit_en,kind,additive,definition_vi,definition_en";
const ROW = "cases,Trường hợp,Cases,Cas,trường hợp,cases,count,yes,Định nghĩa.,Definition.";

function indicatorsFrom(text: string) {
  const problems = new ProblemList();
  const csv = parseCsvText(text, "data/indicators.csv", INDICATOR_COLUMNS, problems);
  if (csv === null) throw new Error(problems.items.map((p) => p.message).join("; "));
  return { rows: parseRows(csv, indicatorSpec, problems), problems };
}

describe("indicators.csv unit_fr", () => {
  it("reads the French unit word", () => {
    const { rows, problems } = indicatorsFrom([`${HEADER},unit_fr`, `${ROW},cas`].join("\n"));
    expect(problems.size).toBe(0);
    expect(rows[0]?.value.unitFr).toBe("cas");
  });

  it("leaves it absent when the cell is empty", () => {
    const { rows } = indicatorsFrom([`${HEADER},unit_fr`, `${ROW},`].join("\n"));
    expect(rows[0]?.value).not.toHaveProperty("unitFr");
  });

  it("accepts a file written before the column existed", () => {
    const { rows, problems } = indicatorsFrom([HEADER, ROW].join("\n"));
    expect(problems.size).toBe(0);
    expect(rows[0]?.value).not.toHaveProperty("unitFr");
  });
});

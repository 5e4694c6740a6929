/**
 * The optional observation columns period_basis, area_basis and inconsistent_with: checked by the
 * pipeline, carried into figures.json, and set on the real data for the figures whose period and
 * area the source does not give.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FiguresFile } from "../schema";
import { runPipeline } from "./pipeline";
import { formatProblem } from "./problems";
import { createBoundariesDir, createDataDir, figureCsvs, tempDir } from "./testing/fixtures";

const HEADER =
  "id,indicator_id,value,qualifier,period_start,period_end,reported_on,area,programme_id,phase_id,partner_ids,source_id,quote_lang,quote,same_as,period_basis,area_basis,inconsistent_with,note";

/** The fixture's two figures (obs-1 from src-a, obs-2 from src-b) with the three columns filled in. */
function observations(basis: { obs1: string; obs2: string }): string {
  const [, one = "", two = ""] = (figureCsvs()["observations.csv"] ?? "").split("\n");
  // Each fixture row ends with ",same_as,note" (note empty): insert the new cells before the note.
  return [HEADER, `${one.slice(0, -1)},${basis.obs1},`, `${two.slice(0, -1)},${basis.obs2},`].join("\n");
}

function run(csv: string) {
  const dataDir = createDataDir({ "observations.csv": csv });
  const outDir = `${tempDir("basis")}/data`;
  const result = runPipeline({ dataDir, boundariesDir: createBoundariesDir(dataDir), outDir, env: {} });
  return { result, outDir };
}

describe("period_basis, area_basis and inconsistent_with", () => {
  it("reach figures.json, empty cells meaning stated and none", () => {
    const { result, outDir } = run(observations({ obs1: "inferred,inferred,obs-1", obs2: ",," }));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    const file = FiguresFile.parse(JSON.parse(readFileSync(`${outDir}/figures.json`, "utf8")));
    const byId = new Map(file.observations.map((o) => [o.id, o]));
    expect(byId.get("obs-1")).toMatchObject({ periodBasis: "inferred", areaBasis: "inferred", inconsistentWith: ["obs-1"] });
    expect(byId.get("obs-2")).toMatchObject({ periodBasis: "stated", areaBasis: "stated", inconsistentWith: [] });
  });

  it("reject a basis other than stated or inferred", () => {
    const { result } = run(observations({ obs1: "guessed,,", obs2: ",," }));
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    expect(messages).toEqual([expect.stringMatching(/^data\/observations\.csv:2 period_basis: .*stated.*inferred/)]);
  });

  it("reject an inconsistency with a figure of another source (that is a same_as conflict)", () => {
    const { result } = run(observations({ obs1: ",,obs-2", obs2: ",," }));
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    expect(messages).toEqual([expect.stringMatching(/^data\/observations\.csv:2 inconsistent_with: "obs-2": not a figure of the same source/)]);
  });
});

describe("the committed figures", () => {
  const figures = FiguresFile.parse(JSON.parse(readFileSync(fileURLToPath(new URL("../../public/data/figures.json", import.meta.url)), "utf8")));
  const byValue = (indicatorId: string) => figures.observations.filter((o) => o.indicatorId === indicatorId);

  it("mark the five World Vision figures ('thời gian qua', no area) as inferred in period and area", () => {
    const worldVision = figures.observations.filter((o) => o.quote.includes("thời gian qua"));
    expect(worldVision.map((o) => o.value).sort((a, b) => a - b)).toEqual([5, 169, 189, 189, 317]);
    for (const o of worldVision) expect([o.id, o.periodBasis, o.areaBasis]).toEqual([o.id, "inferred", "inferred"]);
  });

  it("set the 169 packages and 189 selected against the 140 cases beside each of those figures", () => {
    const [cases140] = byValue("cases_supported").filter((o) => o.value === 140);
    const [packages] = byValue("livelihood_packages");
    const [selected] = byValue("participants_selected");
    const expected = [packages?.id, selected?.id, cases140?.id].sort();
    for (const o of figures.observations.filter((x) => x.quote.includes("thời gian qua"))) {
      expect([...o.inconsistentWith].sort()).toEqual(expected);
    }
  });
});

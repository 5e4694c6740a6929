import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StoriesFile, type Unit } from "../schema";
import { ProblemList } from "./problems";
import { readStories, type StoryRefs } from "./stories";

const HEADER = "title_vi,title_en,caption_vi,caption_en,view,vintage,indicator,period,programme,selection,map";
const refs: StoryRefs = {
  units: new Map([["pre2025:450", {} as Unit], ["post2025:44", {} as Unit]]),
  indicators: new Set(["cases_supported"]),
  programmes: new Set(["tmsv"]),
  years: { from: 2019, to: 2026 },
};

function dataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "stories-"));
  mkdirSync(join(dir, "stories"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "stories", name), text);
  return dir;
}

describe("readStories", () => {
  it("reads slides in order, with the first slide's title naming the story", () => {
    const problems = new ProblemList();
    const out = readStories(
      dataDir({ "reorg.csv": `${HEADER}\nA,A en,cap,cap en,explorer,pre,cases_supported,2023-2025,tmsv,pre2025:450,106.5;17.5;8\nB,B en,c,c en,compare,post,,,,post2025:44,\n` }),
      refs,
      problems,
    );
    expect(problems.items).toEqual([]);
    expect(StoriesFile.parse(out).stories[0]).toMatchObject({
      id: "reorg",
      title: { vi: "A", en: "A en" },
      slides: [
        { view: "explorer", vintage: "pre2025", indicator: "cases_supported", period: { from: 2023, to: 2025 }, selection: ["pre2025:450"], map: { longitude: 106.5, latitude: 17.5, zoom: 8 } },
        { view: "compare", vintage: "post2025", selection: ["post2025:44"] },
      ],
    });
  });

  it("names the file, line and field of an unknown area, indicator, programme or period", () => {
    const problems = new ProblemList();
    const out = readStories(
      dataDir({ "bad.csv": `${HEADER}\nA,A,c,c,explorer,pre,nope,2023-2025,tmsv,pre2025:450,\nB,B,c,c,explorer,pre,,1800,other,pre2025:999,\n` }),
      refs,
      problems,
    );
    expect(out?.stories).toEqual([]);
    const where = problems.items.map((p) => `${p.file}:${p.line} ${p.field}`);
    expect(where).toEqual([
      "data/stories/bad.csv:2 indicator",
      "data/stories/bad.csv:3 programme",
      "data/stories/bad.csv:3 period",
      "data/stories/bad.csv:3 selection",
    ]);
    expect(problems.items[0]?.message).toContain('"nope"');
  });

  it("refuses a slide with no English caption and an area from the other map", () => {
    const problems = new ProblemList();
    readStories(dataDir({ "x.csv": `${HEADER}\nA,A,c,,explorer,post,,,,pre2025:450,\n` }), refs, problems);
    expect(problems.items.map((p) => p.field).sort()).toEqual(["caption_en", "selection"]);
  });

  it("is absent, not an error, where data/stories does not exist", () => {
    expect(readStories(mkdtempSync(join(tmpdir(), "nostories-")), refs, new ProblemList())).toBeNull();
  });
});

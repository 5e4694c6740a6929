/**
 * Publishing stopped at every step. The output folder is never missing once it exists: at each
 * kill point it holds the previous output with the files moved so far replaced (manifest.json is
 * the previous one until the very last move, so the app sees an outdated set, never a wrong valid
 * one), and the next run's recovery leaves it byte-identical to the previous output (stopped
 * before the staging folder was complete) or to the new one (stopped after).
 * Here a step "kills" the run by throwing from `onStep`: publish() catches nothing, so what it
 * leaves is what a killed process leaves. cli.test.ts kills a real process once to confirm it.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./testing/fixtures";
import { snapshot } from "./testing/snapshot";
import { JOURNAL, publish, publishSteps, recoverOutput, workFolders } from "./write";

const NEW_FILES = ["manifest.json", "units.json", "crosswalk.json", "figures.json", "boundaries.topo.json", "basemap.topo.json"].map((path) => ({
  path,
  content: `{"new":"${path}"}\n`,
}));
const NEW = Object.fromEntries(NEW_FILES.map((f) => [f.path, f.content]));
/** The previous output: one file the new one replaces, one it no longer has, and its manifest. */
const OLD: Record<string, string> = { "manifest.json": '{"old":true}\n', "units.json": '{"old":1}\n', "retired.json": '{"old":2}\n' };

class Killed extends Error {}
const killAt = (step: string) => (s: string) => {
  if (s === step) throw new Killed(step);
};

function previousOutput(): string {
  const out = join(tempDir("publish"), "data");
  mkdirSync(out);
  for (const [name, content] of Object.entries(OLD)) writeFileSync(join(out, name), content);
  return out;
}

const read = (dir: string) => snapshot(dir);
const expected = (files: Record<string, string>) => snapshot(((dir) => {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
})(tempDir("expected")));

/** What the output folder holds: the previous output, the new one, nothing, or a mix of them. */
function state(out: string, before: Record<string, string>, after: Record<string, string>): string {
  if (!readdirSync(dirname(out)).includes("data")) return "missing";
  const now = JSON.stringify(read(out));
  return now === JSON.stringify(before) ? "previous" : now === JSON.stringify(after) ? "new" : "mixed";
}

/** The output's contents when the steps before `step` have run: each move and deletion applied to the previous output. */
function contentsBefore(steps: readonly string[], step: string): Record<string, string> {
  const files = { ...OLD };
  for (const done of steps.slice(0, steps.indexOf(step))) {
    const [verb, name = ""] = done.split(" ");
    if (verb === "move") files[name] = NEW[name] ?? "";
    if (verb === "delete") delete files[name];
  }
  return files;
}

const OVER_PREVIOUS = publishSteps(NEW_FILES, Object.keys(OLD));
const INTO_NOTHING = publishSteps(NEW_FILES, null);
/** Every place a run can be stopped: each step of a publication over a previous output, and into an empty place. */
export const KILL_POINT_COUNT = OVER_PREVIOUS.length + INTO_NOTHING.length;
const COMPLETE = OVER_PREVIOUS.indexOf("mark staging complete");

describe(`publishing stopped at each of ${KILL_POINT_COUNT} kill points`, () => {
  it("has the steps this file reasons about: data files moved first, manifest.json last, then deletions", () => {
    const moves = OVER_PREVIOUS.filter((s) => s.startsWith("move "));
    expect({ last: moves.at(-1), after: OVER_PREVIOUS.slice(OVER_PREVIOUS.indexOf("move manifest.json") + 1), count: KILL_POINT_COUNT }).toEqual({
      last: "move manifest.json",
      after: ["delete retired.json", "remove staging folder"],
      count: 17 + 9,
    });
  });

  it.each(OVER_PREVIOUS)("over a previous output, stopped before: %s", (step) => {
    const out = previousOutput();
    const before = read(out);
    const after = expected(NEW);
    expect(() => publish(out, NEW_FILES, { onStep: killAt(step) })).toThrow(Killed);
    // The folder is there, exactly as far as the run got, and its manifest is the previous one
    // until the last move, so that a reader checking hashes sees an outdated set.
    const mix = contentsBefore(OVER_PREVIOUS, step);
    // Up to the first move it is the previous output byte for byte.
    expect({ stopped: read(out), manifest: mix["manifest.json"], untouched: state(out, before, after) === "previous" }).toEqual({
      stopped: expected(mix),
      manifest: OVER_PREVIOUS.indexOf(step) <= OVER_PREVIOUS.indexOf("move manifest.json") ? OLD["manifest.json"] : NEW["manifest.json"],
      untouched: OVER_PREVIOUS.indexOf(step) <= COMPLETE + 1,
    });

    // The next run first finishes a complete publication or throws away an incomplete one.
    const complete = OVER_PREVIOUS.indexOf(step) > COMPLETE;
    recoverOutput(out);
    expect({ recovered: state(out, before, after), beside: readdirSync(dirname(out)) }).toEqual({ recovered: complete ? "new" : "previous", beside: ["data"] });
    publish(out, NEW_FILES);
    expect({ final: state(out, before, after), beside: readdirSync(dirname(out)) }).toEqual({ final: "new", beside: ["data"] });
  });

  it.each(INTO_NOTHING)("into an empty place, stopped before: %s", (step) => {
    const out = join(tempDir("publish"), "data");
    const after = expected(NEW);
    expect(() => publish(out, NEW_FILES, { onStep: killAt(step) })).toThrow(Killed);
    expect(state(out, {}, after)).toBe("missing");
    recoverOutput(out);
    expect(readdirSync(dirname(out))).toEqual([]);
    publish(out, NEW_FILES);
    expect(state(out, {}, after)).toBe("new");
  });
});

describe("publishing", () => {
  it("never leaves the output folder missing: it is a folder before every step and after the run", () => {
    const out = previousOutput();
    const seen: string[] = [];
    const present = () => existsSync(out) && statSync(out).isDirectory();
    publish(out, NEW_FILES, { onStep: (s) => seen.push(`${s}: ${present() ? "present" : "MISSING"}`) });
    seen.push(`done: ${present() ? "present" : "MISSING"}`);
    expect(seen).toEqual([...OVER_PREVIOUS, "done"].map((s) => `${s}: present`));
    expect(read(out)).toEqual(expected(NEW));
  });

  it("keeps its staging folder in workDir, so that it can be kept out of public/", () => {
    const root = tempDir("publish-root");
    const out = join(root, "public", "data");
    let seen: string[] = [];
    const look = (at: string) => (s: string) => {
      if (s === at) seen = [...readdirSync(join(root, "public")), "|", ...readdirSync(root)];
    };
    publish(out, NEW_FILES, { workDir: root, onStep: look("move new output into place") });
    expect(seen).toEqual(["|", ".data.atlas-staging", "public"]);
    writeFileSync(join(out, "retired.json"), "{}\n");
    publish(out, NEW_FILES, { workDir: root, onStep: look("move manifest.json") });
    expect({ seen, out: read(out) }).toEqual({ seen: ["data", "|", ".data.atlas-staging", "public"], out: expected(NEW) });
  });

  it("throws away a staging folder whose journal was not finished or is not its own", () => {
    for (const journal of [{ name: ".atlas-journal.part", content: '{"move":["units.json"],"delete":[]}' }, { name: JOURNAL, content: '{"move":["units.json"],"delete":["../data"]}' }, { name: JOURNAL, content: '{"move":["units.js' }]) {
      const out = previousOutput();
      const before = read(out);
      const { staging } = workFolders(out);
      mkdirSync(staging);
      writeFileSync(join(staging, "units.json"), '{"new":1}\n');
      writeFileSync(join(staging, journal.name), journal.content);
      expect(recoverOutput(out)).toEqual([expect.stringMatching(/removed .data.atlas-staging, the unfinished output/)]);
      expect({ out: read(out), beside: readdirSync(dirname(out)) }).toEqual({ out: before, beside: ["data"] });
    }
  });

  it("refuses file names that would leave the output folder or clash", () => {
    const out = previousOutput();
    expect(() => publish(out, [{ path: "../x.json", content: "" }])).toThrow(/plain name/);
    expect(() => publish(out, [{ path: "a.json", content: "" }, { path: "a.json", content: "" }])).toThrow(/plain name/);
    expect(read(out)).toEqual(expected(OLD));
  });

  it("puts back an output the two-rename version set aside before it was stopped between its renames", () => {
    const out = previousOutput();
    const before = read(out);
    const { staging, previous } = workFolders(out);
    mkdirSync(staging);
    writeFileSync(join(staging, "units.json"), '{"new":1}\n');
    renameSync(out, previous);
    expect(recoverOutput(out)).toHaveLength(2);
    expect({ restored: read(out), beside: readdirSync(dirname(out)) }).toEqual({ restored: before, beside: ["data"] });
  });

  it("cleans up what the earliest version of the pipeline left in the output's parent", () => {
    const out = previousOutput();
    mkdirSync(join(dirname(out), ".data.tmp-4242"));
    mkdirSync(join(dirname(out), ".data.old-4242"));
    expect(recoverOutput(out)).toHaveLength(2);
    expect(readdirSync(dirname(out))).toEqual(["data"]);
  });

  it("puts back an output the earliest version set aside before it was stopped", () => {
    const parent = tempDir("legacy");
    const legacy = join(parent, ".data.old-4242");
    mkdirSync(legacy);
    writeFileSync(join(legacy, "units.json"), '{"old":1}\n');
    const before = read(legacy);
    recoverOutput(join(parent, "data"));
    expect({ restored: read(join(parent, "data")), beside: readdirSync(parent) }).toEqual({ restored: before, beside: ["data"] });
  });
});

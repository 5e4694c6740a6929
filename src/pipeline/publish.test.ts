/**
 * Publishing stopped at every step: the output is the previous one byte for byte, or the new one
 * complete, never partial; the one state without an output in place (stopped between the two
 * renames) keeps the previous output whole beside it; and the next run restores or cleans up.
 * Here a step "kills" the run by throwing from `onStep`: publish() catches nothing, so what it
 * leaves is what a killed process leaves. cli.test.ts kills a real process once to confirm it.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./testing/fixtures";
import { snapshot } from "./testing/snapshot";
import { publish, publishSteps, recoverOutput, workFolders } from "./write";

const NEW_FILES = ["units.json", "crosswalk.json", "figures.json", "boundaries.topo.json", "basemap.topo.json", "manifest.json"].map((path) => ({
  path,
  content: `{"new":"${path}"}\n`,
}));
const NEW = Object.fromEntries(NEW_FILES.map((f) => [f.path, f.content]));

class Killed extends Error {}

function previousOutput(): string {
  const out = join(tempDir("publish"), "data");
  mkdirSync(out);
  writeFileSync(join(out, "manifest.json"), '{"old":true}\n');
  writeFileSync(join(out, "units.json"), '{"old":1}\n');
  return out;
}

const read = (dir: string) => snapshot(dir);
const expected = (files: Record<string, string>) => snapshot(((dir) => {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
})(tempDir("expected")));

/** What the output folder holds: the previous output, the new one, nothing, or something else. */
function state(out: string, before: Record<string, string>, after: Record<string, string>): string {
  const now = read(out);
  const same = (a: Record<string, string>) => JSON.stringify(now) === JSON.stringify(a);
  if (readdirSync(dirname(out)).includes("data") === false) return "missing";
  return same(before) ? "previous" : same(after) ? "new" : `partial: ${Object.keys(now).join(", ")}`;
}

const OVER_PREVIOUS = publishSteps(NEW_FILES, true);
const INTO_NOTHING = publishSteps(NEW_FILES, false);
/** Every place a run can be stopped: each step of a publication over a previous output, and into an empty place. */
export const KILL_POINT_COUNT = OVER_PREVIOUS.length + INTO_NOTHING.length;

describe(`publishing stopped at each of ${KILL_POINT_COUNT} kill points`, () => {
  it.each(OVER_PREVIOUS)("over a previous output, stopped before: %s", (step) => {
    const out = previousOutput();
    const before = read(out);
    const after = expected(NEW);
    expect(() => publish(out, NEW_FILES, { onStep: (s) => { if (s === step) throw new Killed(step); } })).toThrow(Killed);
    const { previous } = workFolders(out);
    const stopped = state(out, before, after);
    // Only between the two renames is nothing in place, and then the previous output waits whole beside it.
    const between = step === "move new output into place";
    expect({ stopped, setAside: read(previous) }).toEqual({
      stopped: between ? "missing" : step === "remove previous output" ? "new" : "previous",
      setAside: between || step === "remove previous output" ? before : {},
    });

    // The next run first restores or cleans up, then publishes.
    recoverOutput(out);
    expect({ recovered: state(out, before, after), beside: readdirSync(dirname(out)) }).toEqual({
      recovered: step === "remove previous output" ? "new" : "previous",
      beside: ["data"],
    });
    publish(out, NEW_FILES);
    expect({ final: state(out, before, after), beside: readdirSync(dirname(out)) }).toEqual({ final: "new", beside: ["data"] });
  });

  it.each(INTO_NOTHING)("into an empty place, stopped before: %s", (step) => {
    const out = join(tempDir("publish"), "data");
    const after = expected(NEW);
    expect(() => publish(out, NEW_FILES, { onStep: (s) => { if (s === step) throw new Killed(step); } })).toThrow(Killed);
    expect(state(out, {}, after)).toBe("missing");
    recoverOutput(out);
    expect(readdirSync(dirname(out))).toEqual([]);
    publish(out, NEW_FILES);
    expect(state(out, {}, after)).toBe("new");
  });
});

describe("publishing", () => {
  it("keeps its working folders in workDir, so that they can be kept out of public/", () => {
    const root = tempDir("publish-root");
    const out = join(root, "public", "data");
    let seen: string[] = [];
    publish(out, NEW_FILES, { workDir: root, onStep: (s) => { if (s === "move new output into place") seen = [...readdirSync(join(root, "public")), "|", ...readdirSync(root)]; } });
    expect(seen).toEqual(["|", ".data.atlas-staging", "public"]);
    expect(read(out)).toEqual(expected(NEW));
  });

  it("cleans up what the earlier version of the pipeline left in the output's parent", () => {
    const out = previousOutput();
    mkdirSync(join(dirname(out), ".data.tmp-4242"));
    mkdirSync(join(dirname(out), ".data.old-4242"));
    expect(recoverOutput(out)).toHaveLength(2);
    expect(readdirSync(dirname(out))).toEqual(["data"]);
  });

  it("puts back an output the earlier version set aside before it was stopped", () => {
    const parent = tempDir("legacy");
    const legacy = join(parent, ".data.old-4242");
    mkdirSync(legacy);
    writeFileSync(join(legacy, "units.json"), '{"old":1}\n');
    const before = read(legacy);
    recoverOutput(join(parent, "data"));
    expect({ restored: read(join(parent, "data")), beside: readdirSync(parent) }).toEqual({ restored: before, beside: ["data"] });
  });
});

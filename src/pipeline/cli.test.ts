/**
 * `npm run data -- --out DIR` never deletes what it did not write. Each case runs the CLI in a
 * temporary copy of the repository (data/, public/data, a .git, other folders) and compares every
 * file of the copy before and after. Most cases call the CLI's main() in this process; a few run
 * the real command in a child process, one of them killed before the last file of its publication is
 * moved into place.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KILL_AT_STEP_ENV, main } from "./run-cli";
import { createBoundariesDir, REPO_DATA, tempDir } from "./testing/fixtures";
import { snapshot } from "./testing/snapshot";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

/** A copy of the repository that the CLI can run in, with synthetic boundaries beside it. */
function createRepoCopy(): { root: string; boundaries: string } {
  const root = tempDir("repo");
  cpSync(REPO_DATA, join(root, "data"), { recursive: true });
  cpSync(join(REPO, "public/data"), join(root, "public/data"), { recursive: true });
  for (const dir of ["src/pipeline", "src/schema"]) cpSync(join(REPO, dir), join(root, dir), { recursive: true });
  cpSync(join(REPO, "package.json"), join(root, "package.json"));
  cpSync(join(REPO, "tsconfig.json"), join(root, "tsconfig.json"));
  symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"));
  mkdirSync(join(root, ".git"));
  writeFileSync(join(root, ".git/HEAD"), "ref: refs/heads/main\n");
  mkdirSync(join(root, "docs"));
  writeFileSync(join(root, "docs/notes.md"), "# notes\n");
  writeFileSync(join(root, "notes.txt"), "a file\n");
  mkdirSync(join(root, "old-output"));
  writeFileSync(join(root, "old-output/manifest.json"), JSON.stringify({ schemaVersion: 1, files: [{ path: "units.json" }] }));
  writeFileSync(join(root, "old-output/units.json"), "{}");
  writeFileSync(join(root, "old-output/precious.csv"), "a,b\n");
  symlinkSync(join(root, "data"), join(root, "data-link"));
  return { root, boundaries: createBoundariesDir(join(root, "data")) };
}

function runMain(args: string[], root: string) {
  const lines: string[] = [];
  const code = main(args, root, {}, { log: (l) => lines.push(l), error: (l) => lines.push(l) });
  return { code, output: lines.join("\n") };
}

/** Runs the real `npm run data` command (tsx src/pipeline/cli.ts) in the copy. */
function runCli(args: string[], root: string, env: Record<string, string> = {}): Promise<{ code: number | null; signal: string | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(join(REPO, "node_modules/.bin/tsx"), ["src/pipeline/cli.ts", ...args], { cwd: root, env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("close", (code, signal) => done({ code, signal, output }));
  });
}

const REFUSED: [string, string[], RegExp][] = [
  ["an empty --out=", ["--out="], /--out: has no value/],
  ['an empty --out ""', ["--out", ""], /--out: has no value/],
  ["--out with nothing after it", ["--out"], /--out: has no value/],
  ["--out followed by another option", ["--out", "--boundaries", "x"], /--out: has no value/],
  ["the working directory", ["--out", "."], /is the working directory/],
  ["the working directory, written another way", ["--out", "public/.."], /is the working directory/],
  ["an ancestor of the working directory", ["--out", ".."], /contains the working directory/],
  ["the file system root", ["--out", "/"], /contains the working directory/],
  ["the data folder", ["--out", "data"], /is the data \(input\) folder/],
  ["a folder inside the inputs", ["--out", "data/admin"], /is inside the data \(input\) folder/],
  ["a new folder inside the inputs", ["--out", "data/out"], /is inside the data \(input\) folder/],
  ["a link to the data folder", ["--out", "data-link"], /is the data \(input\) folder/],
  ["a non-empty folder that is not an output", ["--out", "docs"], /not a previous output/],
  ["a previous output holding a file its manifest does not list", ["--out", "old-output"], /does not list \("precious\.csv"\)/],
  ["a file", ["--out", "notes.txt"], /is a file, not a folder/],
];

describe("npm run data -- --out refuses what it did not write", () => {
  it.each(REFUSED)("refuses %s, and the copy of the repository is unchanged", (_name, args, says) => {
    const { root, boundaries } = createRepoCopy();
    const before = snapshot(root);
    const { code, output } = runMain([...args, "--boundaries", boundaries], root);
    expect({ code, output, unchanged: JSON.stringify(snapshot(root)) === JSON.stringify(before) }).toEqual({ code: 1, output: expect.stringMatching(says), unchanged: true });
  });

  it("refuses the boundaries folder it reads", () => {
    const { root, boundaries } = createRepoCopy();
    const before = snapshot(boundaries);
    const { code, output } = runMain(["--out", boundaries, "--boundaries", boundaries], root);
    expect({ code, output, unchanged: JSON.stringify(snapshot(boundaries)) === JSON.stringify(before) }).toEqual({ code: 1, output: expect.stringMatching(/is the boundaries \(input\) folder/), unchanged: true });
  });

  it("publishes public/data, staging beside public/ so that a build never copies a working folder", () => {
    const { root, boundaries } = createRepoCopy();
    const before = snapshot(root, ["public"]);
    const steps: string[] = [];
    const { code } = runMain(["--boundaries", boundaries], root);
    steps.push(...Object.keys(snapshot(join(root, "public"))));
    expect({ code, rest: JSON.stringify(snapshot(root, ["public"])) === JSON.stringify(before) }).toEqual({ code: 0, rest: true });
    expect(steps.sort()).toEqual(["data/area_report.json", "data/basemap.topo.json", "data/boundaries.topo.json", "data/communes.topo.json", "data/crosswalk.json", "data/figures.json", "data/manifest.json", "data/stories.json", "data/units.json"]);
  });

  it("as a real command: refuses --out= and --out ., and a run killed before its last move is finished by the next", { timeout: 180_000 }, async () => {
    const copies = [createRepoCopy(), createRepoCopy(), createRepoCopy()] as const;
    const before = copies.map((c) => snapshot(c.root));
    // The killed copy holds an older output: one file differs, one is gone from the new output.
    const root = copies[2].root;
    const oldManifest = JSON.parse(readFileSync(join(root, "public/data/manifest.json"), "utf8")) as { files: { path: string }[] };
    oldManifest.files.push({ path: "retired.json" });
    writeFileSync(join(root, "public/data/manifest.json"), JSON.stringify(oldManifest));
    writeFileSync(join(root, "public/data/retired.json"), "{}\n");
    writeFileSync(join(root, "public/data/units.json"), "{}\n");
    const old = snapshot(join(root, "public/data"));
    const [empty, dot, killed] = await Promise.all([
      runCli(["--out=", "--boundaries", copies[0].boundaries], copies[0].root),
      runCli(["--out", ".", "--boundaries", copies[1].boundaries], copies[1].root),
      runCli(["--boundaries", copies[2].boundaries], root, { [KILL_AT_STEP_ENV]: "move manifest.json" }),
    ]);
    expect([empty, dot].map((r) => ({ code: r.code, refused: /--out/.test(r.output) }))).toEqual([{ code: 1, refused: true }, { code: 1, refused: true }]);
    expect([0, 1].map((i) => JSON.stringify(snapshot(copies[i]?.root ?? "")) === JSON.stringify(before[i]))).toEqual([true, true]);

    // The new output, as an uninterrupted run writes it from the same inputs.
    const reference = createRepoCopy();
    expect(runMain(["--boundaries", reference.boundaries], reference.root).code).toBe(0);
    const fresh = snapshot(join(reference.root, "public/data"));
    expect(fresh["manifest.json"]).not.toBe(old["manifest.json"]);
    // tsx runs the script in a child node process: the kill shows as its signal or as exit status 137.
    const killedBy = killed.signal ?? (killed.code === 137 ? "SIGKILL" : `exit ${killed.code}: ${killed.output}`);
    // Killed with every data file moved but not the manifest: public/data is there, with the old
    // manifest (the app sees it as outdated), and the staging folder beside public/ is complete.
    expect({ killedBy, inPlace: snapshot(join(root, "public/data")), staging: Object.keys(snapshot(join(root, ".data.atlas-staging"))) }).toEqual({
      killedBy: "SIGKILL",
      inPlace: { ...fresh, "manifest.json": old["manifest.json"], "retired.json": old["retired.json"] },
      staging: [".atlas-journal.json", "manifest.json"],
    });
    const next = runMain(["--boundaries", copies[2].boundaries], root);
    expect({ code: next.code, finished: /finished publishing the new output/.test(next.output), out: snapshot(join(root, "public/data")), leftovers: Object.keys(snapshot(root)).filter((p) => p.includes(".atlas-")) }).toEqual({
      code: 0,
      finished: true,
      out: fresh,
      leftovers: [],
    });
  });
});

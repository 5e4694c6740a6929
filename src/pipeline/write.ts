/**
 * Publishing the output folder so that it is never missing and never read as valid when mixed.
 * Node offers no atomic exchange of two folders (Linux renameat2 RENAME_EXCHANGE), and setting
 * the old folder aside to rename a new one into its place leaves a moment with no output at all.
 * So the output folder itself stays where it is and its files are replaced one by one:
 *
 * 1. every new file is written and synced in a staging folder;
 * 2. a journal (the files to move, the files to delete) is written, synced and renamed into the
 *    staging folder: from then on the staging folder is complete and the publication is decided;
 * 3. each file is moved into the output folder by its own atomic rename, the data files first and
 *    manifest.json last: the manifest lists every file's sha256, so until the new manifest lands
 *    a half-moved set fails those hashes (a reader that checks them sees it as outdated) and is
 *    never described as valid by a manifest;
 * 4. files the new output no longer has are deleted, then the staging folder is removed.
 *
 * Every run starts with `recoverOutput`: a staging folder with a journal is rolled forward (its
 * remaining moves and deletions finished); one without a journal is deleted, since its run had not
 * touched the output yet, so the previous output is left as it was. When there is no
 * previous output, the staging folder becomes the output by one rename and needs no journal.
 *
 * The staging folder lives in `workDir`, which must be on the output's file system (renames do not
 * cross file systems) and, for public/data, outside public/: Vite copies everything in public/ into
 * a build.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface PublishOptions {
  /** Where the staging folder goes; default: the output's parent folder. */
  workDir?: string;
  /**
   * Called with the name of each step just before it runs. Tests stop the run there (by throwing,
   * or by killing the process) to prove that no step leaves the output missing or read as valid
   * when it is not.
   */
  onStep?: (step: string) => void;
}

/** The file in the staging folder whose presence says that the staging folder is complete. */
export const JOURNAL = ".atlas-journal.json";
const JOURNAL_PART = ".atlas-journal.part";
/** Written last, so that the app never finds a new manifest beside files it does not describe. */
const MANIFEST = "manifest.json";

interface Journal {
  /** File names to move from the staging folder into the output, in this order (manifest last). */
  move: string[];
  /** File names of the previous output that the new one does not have. */
  delete: string[];
}

/** The folders a run makes beside the output, by name, so that the next run can find them. */
export function workFolders(outDir: string, workDir = dirname(outDir)): { staging: string; previous: string } {
  const base = basename(outDir);
  // `previous` is where the earlier two-rename version of this module set the old output aside.
  return { staging: join(workDir, `.${base}.atlas-staging`), previous: join(workDir, `.${base}.atlas-previous`) };
}

/** Folders the earliest version of this module left beside the output when it was stopped. */
const LEGACY = (base: string) => new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(tmp|old)-\\d+$`);

/** A name the journal may list: one file directly in the folder, never a path that leads out of it. */
const plainName = (name: unknown): name is string =>
  typeof name === "string" && name !== "" && name !== "." && name !== ".." && !name.includes("/") && !name.includes("\\") && name !== JOURNAL && name !== JOURNAL_PART;

/** The staging folder's journal, or null when there is none or it is not one this module wrote (then the staging folder is unfinished). */
function readJournal(staging: string): Journal | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(staging, JOURNAL), "utf8"));
  } catch {
    return null;
  }
  const j = parsed as { move?: unknown; delete?: unknown } | null;
  if (!Array.isArray(j?.move) || !Array.isArray(j.delete) || !j.move.every(plainName) || !j.delete.every(plainName)) return null;
  return { move: j.move, delete: j.delete };
}

/** The order in which files are moved into the output: the manifest after every file it describes. */
function moveOrder(names: readonly string[]): string[] {
  return [...names.filter((n) => n !== MANIFEST), ...names.filter((n) => n === MANIFEST)];
}

/**
 * Steps 3 and 4: moves what is still in the staging folder into the output, deletes what the
 * journal says, removes the staging folder. Safe to run again from any point where it was stopped:
 * a file already moved is no longer in the staging folder, a file already deleted is not there.
 */
function finish(staging: string, outDir: string, journal: Journal, step: (s: string) => void): void {
  mkdirSync(outDir, { recursive: true });
  for (const name of journal.move) {
    step(`move ${name}`);
    if (existsSync(join(staging, name))) renameSync(join(staging, name), join(outDir, name));
  }
  for (const name of journal.delete) {
    step(`delete ${name}`);
    rmSync(join(outDir, name), { recursive: true, force: true });
  }
  syncFolder(outDir);
  step("remove staging folder");
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Finishes a publication stopped after its staging folder was complete, and removes what other
 * stopped runs left, so that the output is whole again. Returns a sentence for each thing it did.
 */
export function recoverOutput(outDir: string, workDir = dirname(outDir)): string[] {
  const { staging, previous } = workFolders(outDir, workDir);
  const done: string[] = [];
  const legacy = existsSync(dirname(outDir)) ? readdirSync(dirname(outDir)).filter((n) => LEGACY(basename(outDir)).test(n)) : [];
  const setAside = [previous, ...legacy.filter((n) => n.includes(".old-")).map((n) => join(dirname(outDir), n))].filter((p) => existsSync(p));
  for (const old of setAside) {
    if (!existsSync(outDir)) {
      renameSync(old, outDir);
      done.push(`put back the previous output from ${basename(old)}, set aside by a run that was stopped`);
    } else {
      rmSync(old, { recursive: true, force: true });
      done.push(`removed ${basename(old)}, left by a run stopped after publishing`);
    }
  }
  const journal = existsSync(staging) ? readJournal(staging) : null;
  if (journal !== null) {
    finish(staging, outDir, journal, () => {});
    done.push(`finished publishing the new output from ${basename(staging)}, complete when its run was stopped`);
  }
  for (const unfinished of [staging, ...legacy.filter((n) => n.includes(".tmp-")).map((n) => join(dirname(outDir), n))]) {
    if (!existsSync(unfinished)) continue;
    rmSync(unfinished, { recursive: true, force: true });
    done.push(`removed ${basename(unfinished)}, the unfinished output of a run that was stopped`);
  }
  return done;
}

/** Writes a file and flushes it to disk, so that a rename after it never exposes an empty file. */
function writeDurably(path: string, content: string): void {
  const fd = openSync(path, "wx");
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncFolder(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The steps of a publication, in order, for these files (what `onStep` is called with).
 * `previous`: the names in the output folder before the run, or null when there is no output.
 */
export function publishSteps(files: readonly { path: string }[], previous: readonly string[] | null): string[] {
  const names = files.map((f) => f.path);
  const start = ["create staging folder", ...names.map((n) => `write ${n}`), "sync staging folder"];
  if (previous === null) return [...start, "move new output into place"];
  return [
    ...start,
    "mark staging complete",
    ...moveOrder(names).map((n) => `move ${n}`),
    ...previous.filter((n) => !names.includes(n)).map((n) => `delete ${n}`),
    "remove staging folder",
  ];
}

/** Replaces the contents of `outDir` with exactly `files`; see the module comment for what a stopped run leaves. */
export function publish(outDir: string, files: readonly { path: string; content: string }[], options: PublishOptions = {}): void {
  publishStaged(
    outDir,
    files.map((f) => f.path),
    (staging, step) => {
      for (const f of files) {
        step(`write ${f.path}`);
        writeDurably(join(staging, f.path), f.content);
      }
    },
    options,
  );
}

/**
 * Publishes files already written in `fromDir` (large ones, e.g. the national path's Parquet
 * files, that are not held in memory): each is synced and moved into the staging folder by a
 * rename (so `fromDir` must be on the output's file system), then published as publish() does.
 */
export function publishFiles(outDir: string, fromDir: string, names: readonly string[], options: PublishOptions = {}): void {
  publishStaged(
    outDir,
    names,
    (staging, step) => {
      for (const name of names) {
        step(`write ${name}`);
        const fd = openSync(join(fromDir, name), "r");
        try {
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(join(fromDir, name), join(staging, name));
      }
    },
    options,
  );
}

function publishStaged(outDir: string, names: readonly string[], fill: (staging: string, step: (s: string) => void) => void, options: PublishOptions): void {
  const bad = names.filter((n, i, all) => !plainName(n) || all.indexOf(n) !== i);
  if (bad.length > 0) throw new Error(`cannot publish ${bad.join(", ")}: each output file needs its own plain name`);
  const workDir = options.workDir ?? dirname(outDir);
  const step = options.onStep ?? (() => {});
  recoverOutput(outDir, workDir);
  const { staging } = workFolders(outDir, workDir);
  mkdirSync(workDir, { recursive: true });
  mkdirSync(dirname(outDir), { recursive: true });
  step("create staging folder");
  mkdirSync(staging);
  fill(staging, step);
  step("sync staging folder");
  syncFolder(staging);
  if (!existsSync(outDir)) {
    // Nothing to keep readable: the whole new output appears at once.
    step("move new output into place");
    renameSync(staging, outDir);
    syncFolder(dirname(outDir));
    return;
  }
  const journal: Journal = { move: moveOrder(names), delete: readdirSync(outDir).filter((n) => !names.includes(n)) };
  step("mark staging complete");
  writeDurably(join(staging, JOURNAL_PART), `${JSON.stringify(journal)}\n`);
  renameSync(join(staging, JOURNAL_PART), join(staging, JOURNAL));
  syncFolder(staging);
  finish(staging, outDir, journal, step);
}

/**
 * Publishing the output folder all at once. The files are written and synced in a staging folder
 * beside it; then the previous output is set aside and the staging folder renamed into its place,
 * two renames on one file system, one right after the other. A run stopped at any point (even
 * killed) leaves the previous output untouched, or the new one complete, or, stopped exactly
 * between the two renames, both complete beside the output's place: the next run puts the
 * previous one back before doing anything else (`recoverOutput`). Node offers no atomic exchange
 * of two folders (Linux renameat2 RENAME_EXCHANGE), so that one gap cannot be closed here.
 *
 * The staging and set-aside folders live in `workDir`, which must be on the output's file
 * system and, for public/data, outside public/: Vite copies everything in public/ into a build.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface PublishOptions {
  /** Where the staging and set-aside folders go; default: the output's parent folder. */
  workDir?: string;
  /**
   * Called with the name of each step just before it runs. Tests stop the run there (by throwing,
   * or by killing the process) to prove that no step leaves a missing or partial output.
   */
  onStep?: (step: string) => void;
}

/** The folders a run makes beside the output, by name, so that the next run can find them. */
export function workFolders(outDir: string, workDir = dirname(outDir)): { staging: string; previous: string } {
  const base = basename(outDir);
  return { staging: join(workDir, `.${base}.atlas-staging`), previous: join(workDir, `.${base}.atlas-previous`) };
}

/** Folders the earlier version of this module left beside the output when it was stopped. */
const LEGACY = (base: string) => new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(tmp|old)-\\d+$`);

/**
 * Puts back an output set aside by a run that was stopped between its two renames, and removes
 * what stopped runs left. Returns a sentence for each thing it did.
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

/** The steps of a publication, in order, for these files (what `onStep` is called with). */
export function publishSteps(files: readonly { path: string }[], outputExists: boolean): string[] {
  return [
    "create staging folder",
    ...files.map((f) => `write ${f.path}`),
    "sync staging folder",
    ...(outputExists ? ["set previous output aside"] : []),
    "move new output into place",
    ...(outputExists ? ["remove previous output"] : []),
  ];
}

/** Replaces `outDir` with exactly `files`; see the module comment for what a stopped run leaves. */
export function publish(outDir: string, files: readonly { path: string; content: string }[], options: PublishOptions = {}): void {
  const workDir = options.workDir ?? dirname(outDir);
  const step = options.onStep ?? (() => {});
  recoverOutput(outDir, workDir);
  const { staging, previous } = workFolders(outDir, workDir);
  mkdirSync(workDir, { recursive: true });
  mkdirSync(dirname(outDir), { recursive: true });
  step("create staging folder");
  mkdirSync(staging);
  for (const f of files) {
    step(`write ${f.path}`);
    writeDurably(join(staging, f.path), f.content);
  }
  step("sync staging folder");
  syncFolder(staging);
  const hadOutput = existsSync(outDir);
  if (hadOutput) {
    step("set previous output aside");
    renameSync(outDir, previous);
  }
  step("move new output into place");
  renameSync(staging, outDir);
  syncFolder(dirname(outDir));
  if (hadOutput) {
    step("remove previous output");
    rmSync(previous, { recursive: true, force: true });
  }
}

/**
 * The layering holds by itself: a view imports schema, model, data, store, i18n, ui and the map
 * widget, never another view's folder; shared folders import no view. Read from the source files,
 * so a new cross-view import fails here before review (src/model/readme.md says why).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(dirname(new URL(import.meta.url).pathname));

/** Folders that are views: each may use the shared folders and the map widget, never each other. */
const VIEWS = new Set(["charts", "compare", "explore", "figures", "profile", "present"]);
/** What each shared folder may import besides itself; `map` is the widget views mount (the pipeline runs in Node on schema alone). */
const SHARED: Record<string, readonly string[]> = {
  schema: [],
  pipeline: ["schema"],
  model: ["schema", "data"],
  data: ["schema", "model"],
  store: ["schema", "model"],
  i18n: ["schema", "store", "data", "model"],
  ui: ["schema", "model", "data", "store", "i18n"],
  map: ["schema", "model", "data", "store", "i18n", "ui"],
  // Share, embed and download: a shell around the views (through ui/slots.tsx), like App.
  embed: ["schema", "model", "data", "store", "i18n", "ui", "map"],
};
/** The shell mounts the views: slots.tsx holds their import() calls, by design. */
const SHELL_FILES = new Set(["ui/slots.tsx"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Top folder of a path under src ("(root)" for App.tsx, main.tsx). */
function topFolder(path: string): string {
  const parts = relative(SRC, path).split(sep);
  if (parts.length > 1) return parts[0]!;
  try {
    return statSync(path).isDirectory() ? parts[0]! : "(root)";
  } catch {
    return "(root)";
  }
}

interface ImportEdge {
  file: string;
  from: string;
  to: string;
  spec: string;
}

export function importEdges(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g)) {
      const spec = m[1]!;
      const from = topFolder(file);
      const to = topFolder(resolve(dirname(file), spec));
      if (from !== to) edges.push({ file: relative(SRC, file).split(sep).join("/"), from, to, spec });
    }
  }
  return edges;
}

function allowed(edge: ImportEdge): boolean {
  if (edge.from === "(root)") return true;
  if (SHELL_FILES.has(edge.file)) return edge.to !== "pipeline";
  const isTest = /\.test\.tsx?$/.test(edge.file);
  // Tests may use the pipeline's fixtures to build data files; nothing else may.
  if (isTest && edge.to === "pipeline") return true;
  if (VIEWS.has(edge.from)) return !VIEWS.has(edge.to) && edge.to !== "pipeline" && edge.to !== "(root)";
  const may = SHARED[edge.from];
  return may !== undefined && may.includes(edge.to);
}

describe("layering", () => {
  it("finds the imports it checks", () => {
    // Guards the reader itself: if the pattern stopped matching, every check below would pass.
    expect(importEdges().some((e) => e.from === "charts" && e.to === "model")).toBe(true);
  });

  it("has no view importing another view, and no shared folder importing a view", () => {
    const bad = importEdges()
      .filter((e) => !allowed(e))
      .map((e) => `${e.file}: ${e.from} -> ${e.to} ("${e.spec}")`);
    expect(bad).toEqual([]);
  });

  it("would catch a view importing another view", () => {
    expect(allowed({ file: "charts/x.ts", from: "charts", to: "profile", spec: "../profile/x" })).toBe(false);
    expect(allowed({ file: "ui/x.ts", from: "ui", to: "compare", spec: "../compare/x" })).toBe(false);
    expect(allowed({ file: "compare/x.ts", from: "compare", to: "map", spec: "../map/AtlasMap" })).toBe(true);
  });
});

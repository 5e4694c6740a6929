/**
 * `npm run data`: data/ + boundaries -> public/data/*.json. Reads and checks everything first,
 * reports every problem at once, and writes nothing unless all inputs and outputs are valid.
 */
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import type { z } from "zod";
import { type CrosswalkFile, FILE_SCHEMAS, type FiguresFile, Manifest, SCHEMA_VERSION, type Unit, type UnitsFile } from "../schema";
import { buildAreaReport } from "./area-report";
import { buildBasemap } from "./basemap";
import { buildBoundaries } from "./boundaries";
import { validateContext } from "./context-rows";
import { buildLinks } from "./crosswalk";
import { readInputs } from "./inputs";
import { compactJson, prettyJson } from "./json";
import { buildManifest, generatedAt, type OutputFile } from "./manifest";
import { type Problem, ProblemList } from "./problems";
import { buildUnits } from "./units";
import { validateFigures, validateMerger } from "./validate";
import { refuseOutContents, refuseOutPath } from "./out-guard";
import { readStories } from "./stories";
import { partnerInputs, readPartnerRecords, type PartnerInput } from "./partners";
import { publish, recoverOutput } from "./write";

export interface PipelineOptions {
  /** Folder holding the CSVs, release.json and admin/. */
  dataDir: string;
  /** Folder holding pre2025_adm1_geoboundaries/, pre2025_adm2_focus/, post2025_adm1_derived/. */
  boundariesDir: string;
  /** How to name the boundaries folder in messages. */
  boundariesShown?: string;
  /** Output folder; replaced as a whole on success. Refused when it is not safe to replace (out-guard.ts). */
  outDir: string;
  /** How to name the output folder in messages; default: outDir. */
  outShown?: string;
  /** The working directory, which the output may never be nor contain; default: process.cwd(). */
  cwd?: string;
  /** Where publishing stages the new output (write.ts); default: the output's parent folder. */
  workDir?: string;
  /** Called before each publishing step (write.ts); tests stop the run there. */
  onStep?: (step: string) => void;
  env?: Record<string, string | undefined>;
  /** A partner file being added (`--add FILE`), read beside those already in data/partner_records/. */
  addPartner?: PartnerInput;
}

export interface PipelineReport {
  counts: Record<string, number>;
  /** Bytes of each output file, raw and gzip-compressed. */
  sizes: { path: string; bytes: number; gzip: number }[];
  /** boundaries.topo.json + basemap.topo.json, gzip-compressed. */
  geometryGzipBytes: number;
  geometryBytes: number;
}

/** Warnings (doubts that do not stop the run) and what was recovered from a stopped run come with either outcome. */
export type PipelineResult = ({ ok: true; report: PipelineReport } | { ok: false; problems: Problem[] }) & { warnings: Problem[]; recovered: string[] };

/** All boundary and basemap data together must stay under this, gzip-compressed. */
export const GEOMETRY_BUDGET_GZIP = 300 * 1024;
/** The commune layer, loaded only when the map after 1 July 2025 needs it, has a budget of its own. */
export const COMMUNES_BUDGET_GZIP = 250 * 1024;
/** Files not in the first view's budget (loaded on demand, or never by the app). */
const ON_DEMAND = new Set(["communes.topo.json", "area_report.json"]);

function checkFile<S extends z.ZodType>(schema: S, value: unknown, path: string, problems: ProblemList): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  for (const issue of result.error.issues.slice(0, 20)) {
    problems.add({
      file: `public/data/${path}`,
      line: null,
      field: issue.path.join("."),
      message: `generated file fails its schema: ${issue.message}`,
      hint: "this is a pipeline bug or a schema change: fix src/pipeline or bump SCHEMA_VERSION",
    });
  }
}

function gzipSize(content: string): number {
  return gzipSync(Buffer.from(content, "utf8"), { level: 9 }).length;
}

export function runPipeline(options: PipelineOptions): PipelineResult {
  const problems = new ProblemList();
  const shown = options.outShown ?? options.outDir;
  const inputFolders = [
    { dir: options.dataDir, name: "data (input)" },
    { dir: options.boundariesDir, name: "boundaries (input)" },
  ];
  const refused = refuseOutPath(options.outDir, shown, options.cwd ?? process.cwd(), inputFolders);
  if (refused.length > 0) return { ok: false, problems: refused, warnings: [], recovered: [] };
  // A run stopped earlier may have left its publication half done: finish or undo it before anything else.
  const recovered = recoverOutput(options.outDir, options.workDir);
  const notOutput = refuseOutContents(options.outDir, shown);
  if (notOutput.length > 0) return { ok: false, problems: notOutput, warnings: [], recovered };
  const result = build(options, problems);
  return { ...result, warnings: problems.warnings, recovered };
}

function build(options: PipelineOptions, problems: ProblemList): { ok: true; report: PipelineReport } | { ok: false; problems: Problem[] } {
  const inputs = readInputs(options.dataDir, problems);
  const { admin, figures, release } = inputs;
  validateMerger(admin.provinces, problems);
  const units = buildUnits(admin, problems);
  const unitMap = new Map<string, Unit>(units.map((u) => [u.id, u]));
  const links = buildLinks(admin, figures.legalActs, problems);
  validateFigures(figures, unitMap, problems, inputs.unreadable);
  validateContext(inputs.context, figures, unitMap, problems);
  // Stories point at units, indicators and programmes, so they are read once those are known.
  const years = figures.observations.flatMap((o) => [Number(o.value.periodStart.slice(0, 4)), Number(o.value.periodEnd.slice(0, 4))]);
  const stories = readStories(
    options.dataDir,
    {
      units: unitMap,
      indicators: new Set(figures.indicators.map((r) => r.value.id)),
      programmes: new Set(figures.programmes.map((r) => r.value.id)),
      years: { from: Math.min(2019, ...years), to: Math.max(new Date().getUTCFullYear(), ...years) },
    },
    problems,
  );
  // Partners' records point at units and indicators too; they are published apart from the figures.
  const partnerFiles = [...partnerInputs(options.dataDir), ...(options.addPartner === undefined ? [] : [options.addPartner])];
  const partnerRecords = readPartnerRecords(partnerFiles, units, figures.indicators.map((r) => r.value), problems);
  if (problems.size > 0 || release === null) return { ok: false, problems: problems.sorted() };

  const unitsFile: UnitsFile = { schemaVersion: SCHEMA_VERSION, units, groups: figures.groups.map((g) => g.value) };
  const crosswalkFile: CrosswalkFile = { schemaVersion: SCHEMA_VERSION, legalActs: figures.legalActs.map((a) => a.value), links };
  const figuresFile: FiguresFile = {
    schemaVersion: SCHEMA_VERSION,
    sources: figures.sources.map((r) => r.value),
    indicators: figures.indicators.map((r) => r.value),
    organisations: figures.organisations.map((r) => r.value),
    programmes: figures.programmes.map((r) => r.value),
    phases: figures.phases.map((r) => r.value),
    milestones: figures.milestones.map((r) => r.value),
    observations: figures.observations.map((r) => r.value),
    // Written only when there are rows, so a data folder without these files builds the same JSON as before.
    ...(inputs.context.partnerships.length > 0 ? { partnerships: inputs.context.partnerships.map((r) => r.value) } : {}),
    ...(inputs.context.context.length > 0 ? { context: inputs.context.context.map((r) => r.value) } : {}),
  };

  const boundaries = buildBoundaries(
    {
      dir: options.boundariesDir,
      shownDir: options.boundariesShown ?? options.boundariesDir,
      provinces: admin.provinces,
      focusDistricts: admin.districts,
      contextDistricts: admin.context,
      communes: admin.communes,
      crosswalk: admin.crosswalk,
    },
    problems,
  );
  const basemap = buildBasemap();
  if (boundaries === null) return { ok: false, problems: problems.sorted() };

  const files: OutputFile[] = [
    { path: "units.json", role: "units", content: prettyJson(unitsFile) },
    { path: "crosswalk.json", role: "crosswalk", content: prettyJson(crosswalkFile) },
    { path: "figures.json", role: "figures", content: prettyJson(figuresFile) },
    { path: "boundaries.topo.json", role: "boundaries", content: compactJson(boundaries.topology) },
    { path: "basemap.topo.json", role: "basemap", content: compactJson(basemap.topology) },
    { path: "communes.topo.json", role: "communes", content: compactJson(boundaries.communes) },
    { path: "area_report.json", role: "areaReport", content: prettyJson(buildAreaReport(boundaries.topology, boundaries.communes, boundaries.sources, units)) },
    ...(stories === null ? [] : [{ path: "stories.json", role: "stories" as const, content: prettyJson(stories) }]),
    ...(partnerRecords === null ? [] : [{ path: "partner_records.json", role: "partnerRecords" as const, content: prettyJson(partnerRecords) }]),
  ];
  // Check what will be shipped exactly as the app will read it.
  for (const f of files) checkFile(FILE_SCHEMAS[f.role], JSON.parse(f.content), f.path, problems);

  const expected = { provinces_pre2025: 63, provinces_post2025: 34 } as const;
  for (const [name, n] of Object.entries(expected)) {
    const got = boundaries.counts[name as keyof typeof expected];
    if (got !== n) {
      problems.add({ file: "public/data/boundaries.topo.json", line: null, field: name, message: `${got} geometries, expected ${n}`, hint: "check the boundary joins and the merger table" });
    }
  }
  const focusCommunes = units.filter((u) => u.level === "commune" && u.vintage === "post2025").length;
  if (boundaries.counts.communes_focus !== focusCommunes) {
    problems.add({ file: "public/data/communes.topo.json", line: null, field: "communes_post2025", message: `${boundaries.counts.communes_focus} of the ${focusCommunes} focus communes are drawn`, hint: "check that post2025_bando/ holds the commune file of each focus province" });
  }
  const withGeometry = units.filter((u) => u.hasGeometry && u.level === "district").length;
  if (boundaries.counts.districts_pre2025 !== withGeometry) {
    problems.add({ file: "public/data/boundaries.topo.json", line: null, field: "districts_pre2025", message: `${boundaries.counts.districts_pre2025} geometries for ${withGeometry} districts marked as drawn`, hint: "every district with a boundary_name needs exactly one feature" });
  }

  const sizes = files.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.content, "utf8"), gzip: gzipSize(f.content) }));
  const geometry = sizes.filter((s) => s.path.endsWith(".topo.json") && !ON_DEMAND.has(s.path));
  const communesGzip = sizes.find((s) => s.path === "communes.topo.json")?.gzip ?? 0;
  if (communesGzip > COMMUNES_BUDGET_GZIP) {
    problems.add({ file: "public/data/communes.topo.json", line: null, field: null, message: `the commune layer is ${communesGzip} bytes gzip, over its ${COMMUNES_BUDGET_GZIP} budget`, hint: "raise COMMUNE_MIN_WEIGHT in src/pipeline/boundaries.ts" });
  }
  const geometryGzipBytes = geometry.reduce((sum, s) => sum + s.gzip, 0);
  if (geometryGzipBytes > GEOMETRY_BUDGET_GZIP) {
    problems.add({ file: "public/data/boundaries.topo.json", line: null, field: null, message: `boundary and basemap data is ${geometryGzipBytes} bytes gzip, over the ${GEOMETRY_BUDGET_GZIP} budget`, hint: "raise MIN_WEIGHT in src/pipeline/boundaries.ts or basemap.ts" });
  }
  if (problems.size > 0) return { ok: false, problems: problems.sorted() };

  const manifest = buildManifest(files, generatedAt(options.env ?? {}, release.dataAsOf), release.dataVersion, crosswalkFile.legalActs);
  const manifestContent = prettyJson(manifest);
  // The app trusts a manifest with the bytes its build was made with, unchecked (src/data/load.ts): check it here.
  checkFile(Manifest, JSON.parse(manifestContent), "manifest.json", problems);
  if (problems.size > 0) return { ok: false, problems: problems.sorted() };
  try {
    publish(options.outDir, [...files, { path: "manifest.json", content: manifestContent }], {
      ...(options.workDir !== undefined ? { workDir: options.workDir } : {}),
      ...(options.onStep !== undefined ? { onStep: options.onStep } : {}),
    });
  } catch (error: unknown) {
    // Deletes an unfinished staging folder (the previous output is then untouched), or finishes
    // moving a complete one into place; if that fails too, the next run finishes it.
    let state = "the previous output is unchanged, or the new one is in place if its files were already being moved";
    try {
      recoverOutput(options.outDir, options.workDir);
    } catch {
      state = "the output is partly moved, with its previous manifest.json (the app reports it as outdated); the next run finishes it";
    }
    const e = error as { code?: string; message?: string };
    problems.add({
      file: options.outShown ?? options.outDir,
      line: null,
      field: null,
      message: `could not publish the output (${e.code ?? e.message ?? String(error)}); ${state}`,
      hint: "check that the folder and the one beside it can be written (free space, permissions), then run again",
    });
    return { ok: false, problems: problems.sorted() };
  }

  return {
    ok: true,
    report: {
      counts: {
        units: units.length,
        groups: unitsFile.groups.length,
        links: links.length,
        observations: figuresFile.observations.length,
        ...(partnerRecords === null ? {} : { partner_records: partnerRecords.records.length }),
        ...boundaries.counts,
        neighbours: basemap.neighbours.length,
      },
      sizes: [...sizes, { path: "manifest.json", bytes: Buffer.byteLength(manifestContent), gzip: gzipSize(manifestContent) }],
      geometryGzipBytes,
      geometryBytes: geometry.reduce((sum, s) => sum + s.bytes, 0),
    },
  };
}

export const DEFAULT_OUT = join("public", "data");

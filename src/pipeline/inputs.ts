/** Reads every input file of data/ into typed rows, collecting problems instead of stopping. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { IsoDate } from "../schema";
import {
  type AdminFacts,
  COMMUNES_FOCUS_COLUMNS,
  CONTEXT_COLUMNS,
  CROSSWALK_COLUMNS,
  DISTRICTS_FOCUS_COLUMNS,
  MERGER_COLUMNS,
  readCommunesFocus,
  readContextDistricts,
  readCrosswalk,
  readDistrictsFocus,
  readMerger,
} from "./admin-rows";
import { checkColumns, COLUMN_RULES, FIRST_YEAR, LAST_YEAR } from "./cell-checks";
import { CONTEXT_NOTE_COLUMNS, contextSpec, type ContextInputs, PARTNER_COLUMNS, partnerSpec } from "./context-rows";
import { type CsvShape, readCsv } from "./csv";
import {
  GROUP_COLUMNS,
  groupSpec,
  INDICATOR_COLUMNS,
  indicatorSpec,
  LEGAL_ACT_COLUMNS,
  legalActSpec,
  MILESTONE_COLUMNS,
  MILESTONE_OPTIONAL_COLUMNS,
  milestoneSpec,
  OBSERVATION_COLUMNS,
  observationSpec,
  ORGANISATION_COLUMNS,
  organisationSpec,
  PHASE_COLUMNS,
  phaseSpec,
  PROGRAMME_COLUMNS,
  programmeSpec,
  SOURCE_COLUMNS,
  SOURCE_OPTIONAL_COLUMNS,
  sourceSpec,
} from "./figures-rows";
import type { ProblemList } from "./problems";
import { type ParsedRow, parseRows, type RowSpec } from "./rows";
import { UNIT_VALUE_COLUMNS, unitValueSpec } from "./unit-values";
import { FIGURE_FILES, type FigureInputs } from "./validate";

export const Release = z.object({ dataVersion: z.string().min(1), dataAsOf: IsoDate });
export type Release = z.infer<typeof Release>;

export interface Inputs {
  release: Release | null;
  admin: AdminFacts;
  figures: FigureInputs;
  context: ContextInputs;
  /** Figure files that could not be read at all (their problems are reported). */
  unreadable: ReadonlySet<string>;
}

function readRelease(dataDir: string, problems: ProblemList): Release | null {
  const file = "data/release.json";
  const path = join(dataDir, "release.json");
  if (!existsSync(path)) {
    problems.add({ file, line: null, field: null, message: "file not found", hint: 'create it: { "dataVersion": "2026-11-29", "dataAsOf": "2026-11-29" }' });
    return null;
  }
  // A byte-order mark is what some editors write at the start of UTF-8: allowed, as in the CSVs.
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  /** Line of a key, so that messages about a JSON file also name a line. */
  const lineOf = (key: string): number => {
    const at = text.indexOf(`"${key}"`);
    return at < 0 ? 1 : text.slice(0, at).split("\n").length;
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error: unknown) {
    problems.add({ file, line: 1, field: "JSON syntax", message: `not valid JSON (${String(error)})`, hint: "fix the JSON syntax" });
    return null;
  }
  const parsed = Release.safeParse(json);
  if (parsed.success) {
    const year = Number(parsed.data.dataAsOf.slice(0, 4));
    if (year >= FIRST_YEAR && year <= LAST_YEAR) return parsed.data;
    problems.add({ file, line: lineOf("dataAsOf"), field: "dataAsOf", message: `the year ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}`, hint: "write the YYYY-MM-DD the data describes; it dates the manifest" });
    return null;
  }
  for (const issue of parsed.error.issues) {
    const field = issue.path.join(".");
    problems.add({ file, line: lineOf(field), field: field === "" ? "JSON" : field, message: issue.message, hint: "dataVersion is a label; dataAsOf is the YYYY-MM-DD the data describes" });
  }
  return null;
}

/**
 * Files that must hold rows: without them the atlas would publish no figures, sources or
 * indicators. The others may be empty (a programme with no phases, no groups, no milestones).
 */
const NEEDS_ROWS = new Set(["sources.csv", "indicators.csv", "programmes.csv", "observations.csv", "legal_acts.csv"]);

/** Columns a file may have besides its required ones. */
const OPTIONAL_COLUMNS: Record<string, readonly string[]> = {
  "indicators.csv": ["unit_fr"],
  "districts_context.csv": ["valid_to"],
  "sources.csv": SOURCE_OPTIONAL_COLUMNS,
  "milestones.csv": MILESTONE_OPTIONAL_COLUMNS,
  // Empty = stated / none (data/README.md, "Stated or inferred").
  "observations.csv": ["period_basis", "area_basis", "inconsistent_with"],
};

function shapeOf(name: string, required: readonly string[]): CsvShape {
  return { known: [...required, ...(OPTIONAL_COLUMNS[name] ?? [])], needsRows: NEEDS_ROWS.has(name) };
}

function rows<T>(dataDir: string, name: string, columns: readonly string[], spec: RowSpec<T>, problems: ProblemList, unreadable?: Set<string>): ParsedRow<T>[] {
  const csv = readCsv(join(dataDir, name), `data/${name}`, columns, problems, shapeOf(name, columns));
  if (csv === null) {
    unreadable?.add(`data/${name}`);
    return [];
  }
  checkColumns(csv, COLUMN_RULES[name] ?? {}, problems);
  return parseRows(csv, spec, problems);
}

/** A file added after the first release: absent means no rows, so older data folders still build. */
function optionalRows<T>(dataDir: string, name: string, columns: readonly string[], spec: RowSpec<T>, problems: ProblemList): ParsedRow<T>[] {
  return existsSync(join(dataDir, name)) ? rows(dataDir, name, columns, spec, problems) : [];
}

function adminFacts(dataDir: string, problems: ProblemList): AdminFacts {
  // The admin facts are verbatim copies with more columns than we read: any extra column is allowed.
  const read = <R>(name: string, columns: readonly string[], reader: (csv: NonNullable<ReturnType<typeof readCsv>>, p: ProblemList) => R[]): R[] => {
    const edited = name === "districts_context.csv";
    const csv = readCsv(join(dataDir, name), `data/${name}`, columns, problems, edited ? shapeOf(name, columns) : { known: null, needsRows: true });
    if (csv === null) return [];
    if (edited) checkColumns(csv, COLUMN_RULES[name] ?? {}, problems);
    return reader(csv, problems);
  };
  return {
    provinces: read("admin/provinces_2025_merger.csv", MERGER_COLUMNS, readMerger),
    districts: read("admin/districts_focus.csv", DISTRICTS_FOCUS_COLUMNS, readDistrictsFocus),
    communes: read("admin/communes_focus.csv", COMMUNES_FOCUS_COLUMNS, readCommunesFocus),
    crosswalk: read("admin/communes_focus_crosswalk.csv", CROSSWALK_COLUMNS, readCrosswalk),
    // valid_to is optional: without it every context district lasts until 30 June 2025.
    context: read("districts_context.csv", CONTEXT_COLUMNS.filter((c) => c !== "valid_to"), readContextDistricts),
    unitValues: rows(dataDir, "unit_values.csv", UNIT_VALUE_COLUMNS, unitValueSpec, problems),
  };
}

export function readInputs(dataDir: string, problems: ProblemList): Inputs {
  const name = (key: keyof typeof FIGURE_FILES) => FIGURE_FILES[key].slice("data/".length);
  const unreadable = new Set<string>();
  const figureRows = <T>(key: keyof typeof FIGURE_FILES, columns: readonly string[], spec: RowSpec<T>) => rows(dataDir, name(key), columns, spec, problems, unreadable);
  return {
    release: readRelease(dataDir, problems),
    admin: adminFacts(dataDir, problems),
    figures: {
      sources: figureRows("sources", SOURCE_COLUMNS, sourceSpec),
      indicators: figureRows("indicators", INDICATOR_COLUMNS, indicatorSpec),
      organisations: figureRows("organisations", ORGANISATION_COLUMNS, organisationSpec),
      programmes: figureRows("programmes", PROGRAMME_COLUMNS, programmeSpec),
      phases: figureRows("phases", PHASE_COLUMNS, phaseSpec),
      milestones: figureRows("milestones", MILESTONE_COLUMNS, milestoneSpec),
      groups: figureRows("groups", GROUP_COLUMNS, groupSpec),
      observations: figureRows("observations", OBSERVATION_COLUMNS, observationSpec),
      legalActs: figureRows("legalActs", LEGAL_ACT_COLUMNS, legalActSpec),
    },
    context: {
      partnerships: optionalRows(dataDir, "partners.csv", PARTNER_COLUMNS, partnerSpec, problems),
      context: optionalRows(dataDir, "context.csv", CONTEXT_NOTE_COLUMNS, contextSpec, problems),
    },
    unreadable,
  };
}

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
import { CONTEXT_NOTE_COLUMNS, contextSpec, type ContextInputs, PARTNER_COLUMNS, partnerSpec } from "./context-rows";
import { readCsv } from "./csv";
import {
  GROUP_COLUMNS,
  groupSpec,
  INDICATOR_COLUMNS,
  indicatorSpec,
  LEGAL_ACT_COLUMNS,
  legalActSpec,
  MILESTONE_COLUMNS,
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
}

function readRelease(dataDir: string, problems: ProblemList): Release | null {
  const file = "data/release.json";
  const path = join(dataDir, "release.json");
  if (!existsSync(path)) {
    problems.add({ file, line: null, field: null, message: "file not found", hint: 'create it: { "dataVersion": "2026-11-29", "dataAsOf": "2026-11-29" }' });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error: unknown) {
    problems.add({ file, line: null, field: null, message: `not valid JSON (${String(error)})`, hint: "fix the JSON syntax" });
    return null;
  }
  const parsed = Release.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.add({ file, line: null, field: issue.path.join("."), message: issue.message, hint: "dataVersion is a label; dataAsOf is the YYYY-MM-DD the data describes" });
  }
  return null;
}

function rows<T>(dataDir: string, name: string, columns: readonly string[], spec: RowSpec<T>, problems: ProblemList): ParsedRow<T>[] {
  const csv = readCsv(join(dataDir, name), `data/${name}`, columns, problems);
  return csv === null ? [] : parseRows(csv, spec, problems);
}

/** A file added after the first release: absent means no rows, so older data folders still build. */
function optionalRows<T>(dataDir: string, name: string, columns: readonly string[], spec: RowSpec<T>, problems: ProblemList): ParsedRow<T>[] {
  return existsSync(join(dataDir, name)) ? rows(dataDir, name, columns, spec, problems) : [];
}

function adminFacts(dataDir: string, problems: ProblemList): AdminFacts {
  const read = <R>(name: string, columns: readonly string[], reader: (csv: NonNullable<ReturnType<typeof readCsv>>, p: ProblemList) => R[]): R[] => {
    const csv = readCsv(join(dataDir, name), `data/${name}`, columns, problems);
    return csv === null ? [] : reader(csv, problems);
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
  return {
    release: readRelease(dataDir, problems),
    admin: adminFacts(dataDir, problems),
    figures: {
      sources: rows(dataDir, name("sources"), SOURCE_COLUMNS, sourceSpec, problems),
      indicators: rows(dataDir, name("indicators"), INDICATOR_COLUMNS, indicatorSpec, problems),
      organisations: rows(dataDir, name("organisations"), ORGANISATION_COLUMNS, organisationSpec, problems),
      programmes: rows(dataDir, name("programmes"), PROGRAMME_COLUMNS, programmeSpec, problems),
      phases: rows(dataDir, name("phases"), PHASE_COLUMNS, phaseSpec, problems),
      milestones: rows(dataDir, name("milestones"), MILESTONE_COLUMNS, milestoneSpec, problems),
      groups: rows(dataDir, name("groups"), GROUP_COLUMNS, groupSpec, problems),
      observations: rows(dataDir, name("observations"), OBSERVATION_COLUMNS, observationSpec, problems),
      legalActs: rows(dataDir, name("legalActs"), LEGAL_ACT_COLUMNS, legalActSpec, problems),
    },
    context: {
      partnerships: optionalRows(dataDir, "partners.csv", PARTNER_COLUMNS, partnerSpec, problems),
      context: optionalRows(dataDir, "context.csv", CONTEXT_NOTE_COLUMNS, contextSpec, problems),
    },
  };
}

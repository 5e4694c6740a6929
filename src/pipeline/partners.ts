/**
 * Partners' records: every data/partner_records/*.csv (and, with `--add FILE`, the file being
 * added) read with the pipeline's CSV reader and checked by the partner format's one definition
 * (src/schema/partner.ts, which the browser's preview runs too). They are published in
 * partner_records.json, a file of their own, and never enter figures.json or any total.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Indicator, PartnerRecordsFile, Unit } from "../schema";
import { SCHEMA_VERSION } from "../schema";
import { checkPartnerTable } from "../schema/partner";
import { readCsv } from "./csv";
import type { ProblemList } from "./problems";

/** The folder under data/ that holds the partner files `--add` copied there; read on every run. */
export const PARTNER_DIR = "partner_records";

/** A partner file to read: its path, and how messages name it. */
export interface PartnerInput {
  path: string;
  shown: string;
  /** Where the file will be kept (data/partner_records/NAME.csv), when that is not `shown`: the file being added. */
  keptAs?: string;
}

/** The partner files in data/partner_records/, in name order (hidden files, such as one being added, excluded). */
export function partnerInputs(dataDir: string): PartnerInput[] {
  const dir = join(dataDir, PARTNER_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".csv") && !name.startsWith("."))
    .sort()
    .map((name) => ({ path: join(dir, name), shown: `data/${PARTNER_DIR}/${name}` }));
}

/** Reads and checks every partner file; null when there is none (no file is then written). */
export function readPartnerRecords(inputs: readonly PartnerInput[], units: readonly Unit[], indicators: readonly Indicator[], problems: ProblemList): PartnerRecordsFile | null {
  if (inputs.length === 0) return null;
  const context = { units, indicators: indicators.map((i) => ({ id: i.id, kind: i.kind })) };
  const records: PartnerRecordsFile["records"] = [];
  for (const input of inputs) {
    // Column names are the partner format's (English or Vietnamese), checked by checkPartnerTable.
    const csv = readCsv(input.path, input.shown, [], problems);
    if (csv === null) continue;
    const result = checkPartnerTable(csv, context);
    // Records name the file they are kept in, so adding a file and a later run publish the same bytes.
    if (result.ok) records.push(...result.records.map((r) => ({ ...r, file: input.keptAs ?? input.shown })));
    else for (const p of result.problems) problems.add(p);
  }
  return { schemaVersion: SCHEMA_VERSION, files: inputs.map((i) => i.keptAs ?? i.shown).sort(), records: records.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line) };
}

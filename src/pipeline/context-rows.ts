/**
 * Row parsers for partners.csv and context.csv (formats in data/README.md): what the sources say
 * about programmes, phases and places that is not a figure, each with the sentence it rests on.
 * Both files are optional, so a data folder written before they existed still builds.
 */
import { ContextNote, Partnership } from "../schema";
import { list, nullable, optional } from "./cells";
import type { ProblemList } from "./problems";
import type { ParsedRow, RowSpec } from "./rows";
import type { FigureInputs } from "./validate";

const QUOTE_HINT = "copy the sentence from the document, word for word; write […] where a person's name is left out";
const LANG_HINT = "write vi, en or fr: the language of the quote";

export const PARTNER_COLUMNS = ["organisation_id", "programme_id", "phase_id", "role_vi", "role_en", "role_fr", "source_id", "quote_lang", "quote"] as const;
export const partnerSpec: RowSpec<Partnership> = {
  schema: Partnership,
  build: (r) => ({
    organisationId: r.cells.organisation_id,
    programmeId: r.cells.programme_id,
    phaseId: nullable(r.cells.phase_id ?? ""),
    roleVi: r.cells.role_vi,
    roleEn: r.cells.role_en,
    roleFr: r.cells.role_fr,
    sourceId: r.cells.source_id,
    quoteLang: r.cells.quote_lang,
    quote: r.cells.quote,
  }),
  columnOf: {
    organisationId: "organisation_id",
    programmeId: "programme_id",
    phaseId: "phase_id",
    roleVi: "role_vi",
    roleEn: "role_en",
    roleFr: "role_fr",
    sourceId: "source_id",
    quoteLang: "quote_lang",
  },
  hints: {
    organisation_id: "write an id from organisations.csv",
    programme_id: "write an id from programmes.csv",
    phase_id: "write an id from phases.csv, or leave empty for the whole programme",
    role_vi: "write the role in Vietnamese",
    role_en: "write the role in English",
    role_fr: "write the role in French",
    source_id: "write an id from sources.csv",
    quote_lang: LANG_HINT,
    quote: QUOTE_HINT,
  },
};

export const CONTEXT_NOTE_COLUMNS = ["id", "subjects", "kind", "text_vi", "text_en", "text_fr", "source_ids", "basis", "quote_lang", "quote"] as const;
export const contextSpec: RowSpec<ContextNote> = {
  schema: ContextNote,
  build: (r) => ({
    id: r.cells.id,
    subjects: list(r.cells.subjects ?? ""),
    kind: r.cells.kind,
    textVi: r.cells.text_vi,
    textEn: r.cells.text_en,
    textFr: r.cells.text_fr,
    sourceIds: list(r.cells.source_ids ?? ""),
    basis: optional(r.cells.basis ?? ""),
    quoteLang: r.cells.quote_lang,
    quote: r.cells.quote,
  }),
  columnOf: { textVi: "text_vi", textEn: "text_en", textFr: "text_fr", sourceIds: "source_ids", quoteLang: "quote_lang" },
  hints: {
    id: "use lower-case letters, digits, - or _",
    subjects: "write programme:ID, phase:ID or unit:UNIT-ID; separate several with ;",
    kind: "write name, aim, process, target, story, conflict or quality",
    text_vi: "write the statement in Vietnamese",
    text_en: "write the statement in English",
    text_fr: "write the statement in French",
    quote_lang: LANG_HINT,
    quote: QUOTE_HINT,
  },
};

export interface ContextInputs {
  partnerships: ParsedRow<Partnership>[];
  context: ParsedRow<ContextNote>[];
}

/** Every id a partner or context row names must exist; a unit subject must be a unit the admin facts define. */
export function validateContext(inputs: ContextInputs, figures: FigureInputs, units: ReadonlyMap<string, unknown>, problems: ProblemList): void {
  const ids = <T extends { id: string }>(rows: ParsedRow<T>[]) => new Set(rows.map((r) => r.value.id));
  const known = {
    source: ids(figures.sources),
    organisation: ids(figures.organisations),
    programme: ids(figures.programmes),
    phase: ids(figures.phases),
  };
  const unknown = (file: string, line: number, field: string, what: keyof typeof known | "unit", id: string, listFile: string) =>
    problems.add({ file, line, field, message: `unknown ${what} "${id}"`, hint: `use ids from ${listFile}, or add rows there first` });

  for (const { value: p, line } of inputs.partnerships) {
    const file = "data/partners.csv";
    if (!known.organisation.has(p.organisationId)) unknown(file, line, "organisation_id", "organisation", p.organisationId, "data/organisations.csv");
    if (!known.programme.has(p.programmeId)) unknown(file, line, "programme_id", "programme", p.programmeId, "data/programmes.csv");
    if (p.phaseId !== null && !known.phase.has(p.phaseId)) unknown(file, line, "phase_id", "phase", p.phaseId, "data/phases.csv");
    if (!known.source.has(p.sourceId)) unknown(file, line, "source_id", "source", p.sourceId, "data/sources.csv");
  }
  const seen = new Set<string>();
  for (const { value: c, line } of inputs.context) {
    const file = "data/context.csv";
    if (seen.has(c.id)) problems.add({ file, line, field: "id", message: `id "${c.id}" is used twice`, hint: "give each row its own id" });
    seen.add(c.id);
    for (const s of c.sourceIds) if (!known.source.has(s)) unknown(file, line, "source_ids", "source", s, "data/sources.csv");
    if (c.sourceIds.length === 0 && c.basis === undefined) {
      problems.add({ file, line, field: "basis", message: "no source and no basis: the statement rests on nothing", hint: "write source ids, or name the data/admin file the quote is from in basis" });
    }
    for (const subject of c.subjects) {
      const [kind, ...rest] = subject.split(":");
      const id = rest.join(":");
      if (kind === "unit" && !units.has(id)) unknown(file, line, "subjects", "unit", id, "data/admin");
      if ((kind === "programme" || kind === "phase") && !known[kind].has(id)) unknown(file, line, "subjects", kind, id, `data/${kind}s.csv`);
    }
  }
}

/**
 * Checks across files: every id a row names exists, in the right vintage; no id twice; periods
 * in order. Row-level shape is checked earlier, by the schema (rows.ts).
 */
import type { AreaGroup, AreaRef, Indicator, LegalAct, Milestone, Observation, Organisation, Phase, Programme, Source, Unit } from "../schema";
import { parseUnitId } from "../schema";
import type { MergerRow } from "./admin-rows";
import { periodInOrder } from "./dates";
import { checkObservations } from "./figure-checks";
import type { ProblemList } from "./problems";
import type { ParsedRow } from "./rows";

export interface FigureInputs {
  sources: ParsedRow<Source>[];
  indicators: ParsedRow<Indicator>[];
  organisations: ParsedRow<Organisation>[];
  programmes: ParsedRow<Programme>[];
  phases: ParsedRow<Phase>[];
  milestones: ParsedRow<Milestone>[];
  groups: ParsedRow<AreaGroup>[];
  observations: ParsedRow<Observation>[];
  legalActs: ParsedRow<LegalAct>[];
}

/** Display paths of the files, so messages name them. */
export const FIGURE_FILES = {
  sources: "data/sources.csv",
  indicators: "data/indicators.csv",
  organisations: "data/organisations.csv",
  programmes: "data/programmes.csv",
  phases: "data/phases.csv",
  milestones: "data/milestones.csv",
  groups: "data/groups.csv",
  observations: "data/observations.csv",
  legalActs: "data/legal_acts.csv",
} as const satisfies Record<keyof FigureInputs, string>;

function checkUniqueIds(rows: ParsedRow<{ id: string }>[], file: string, problems: ProblemList): void {
  const first = new Map<string, number>();
  for (const { value, line } of rows) {
    const seen = first.get(value.id);
    if (seen === undefined) first.set(value.id, line);
    else {
      problems.add({
        file,
        line,
        field: "id",
        message: `duplicate id "${value.id}" (first used on line ${seen})`,
        hint: "give this row its own id, or delete it if it repeats the other row",
      });
    }
  }
}

/**
 * `unreadable`: files that could not be read at all (already reported); references to their ids
 * are not checked, which would only add a message per reference.
 */
export function validateFigures(inputs: FigureInputs, units: Map<string, Unit>, problems: ProblemList, unreadable: ReadonlySet<string> = new Set()): void {
  for (const key of Object.keys(FIGURE_FILES) as (keyof FigureInputs)[]) {
    checkUniqueIds(inputs[key], FIGURE_FILES[key], problems);
  }
  const ids = <T extends { id: string }>(rows: ParsedRow<T>[]) => new Set(rows.map((r) => r.value.id));
  const sources = ids(inputs.sources);
  const indicators = ids(inputs.indicators);
  const organisations = ids(inputs.organisations);
  const programmes = ids(inputs.programmes);
  const groups = new Map(inputs.groups.map((g) => [g.value.id, g.value]));
  const phases = new Map(inputs.phases.map((p) => [p.value.id, p.value]));
  const observations = new Map(inputs.observations.map((o) => [o.value.id, o.value]));

  // A translation must say whose it is, and be in another language than its original.
  for (const { value: s, line } of inputs.sources) {
    const file = FIGURE_FILES.sources;
    if (s.translationOf === undefined) {
      if (s.translationPublisher !== undefined || s.translationUrl !== undefined) {
        problems.add({ file, line, field: "translation_of", message: "a translation's publisher or address is given, but not the original's language", hint: "write the original's language (vi, en or fr) in translation_of" });
      }
      continue;
    }
    if (s.translationOf === s.language) {
      problems.add({ file, line, field: "translation_of", message: `the original and the quoted text are both in "${s.language}"`, hint: "language is the quoted translation's language; translation_of the original's" });
    }
    if (s.translationPublisher === undefined) {
      problems.add({ file, line, field: "translation_publisher", message: "a translation without its publisher", hint: "write who published the translation that is quoted" });
    }
  }

  /** One message per cell, naming every unknown id in it. */
  const need = (known: Set<string> | Map<string, unknown>, idOrIds: string | string[], what: string, file: string, line: number, field: string, listFile: string) => {
    if (unreadable.has(listFile)) return;
    const unknown = (Array.isArray(idOrIds) ? idOrIds : [idOrIds]).filter((id) => !known.has(id));
    if (unknown.length === 0) return;
    const names = unknown.map((id) => `"${id}"`).join(", ");
    problems.add({ file, line, field, message: `unknown ${what}${unknown.length > 1 ? "s" : ""} ${names}`, hint: `use ids from ${listFile}, or add rows there first` });
  };

  const checkArea = (area: AreaRef, file: string, line: number, field: string) => {
    switch (area.kind) {
      case "unit":
        if (!units.has(area.unit)) {
          const { vintage } = parseUnitId(area.unit);
          problems.add({
            file,
            line,
            field,
            message: `unknown unit "${area.unit}": no ${vintage} unit has this code`,
            hint: "write vintage:GSO-code of a unit in units.json (e.g. pre2025:450 Đồng Hới, post2025:44 new Quảng Trị); for several units reported together use a group",
          });
        }
        return;
      case "group":
        need(groups, area.group, "group", file, line, field, "data/groups.csv");
        return;
    }
  };

  const gFile = FIGURE_FILES.groups;
  for (const { value: g, line } of inputs.groups) {
    const unknown = g.members.filter((m) => !units.has(m));
    const otherVintage = g.members.filter((m) => units.has(m) && units.get(m)?.vintage !== g.vintage);
    const complaints = [
      unknown.length > 0 ? `unknown unit${unknown.length > 1 ? "s" : ""} ${unknown.map((m) => `"${m}"`).join(", ")} in group "${g.id}"` : "",
      otherVintage.length > 0 ? `${otherVintage.join(", ")} ${otherVintage.length > 1 ? "are" : "is a"} ${units.get(otherVintage[0] ?? "")?.vintage ?? ""} unit${otherVintage.length > 1 ? "s" : ""} but group "${g.id}" is ${g.vintage}` : "",
    ].filter((c) => c !== "");
    if (complaints.length > 0) {
      problems.add({
        file: gFile,
        line,
        field: "members",
        message: complaints.join("; "),
        hint: "list unit ids from units.json (e.g. pre2025:455), all of the group's vintage",
      });
    }
  }

  const pFile = FIGURE_FILES.phases;
  for (const { value: p, line } of inputs.phases) {
    need(programmes, p.programmeId, "programme", pFile, line, "programme_id", "data/programmes.csv");
    need(sources, p.sourceIds, "source", pFile, line, "source_ids", "data/sources.csv");
    for (const a of p.areas) checkArea(a, pFile, line, "areas"); // first unknown area of the cell is reported
    if (!periodInOrder(p.start, p.end)) {
      problems.add({ file: pFile, line, field: "end", message: `phase ends (${p.end}) before it starts (${p.start})`, hint: "swap start and end, or correct the date from the source" });
    }
  }

  const mFile = FIGURE_FILES.milestones;
  for (const { value: m, line } of inputs.milestones) {
    need(sources, m.sourceIds, "source", mFile, line, "source_ids", "data/sources.csv");
  }

  checkObservations(inputs.observations, inputs.indicators, problems);
  const oFile = FIGURE_FILES.observations;
  for (const { value: o, line } of inputs.observations) {
    need(indicators, o.indicatorId, "indicator", oFile, line, "indicator_id", "data/indicators.csv");
    need(programmes, o.programmeId, "programme", oFile, line, "programme_id", "data/programmes.csv");
    need(sources, o.sourceId, "source", oFile, line, "source_id", "data/sources.csv");
    need(organisations, o.partnerIds, "partner", oFile, line, "partner_ids", "data/organisations.csv");
    checkArea(o.area, oFile, line, "area");
    if (o.phaseId !== null) {
      const phase = phases.get(o.phaseId);
      if (phase === undefined) need(phases, o.phaseId, "phase", oFile, line, "phase_id", "data/phases.csv");
      else if (phase.programmeId !== o.programmeId) {
        problems.add({
          file: oFile,
          line,
          field: "phase_id",
          message: `phase "${o.phaseId}" belongs to programme "${phase.programmeId}", not "${o.programmeId}"`,
          hint: "correct programme_id or phase_id so they agree",
        });
      }
    }
    const others = o.inconsistentWith.map((id) => observations.get(id));
    const unknownOrOther = o.inconsistentWith.filter((_id, i) => others[i] === undefined || others[i]?.sourceId !== o.sourceId);
    if (unknownOrOther.length > 0) {
      problems.add({
        file: oFile,
        line,
        field: "inconsistent_with",
        message: `${unknownOrOther.map((id) => `"${id}"`).join(", ")}: not a figure of the same source ("${o.sourceId}")`,
        hint: "list ids of observations.csv rows whose source_id is this row's; a disagreement between sources is same_as",
      });
    }
    if (!periodInOrder(o.periodStart, o.periodEnd)) {
      problems.add({
        file: oFile,
        line,
        field: "period_end",
        message: `period ends (${o.periodEnd}) before it starts (${o.periodStart})`,
        hint: "swap period_start and period_end, or correct them from the source",
      });
    }
  }
}

/** The merger table must send each of the 63 old provinces to exactly one of 34 new ones. */
export function validateMerger(rows: MergerRow[], problems: ProblemList): void {
  const file = rows[0]?.file ?? "data/admin/provinces_2025_merger.csv";
  const seen = new Map<string, number>();
  const newNames = new Map<string, string>();
  for (const r of rows) {
    const before = seen.get(r.oldCode);
    if (before !== undefined) {
      problems.add({ file, line: r.line, field: "old_gso_code", message: `province ${r.oldCode} appears again (first on line ${before})`, hint: "each old province maps to exactly one new one: keep one row" });
    }
    seen.set(r.oldCode, r.line);
    const name = newNames.get(r.newCode);
    if (name !== undefined && name !== r.newNameVi) {
      problems.add({ file, line: r.line, field: "new_name_vi", message: `new unit ${r.newCode} is called "${r.newNameVi}" here but "${name}" elsewhere`, hint: "use one name per new code" });
    }
    newNames.set(r.newCode, r.newNameVi);
  }
  if (seen.size !== 63) {
    problems.add({ file, line: null, field: "old_gso_code", message: `${seen.size} old provinces, expected 63`, hint: "the table must list all 63 pre-2025 provinces once" });
  }
  if (newNames.size !== 34) {
    problems.add({ file, line: null, field: "new_gso_code", message: `${newNames.size} new provinces, expected 34`, hint: "the 63 must map onto the 34 units of Resolution 202/2025/QH15" });
  }
}

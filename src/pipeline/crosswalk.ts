/**
 * Links from each pre-2025 unit to what it became on 1 July 2025, with the legal act, clause and
 * the clause's words. Provinces and communes went whole into one new unit; a focus district went,
 * commune by commune, into several new communes (`split`).
 */
import { type CrosswalkLink, type LegalAct, unitId } from "../schema";
import type { AdminFacts, CommuneFocusRow, Located } from "./admin-rows";
import type { ParsedRow } from "./rows";
import type { ProblemList } from "./problems";

/** Finds the act whose number appears in a free-text basis ("National Assembly Resolution 202/2025/QH15 of ..."). */
function actFor(basis: string, acts: LegalAct[], where: Located & { field: string }, problems: ProblemList): string | null {
  const number = /(\d+\/\d{4}\/QH\d+|\d+\/NQ-UBTVQH\d+)/.exec(basis)?.[1];
  const act = number === undefined ? undefined : acts.find((a) => a.number === number);
  if (act !== undefined) return act.id;
  problems.add({
    file: where.file,
    line: where.line,
    field: where.field,
    message: number === undefined ? `no act number found in "${basis}"` : `legal act ${number} is not in data/legal_acts.csv`,
    hint: number === undefined ? "name the act by its number, e.g. 1680/NQ-UBTVQH15" : `add a row for ${number} to data/legal_acts.csv`,
  });
  return null;
}

/**
 * The transcription marks the new unit's name in bold (**xã Can Lộc**); the resolution's words have
 * no markup. A marker glued between two letters ("phường**Bắc") stood for a space.
 */
export function clauseWords(text: string): string {
  return text
    .replace(/(\p{L})\*\*(?=\p{L})/gu, "$1 ")
    .replace(/\*\*/g, "")
    .trim();
}

export function buildLinks(facts: AdminFacts, legalActs: ParsedRow<LegalAct>[], problems: ProblemList): CrosswalkLink[] {
  const acts = legalActs.map((a) => a.value);
  const links: CrosswalkLink[] = [];

  for (const row of facts.provinces) {
    const act = actFor(row.legalBasis, acts, { ...row, field: "legal_basis" }, problems);
    if (act === null) continue;
    links.push({
      from: unitId("pre2025", row.oldCode),
      to: [unitId("post2025", row.newCode)],
      relation: "whole",
      legalActId: act,
      ...(row.newIsMerger ? {} : { note: "Unchanged: not merged with another province." }),
    });
  }

  const communeByCode = new Map<string, CommuneFocusRow>(facts.communes.map((c) => [c.code, c]));
  for (const row of facts.crosswalk) {
    const target = communeByCode.get(row.newCode);
    if (target === undefined) {
      problems.add({
        file: row.file,
        line: row.line,
        field: "new_unit_gso_code",
        message: `new unit ${row.newCode} is not in data/admin/communes_focus.csv`,
        hint: "check the code against the conversion table",
      });
      continue;
    }
    const act = actFor(row.resolution, acts, { ...row, field: "nasc_resolution" }, problems);
    if (act === null) continue;
    const words = clauseWords(target.text);
    links.push({
      from: unitId("pre2025", row.oldCode),
      to: [unitId("post2025", row.newCode)],
      relation: "whole",
      legalActId: act,
      ...(target.clause !== "" ? { clause: target.clause } : {}),
      ...(words !== "" ? { text: words } : {}),
    });
  }

  for (const d of facts.districts) {
    const rows = facts.crosswalk.filter((r) => r.oldDistrict === d.code);
    const targets = [...new Set(rows.map((r) => r.newCode))].sort();
    const first = rows[0];
    if (first === undefined) {
      problems.add({
        file: d.file,
        line: d.line,
        field: "old_district_gso_code",
        message: `no commune of district ${d.code} in data/admin/communes_focus_crosswalk.csv`,
        hint: "add its communes to the crosswalk file",
      });
      continue;
    }
    const act = actFor(first.resolution, acts, { ...first, field: "nasc_resolution" }, problems);
    if (act === null) continue;
    // A successor that also took units of another former district (phường Bắc Hồng Lĩnh) is named.
    const shared = targets.filter((t) => facts.crosswalk.some((r) => r.newCode === t && r.oldDistrict !== d.code));
    const sharedNames = shared.map((t) => communeByCode.get(t)?.nameVi ?? t).join(", ");
    links.push({
      from: unitId("pre2025", d.code),
      to: targets.map((t) => unitId("post2025", t)),
      relation: targets.length > 1 ? "split" : "whole",
      legalActId: act,
      note:
        `District level abolished on 2025-07-01; its communes went into ${targets.length} new commune-level unit(s).` +
        (shared.length > 0 ? ` ${sharedNames} also takes units of another former district.` : ""),
    });
  }
  return links;
}

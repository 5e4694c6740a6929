/**
 * Caveats from data/context.csv (dates that disagree, doubtful unit values), marked as figure
 * conflicts are, for every view that shows the thing they qualify.
 */
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { useDataset } from "../data/hooks";
import type { ContextNote, Lang, UnitId } from "../schema";

/** The badge a caveat carries: the same look as a figure conflict's. */
export function CaveatMark({ kind }: { kind: "conflict" | "quality" }): ReactElement {
  const { t } = useTranslation();
  return (
    <span className="badge badge--conflict" data-caveat={kind}>
      <span aria-hidden="true">⚠ </span>
      {t(`context.mark.${kind}`)}
    </span>
  );
}

export function contextText(note: Pick<ContextNote, "textVi" | "textEn" | "textFr">, lang: Lang): string {
  return lang === "vi" ? note.textVi : lang === "fr" ? note.textFr : note.textEn;
}

/** The doubtful-value caveats on one unit, each with its mark, beside the unit's area and population. */
export function UnitCaveats({ unitId, lang }: { unitId: UnitId; lang: Lang }): ReactElement | null {
  const figures = useDataset("figures");
  if (figures.status !== "ready") return null;
  const caveats = (figures.data.context ?? []).filter((n) => (n.kind === "quality" || n.kind === "conflict") && n.subjects.includes(`unit:${unitId}`));
  if (caveats.length === 0) return null;
  return (
    <ul className="unit-caveats" data-unit-caveats={unitId}>
      {caveats.map((c) => (
        <li key={c.id}>
          <CaveatMark kind={c.kind === "conflict" ? "conflict" : "quality"} /> {contextText(c, lang)}
        </li>
      ))}
    </ul>
  );
}

/** A phase's caveats (dates that disagree between sources), marked as a conflict, beside the phase wherever it is listed. */
export function PhaseCaveats({ phaseId, lang }: { phaseId: string; lang: Lang }): ReactElement | null {
  const figures = useDataset("figures");
  if (figures.status !== "ready") return null;
  const caveats = (figures.data.context ?? []).filter((n) => (n.kind === "conflict" || n.kind === "quality") && n.subjects.includes(`phase:${phaseId}`));
  if (caveats.length === 0) return null;
  return (
    <span className="phase-caveats" data-phase-caveats={phaseId}>
      {caveats.map((c) => (
        <span key={c.id}>
          {" "}
          <CaveatMark kind={c.kind === "quality" ? "quality" : "conflict"} /> {contextText(c, lang)}
        </span>
      ))}
    </span>
  );
}

/**
 * One line on the 1 July 2025 reorganisation for the profiled unit: what a former unit became,
 * or what a new unit was formed from, with the legal act. Details live in the before/after view.
 */
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { unitName, type AtlasIndex } from "../data/atlas";
import { listText } from "../charts/describe";
import type { Lang, LegalAct, UnitId } from "../schema";
import type { PredecessorSummary, SuccessorSummary } from "./profileData";

interface ReorganisationLineProps {
  index: AtlasIndex;
  lang: Lang;
  successors: SuccessorSummary | null;
  predecessors: PredecessorSummary | null;
}

function Acts({ acts }: { acts: readonly LegalAct[] }): ReactElement | null {
  const { t } = useTranslation();
  if (acts.length === 0) return null;
  return (
    <>
      {" ("}
      {acts.map((act, i) => (
        <span key={act.id}>
          {i > 0 && ", "}
          {act.url === "" ? (
            t("profile.legalAct", { number: act.number })
          ) : (
            <a href={act.url} rel="noopener noreferrer" target="_blank">
              {t("profile.legalAct", { number: act.number })}
            </a>
          )}
        </span>
      ))}
      {")"}
    </>
  );
}

export function ReorganisationLine({ index, lang, successors, predecessors }: ReorganisationLineProps): ReactElement | null {
  const { t } = useTranslation();
  const names = (ids: readonly UnitId[]) =>
    listText(
      ids.map((id) => {
        const unit = index.units.get(id);
        return unit === undefined ? id : unitName(unit, lang);
      }),
      lang,
    );

  let text: string | null = null;
  let acts: readonly LegalAct[] = [];
  if (successors !== null) {
    acts = successors.legalActs;
    if (successors.relation === "split") {
      text = t("profile.reorg.split", { units: names(successors.successors), provinces: names(successors.provinces) });
    } else if (successors.unchanged) {
      text = t("profile.reorg.unchanged", { unit: names(successors.successors) });
    } else if (successors.mergedWith.length > 0) {
      text = t("profile.reorg.merged", { others: names(successors.mergedWith), unit: names(successors.successors) });
    } else {
      text = t("profile.reorg.became", { unit: names(successors.successors) });
    }
  } else if (predecessors !== null) {
    acts = predecessors.legalActs;
    const whole = predecessors.whole.length > 0 ? names(predecessors.whole) : null;
    const part = predecessors.part.length > 0 ? names(predecessors.part) : null;
    if (whole !== null && part !== null) text = t("profile.reorg.formedFromWholeAndPart", { whole, part });
    else if (whole !== null) text = t("profile.reorg.formedFrom", { units: whole });
    else if (part !== null) text = t("profile.reorg.formedFromPart", { units: part });
  }
  if (text === null) return null;
  return (
    <p className="profile-reorg">
      {text}
      <Acts acts={acts} />.
    </p>
  );
}

/**
 * One line on the 1 July 2025 reorganisation for the profiled unit: what a former unit became,
 * or what a new unit was formed from, with the legal act. Details live in the before/after view.
 */
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { unitName, type AtlasIndex } from "../data/atlas";
import { formatList } from "../i18n/format";
import type { Lang, LegalAct, UnitId } from "../schema";
import { useAtlasStore } from "../store";
import type { PredecessorSummary, SuccessorSummary } from "../model/reorganisation";

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
    formatList(
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
  const others =
    successors !== null ? successors.successors : predecessors === null ? [] : [...predecessors.whole, ...predecessors.part];
  return (
    <div className="profile-reorg">
      <p>
        {text}
        <Acts acts={acts} />.
      </p>
      {others.length > 0 && others.length <= MAX_JUMPS && (
        <JumpList index={index} lang={lang} units={others} label={t(successors !== null ? "profile.showNew" : "profile.showFormer")} />
      )}
    </div>
  );
}

/** More than this many counterparts (a province's communes) would bury the profile in buttons. */
const MAX_JUMPS = 8;

/** Buttons that open a counterpart of the other vintage: it is selected and the map switches vintage. */
function JumpList({ index, lang, units, label }: { index: AtlasIndex; lang: Lang; units: readonly UnitId[]; label: string }): ReactElement {
  const select = useAtlasStore((s) => s.select);
  const setVintage = useAtlasStore((s) => s.setVintage);
  return (
    <div className="profile-jump">
      <span>{label}</span>
      <ul>
        {units.map((id) => {
          const unit = index.units.get(id);
          if (unit === undefined) return null;
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => {
                  setVintage(unit.vintage);
                  select([unit.id]);
                }}
              >
                {unitName(unit, lang)}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

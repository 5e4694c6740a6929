/**
 * The figures of a unit across the 1 July 2025 reorganisation, in the profile: those carried
 * into it (or into the province holding it) from former areas, each "reported for former …",
 * with, where it sits above the unit, for how much it was reported ("whole district": a
 * commune never passes a district's figure off as its own) and the rule that let it move; those kept with a former area that partly went into it (not
 * carried, never divided); and for a piece of a split former district, a note that the
 * district's figures are not divided among its pieces, with a button to open that district.
 */
import type { ReactElement, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { areaKey, areaName, unitName, type AtlasIndex } from "../data/atlas";
import { formatList } from "../i18n/format";
import type { Lang, UnitId } from "../schema";
import { useAtlasStore } from "../store";
import { carriedInto, keptOverlapping, splitPredecessors, type CarriedFigures, type KeptFigures } from "../model/place";
import { reportedScopeText, ruleText } from "../i18n/placeText";
import "../ui/vintage.css";
import { clusterObservations, type FigureCluster } from "../model/figures";

export interface FiguresAcrossData {
  carried: CarriedFigures[];
  kept: KeptFigures[];
  /** Former districts that were split and of which this unit holds a piece. */
  splitFormers: UnitId[];
}

/** What the profile shows across the reorganisation for one unit (pure). */
export function acrossReorganisation(index: AtlasIndex, unitId: UnitId): FiguresAcrossData {
  // The note speaks of a district split among communes, the case the reorganisation has.
  const splitFormers = splitPredecessors(index, unitId).filter((id) => index.units.get(id)?.level === "district");
  return { carried: carriedInto(index, unitId), kept: keptOverlapping(index, unitId), splitFormers };
}

export function hasFiguresAcross(data: FiguresAcrossData): boolean {
  return data.carried.length > 0 || data.kept.length > 0;
}

interface FiguresAcrossProps {
  index: AtlasIndex;
  lang: Lang;
  across: FiguresAcrossData;
  renderCluster: (cluster: FigureCluster) => ReactNode;
}

export function FiguresAcross({ index, lang, across, renderCluster }: FiguresAcrossProps): ReactElement | null {
  const { t } = useTranslation();
  if (!hasFiguresAcross(across)) return null;
  const clusters = (observations: CarriedFigures["observations"]) => (
    <ul className="profile-clusters">
      {clusterObservations(observations).map((cluster) => (
        <li key={cluster.observations.map((o) => o.id).join("+")}>{renderCluster(cluster)}</li>
      ))}
    </ul>
  );
  return (
    <>
      {across.carried.map(({ place, carriedTo, intoThisUnit, observations }) => {
        const from = areaName(index, place.reportedFor, lang);
        const rule = place.placement.kind === "carried" ? ruleText(t, place.placement.rule) : "";
        return (
          <section key={areaKey(place.reportedFor)} className="profile-area profile-area--carried" data-area-key={areaKey(place.reportedFor)} data-placement="carried">
            <h4>{t("vintage.profile.carriedTitle")}: {from}</h4>
            <p className="profile-area-note vintage-place vintage-place--carried">
              {intoThisUnit
                ? t("vintage.profile.carriedHere", { from, rule })
                : t("vintage.profile.carriedAbove", { from, scope: reportedScopeText(t, index, place.reportedFor), rule, unit: areaName(index, { kind: "unit", unit: carriedTo }, lang) })}
            </p>
            {clusters(observations)}
          </section>
        );
      })}
      {across.kept.map(({ place, observations }) => {
        const from = areaName(index, place.reportedFor, lang);
        return (
          <section key={areaKey(place.reportedFor)} className="profile-area profile-area--kept" data-area-key={areaKey(place.reportedFor)} data-placement="not-carried">
            <h4>{t("vintage.profile.keptTitle")}: {from}</h4>
            <p className="profile-area-note vintage-place vintage-place--not-carried">
              <span className="vintage-place__mark">{t("vintage.place.notCarriedMark")}</span> — {t("vintage.profile.kept", { from, scope: reportedScopeText(t, index, place.reportedFor), count: place.wentInto.length })}
            </p>
            {clusters(observations)}
          </section>
        );
      })}
    </>
  );
}

/** For a piece of a split former district: its figures are not divided here; open the district to see them. */
export function SplitFormerNote({ index, lang, formers }: { index: AtlasIndex; lang: Lang; formers: readonly UnitId[] }): ReactElement | null {
  const { t } = useTranslation();
  const select = useAtlasStore((s) => s.select);
  const setVintage = useAtlasStore((s) => s.setVintage);
  const units = formers.flatMap((id) => index.units.get(id) ?? []);
  if (units.length === 0) return null;
  return (
    <div className="profile-split-note vintage-place vintage-place--not-carried" data-testid="split-former-note">
      <p>{t("vintage.profile.splitNote", { units: formatList(units.map((u) => unitName(u, lang)), lang) })}</p>
      <div className="profile-jump">
        <ul>
          {units.map((unit) => (
            <li key={unit.id}>
              <button
                type="button"
                onClick={() => {
                  setVintage(unit.vintage);
                  select([unit.id]);
                }}
              >
                {t("vintage.profile.openFormer", { name: unitName(unit, lang) })}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

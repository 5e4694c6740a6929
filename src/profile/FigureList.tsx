/**
 * Every figure for a unit and for the areas containing it, under the area each was reported
 * for; figures of the same thing from several sources sit side by side with both sources.
 * For a unit of the new map, also the figures carried into it (or into its province) from
 * former areas, those kept with overlapping former areas, and a note on split former districts.
 */
import { useMemo, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { areaKey, areaLevel, areaName, indicatorName, indicatorUnit, localName, type AtlasIndex } from "../data/atlas";
import { overlapsPeriod } from "../model/period";
import { formatPeriod, formatValue, formatYearPeriod } from "../i18n/format";
import type { AreaRef, Lang, Observation, UnitId } from "../schema";
import type { YearPeriod } from "../store";
import { acrossReorganisation, FiguresAcross, hasFiguresAcross, SplitFormerNote } from "./FiguresAcross";
import { figuresByArea, type FigureCluster } from "../model/figures";
import { SourceProvenance } from "../ui/SourceProvenance";
import { InferredMark, SourceInconsistency } from "../ui/BasisMarks";

interface FigureListProps {
  index: AtlasIndex;
  unitId: UnitId;
  lang: Lang;
  period: YearPeriod | null;
}

export function FigureList({ index, unitId, lang, period }: FigureListProps): ReactElement {
  const { t } = useTranslation();
  const groups = useMemo(() => figuresByArea(index, unitId), [index, unitId]);
  const across = useMemo(() => acrossReorganisation(index, unitId), [index, unitId]);
  if (groups.length === 0 && !hasFiguresAcross(across)) {
    return (
      <>
        <SplitFormerNote index={index} lang={lang} formers={across.splitFormers} />
        <p>{t("profile.noFigures")}</p>
      </>
    );
  }
  return (
    <div className="profile-figure-areas">
      <SplitFormerNote index={index} lang={lang} formers={across.splitFormers} />
      {groups.map(({ area, clusters }) => (
        <section key={areaKey(area)} className="profile-area" data-area-key={areaKey(area)}>
          <h4>{areaName(index, area, lang)}</h4>
          <p className="profile-area-note">{reportedForText(t, index, area, unitId, lang)}</p>
          <ul className="profile-clusters">
            {clusters.map((cluster) => (
              <li key={cluster.observations.map((o) => o.id).join("+")}>
                <Cluster index={index} cluster={cluster} lang={lang} period={period} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <FiguresAcross
        index={index}
        lang={lang}
        across={across}
        renderCluster={(cluster) => <Cluster index={index} cluster={cluster} lang={lang} period={period} />}
      />
    </div>
  );
}

type T = ReturnType<typeof useTranslation>["t"];

function reportedForText(t: T, index: AtlasIndex, area: AreaRef, unitId: UnitId, lang: Lang): string {
  if (area.kind === "unit" && area.unit === unitId) return t("profile.reportedForThis");
  const unit = areaName(index, { kind: "unit", unit: unitId }, lang);
  const level = areaLevel(index, area);
  switch (level.kind) {
    case "group":
      return t("profile.reportedForGroup", { unit, level: t(`common.level.group.${level.level}`).toLowerCase() });
    case "unit":
      return t("profile.reportedForContaining", { unit, level: t(`common.level.${level.level}`).toLowerCase() });
    case "unknown":
      return t("profile.reportedForGroup", { unit, level: t("common.level.group.mixed").toLowerCase() });
  }
}

function Cluster({ index, cluster, lang, period }: { index: AtlasIndex; cluster: FigureCluster; lang: Lang; period: YearPeriod | null }): ReactElement {
  const { t } = useTranslation();
  const [only] = cluster.observations;
  if (cluster.observations.length === 1 && only !== undefined) {
    return <FigureCard index={index} obs={only} lang={lang} period={period} />;
  }
  return (
    <div className={cluster.conflict ? "profile-cluster profile-conflict" : "profile-cluster"}>
      <p className="profile-cluster-note">{cluster.conflict ? t("profile.sourcesDisagree") : t("profile.sourcesAgree")}</p>
      <div className="profile-side-by-side">
        {cluster.observations.map((obs) => (
          <FigureCard key={obs.id} index={index} obs={obs} lang={lang} period={period} />
        ))}
      </div>
    </div>
  );
}

function FigureCard({ index, obs, lang, period }: { index: AtlasIndex; obs: Observation; lang: Lang; period: YearPeriod | null }): ReactElement {
  const { t } = useTranslation();
  const indicator = index.indicators.get(obs.indicatorId);
  const source = index.sources.get(obs.sourceId);
  const phase = obs.phaseId === null ? undefined : index.phases.find((p) => p.id === obs.phaseId);
  const programme = index.programmes.get(obs.programmeId);
  const unit = indicator === undefined ? "" : indicatorUnit(indicator, lang);
  const outside = !overlapsPeriod(obs, period);
  return (
    <div className="profile-figure" data-observation-id={obs.id}>
      <p className="profile-figure-title">{indicator === undefined ? obs.indicatorId : indicatorName(indicator, lang)}</p>
      <p className="profile-figure-value">
        <span className="profile-value">{formatValue(obs.value, obs.qualifier, lang)}</span> {unit}
        {obs.qualifier !== "exact" && <span className="profile-qualifier"> ({t(`common.qualifier.${obs.qualifier}`)})</span>}
      </p>
      <dl>
        <dt>{t("profile.period")}</dt>
        <dd>
          {formatPeriod(obs.periodStart, obs.periodEnd, lang)}
          {obs.periodBasis === "inferred" && <> <InferredMark what="period" /></>}
          {outside && period !== null && <> — {t("profile.outsidePeriod", { period: formatYearPeriod(period) })}</>}
        </dd>
        {obs.areaBasis === "inferred" && (
          <>
            <dt>{t("profile.area")}</dt>
            <dd>
              {areaName(index, obs.area, lang)} <InferredMark what="area" />
            </dd>
          </>
        )}
        {(programme !== undefined || phase !== undefined) && (
          <>
            <dt>{t("profile.programme")}</dt>
            <dd>{[programme, phase].filter((x) => x !== undefined).map((x) => localName(x, lang)).join(" — ")}</dd>
          </>
        )}
        <dt>{t("profile.source")}</dt>
        <dd>
          {source === undefined ? (
            obs.sourceId
          ) : (
            <>
              {source.url === "" ? source.publisher : (
                <a href={source.url} rel="noopener noreferrer" target="_blank">
                  {source.publisher}
                </a>
              )}
              {", "}
              {source.publishedOn === null ? t("common.undated") : formatPeriod(source.publishedOn, source.publishedOn, lang)}
              {source.url === "" && <span className="profile-noaddress"> — {t("profile.noAddress")}</span>}
              <SourceProvenance source={source} />
            </>
          )}
        </dd>
      </dl>
      <SourceInconsistency index={index} obs={obs} lang={lang} />
      <blockquote lang={obs.quoteLang} className="profile-quote">
        {obs.quote}
      </blockquote>
      {obs.note !== undefined && <p className="profile-note">{obs.note}</p>}
    </div>
  );
}

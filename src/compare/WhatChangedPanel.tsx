/**
 * What changed for one unit on 1 July 2025: what it became or came from, the legal basis
 * (with the clause's words verbatim), codes, area, population and administrative centre
 * before and after with their sources, the new communes of a former district, and where each
 * of the programme's figures went. Layout only: the content comes from whatChanged().
 */
import { UnitCaveats } from "../ui/Caveats";
import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { areaName, indicatorName, localName, unitName, type AtlasIndex } from "../data/atlas";
import { anyInferred } from "../data/inconsistency";
import type { Observation } from "../schema";
import { InferredMark } from "../ui/BasisMarks";
import { formatPartialDate, formatPeriod, formatRange } from "../i18n/format";
import type { Lang, SourcedNumber, Unit, UnitId } from "../schema";
import { useAtlasStore } from "../store";
import type { Reaggregation } from "../model/aggregateToVintage";
import { sourcedNumbersInConflict } from "../model/figures";
import { formatSourced, unitNames } from "./compareFormat";
import { FigureMoveHow } from "./FigureMoveHow";
import { whatChanged, type LegalBasis, type WhatChanged } from "./whatChanged";

export interface WhatChangedPanelProps {
  index: AtlasIndex;
  unitId: UnitId;
  reaggregations: readonly Reaggregation[];
  /** Heading level of the panel's title (its sections use the next one). Default 2. */
  headingLevel?: 2 | 3;
}

function statusLine(t: TFunction, change: WhatChanged, lang: Lang): string {
  const names = (units: readonly Unit[]) => unitNames(units, lang);
  const [within] = change.liesWithin;
  switch (change.status) {
    case "unknown":
      return t("compare.changed.status.unknown");
    case "unchanged":
      return change.side === "old"
        ? t("compare.changed.status.oldUnchanged", { target: names(change.counterparts) })
        : t("compare.changed.status.newUnchanged", { former: names(change.counterparts) });
    case "merged":
      return change.side === "old"
        ? t("compare.changed.status.oldMerged", { others: names(change.mergedWith), target: names(change.counterparts) })
        : t("compare.changed.status.newMerged", { formers: names(change.counterparts) });
    case "split":
      return within === undefined
        ? t("compare.changed.status.splitNowhere", { count: change.counterparts.length })
        : t("compare.changed.status.split", { count: change.counterparts.length, within: unitName(within, lang) });
  }
}

/** One act, once, with each of its clauses that applies and the clause's words verbatim. */
function LegalActItem({ provisions, lang }: { provisions: readonly LegalBasis[]; lang: Lang }) {
  const { t } = useTranslation();
  const [first] = provisions;
  if (first === undefined) return null;
  const act = first.act;
  const title = act === undefined ? first.actId : lang === "vi" ? act.titleVi : act.titleEn;
  const clauses = provisions.filter((p) => p.clause !== undefined || p.text !== undefined);
  return (
    <li className="legal-basis">
      <p>
        <strong>{act?.number ?? first.actId}</strong>
        {" — "}
        {act !== undefined && act.url !== "" ? (
          <a href={act.url} rel="noreferrer noopener">
            {title}
          </a>
        ) : (
          title
        )}
      </p>
      {act !== undefined && (
        <p className="legal-basis__dates">
          {t("compare.changed.adopted", { date: formatPartialDate(act.adoptedOn, lang) })}
          {act.operativeFrom !== undefined && ` · ${t("compare.changed.operative", { date: formatPartialDate(act.operativeFrom, lang) })}`}
        </p>
      )}
      {clauses.map((p) => (
        <div key={`${p.clause ?? ""}|${p.text ?? ""}`} className="legal-basis__clause">
          {p.clause !== undefined && <p className="legal-basis__clause-ref">{p.clause}</p>}
          {p.text !== undefined && (
            <blockquote lang="vi" className="legal-basis__text">
              {p.text}
            </blockquote>
          )}
        </div>
      ))}
    </li>
  );
}

/** Provisions grouped by act, in first-seen order. */
function byAct(legal: readonly LegalBasis[]): LegalBasis[][] {
  const groups = new Map<string, LegalBasis[]>();
  for (const basis of legal) {
    const list = groups.get(basis.actId);
    if (list === undefined) groups.set(basis.actId, [basis]);
    else list.push(basis);
  }
  return [...groups.values()];
}

function SourcedValues({ values, lang, unit }: { values: readonly SourcedNumber[]; lang: Lang; unit: string }) {
  const { t } = useTranslation();
  if (values.length === 0) return <span className="muted">{t("compare.changed.notKnown")}</span>;
  // Every value side by side, never averaged; marked when they conflict (src/model/figures.ts).
  return (
    <ul className={sourcedNumbersInConflict(values) ? "sourced-values sourced-values--conflict" : "sourced-values"}>
      {values.map((v, i) => (
        <li key={`${v.source}-${i}`}>
          {formatSourced(v, lang)} {unit}
        </li>
      ))}
    </ul>
  );
}

function UnitFacts({ unit, lang, Heading }: { unit: Unit; lang: Lang; Heading: "h4" | "h5" }) {
  const { t } = useTranslation();
  return (
    <div className="unit-facts">
      <Heading className="unit-facts__name">
        {unitName(unit, lang)} <span className="unit-facts__code">{t("compare.changed.code", { code: unit.code })}</span>
      </Heading>
      <dl>
        <dt>{t("compare.changed.area")}</dt>
        <dd>
          <SourcedValues values={unit.areaKm2} lang={lang} unit="km²" />
        </dd>
        <dt>{t("compare.changed.population")}</dt>
        <dd>
          <SourcedValues values={unit.population} lang={lang} unit="" />
        </dd>
        <dt>{t("compare.changed.adminCentre")}</dt>
        <dd>{unit.adminCentre ?? <span className="muted">{t("compare.changed.notKnown")}</span>}</dd>
      </dl>
      <UnitCaveats unitId={unit.id} lang={lang} />
    </div>
  );
}

/** Each figure: what and how much, the area it was reported for, and where it is filed after 1 July 2025. */
function FiguresMoved({ index, change, lang }: { index: AtlasIndex; change: WhatChanged; lang: Lang }) {
  const { t } = useTranslation();
  if (change.figures.length === 0) return <p>{t("compare.changed.noFigures")}</p>;
  return (
    <ul className="figure-moves" aria-label={t("compare.changed.figuresCaption", { unit: unitName(change.unit, lang) })}>
      {change.figures.map((move) => {
        const indicator = index.indicators.get(move.item.indicatorId);
        const first = move.item.observations[0];
        return (
          <li key={`${move.item.indicatorId}|${move.item.key}`} className="figure-move">
            <p>
              <strong>{indicator === undefined ? move.item.indicatorId : indicatorName(indicator, lang)}</strong>
              {": "}
              <span className="num">{formatRange(move.item, lang)}</span>
              {first !== undefined && ` (${formatPeriod(first.periodStart, first.periodEnd, lang)})`}
              {anyInferred(move.item.observations).period && <> <InferredMark what="period" /></>}
              {move.item.conflict && <span className="badge badge--conflict">{t("compare.conflict")}</span>}
            </p>
            <p className="figure-move__programme" data-figure-programme="">
              {t("compare.changed.programme", { programmes: programmeNames(index, move.item.observations, lang) })}
            </p>
            <p className="figure-move__route">
              {t("compare.changed.col.before")}: {areaName(index, move.from, lang)}
              <br />
              {t("compare.changed.col.after")}: {areaName(index, move.to, lang)} <FigureMoveHow placement={move.placement} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function SuccessorList({ change, lang, labelledBy }: { change: WhatChanged; lang: Lang; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <ul className="successor-list" aria-labelledby={labelledBy}>
      {change.successorCommunes.map((c) => (
        <li key={c.unit.id}>
          <strong>{unitName(c.unit, lang)}</strong> <span className="unit-facts__code">{t("compare.changed.code", { code: c.unit.code })}</span>
          {": "}
          {t("compare.changed.formedFrom", {
            list: c.predecessors
              .map((p) =>
                p.otherDistrict === null
                  ? unitName(p.unit, lang)
                  : t("compare.changed.fromOtherDistrict", { unit: unitName(p.unit, lang), district: unitName(p.otherDistrict, lang) }),
              )
              .join("; "),
          })}
          {c.legal[0] !== undefined && (
            <span className="muted">
              {" "}
              ({c.legal[0].act?.number ?? c.legal[0].actId}
              {c.legal[0].clause !== undefined && `, ${c.legal[0].clause}`})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function WhatChangedPanel({ index, unitId, reaggregations, headingLevel = 2 }: WhatChangedPanelProps) {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const change = useMemo(() => whatChanged(index, unitId, reaggregations), [index, unitId, reaggregations]);
  if (change === null) return <p>{t("compare.changed.unknownUnit", { id: unitId })}</p>;
  const Title = headingLevel === 2 ? "h2" : "h3";
  const Section = headingLevel === 2 ? "h3" : "h4";
  const Facts = headingLevel === 2 ? "h4" : "h5";
  const titleId = `what-changed-${unitId.replace(/[^a-z0-9]/gi, "-")}`;
  return (
    <section className="what-changed" aria-labelledby={titleId} data-unit-id={unitId}>
      <Title id={titleId}>{t("compare.changed.title", { unit: unitName(change.unit, lang) })}</Title>
      <p className="what-changed__status">{statusLine(t, change, lang)}</p>
      {change.splitFrom.length > 0 && (
        <p>{t("compare.changed.partOfFormer", { units: unitNames(change.splitFrom, lang), count: change.splitFrom.length })}</p>
      )}

      <Section>{t("compare.changed.legalTitle")}</Section>
      {change.legal.length === 0 ? (
        <p>{t("compare.changed.noLegal")}</p>
      ) : (
        <ul className="legal-list">
          {byAct(change.legal).map((provisions) => (
            <LegalActItem key={provisions[0]?.actId} provisions={provisions} lang={lang} />
          ))}
        </ul>
      )}

      <Section>{t("compare.changed.factsTitle")}</Section>
      <div className="what-changed__sides">
        <div>
          <p className="what-changed__side-title">{t("compare.changed.before")}</p>
          {change.before.map((u) => (
            <UnitFacts key={u.id} unit={u} lang={lang} Heading={Facts} />
          ))}
        </div>
        <div>
          <p className="what-changed__side-title">{t("compare.changed.after")}</p>
          {change.after.length === 0 ? <p>{t("compare.changed.notKnown")}</p> : change.after.map((u) => <UnitFacts key={u.id} unit={u} lang={lang} Heading={Facts} />)}
        </div>
      </div>

      {change.successorCommunes.length > 0 && (
        <>
          <Section id={`${titleId}-successors`}>{t("compare.changed.successorsTitle")}</Section>
          <p className="muted">{t("compare.changed.noPolygons")}</p>
          <SuccessorList change={change} lang={lang} labelledBy={`${titleId}-successors`} />
        </>
      )}

      <Section>{t("compare.changed.figuresTitle")}</Section>
      <FiguresMoved index={index} change={change} lang={lang} />
    </section>
  );
}

/** The programmes of a figure's sources, each once ("TMSV", or two names where sources differ). */
function programmeNames(index: AtlasIndex, observations: readonly Observation[], lang: Lang): string {
  const ids = [...new Set(observations.map((o) => o.programmeId))];
  return ids.map((id) => {
    const programme = index.programmes.get(id);
    return programme === undefined ? id : localName(programme, lang);
  }).join("; ");
}

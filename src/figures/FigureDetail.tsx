/**
 * The expanded part of a row: for each figure, the verbatim quote in its own language,
 * the document, its publisher, dates and address. A conflict's figures sit side by side.
 */
import { useTranslation } from "react-i18next";
import type { AtlasIndex } from "../data/atlas";
import { formatPartialDate } from "../i18n/format";
import type { Lang, Observation } from "../schema";
import { hasProvenance, quoteCaption, SourceProvenance } from "../ui/SourceProvenance";
import { SourceInconsistency } from "../ui/BasisMarks";
import { ConflictMark, QualifiedValue } from "./FigureCells";
import type { FigureRow } from "./rows";

function ObservationDetail({ obs, index, lang, unit }: { obs: Observation; index: AtlasIndex; lang: Lang; unit: string }) {
  const { t } = useTranslation();
  const source = index.sources.get(obs.sourceId);
  return (
    <article className="figure-detail__item">
      <p className="figure-detail__value">
        <QualifiedValue obs={obs} lang={lang} unit={unit} />
      </p>
      <SourceInconsistency index={index} obs={obs} lang={lang} />
      <figure className="figure-detail__quote">
        <figcaption>{quoteCaption(t, source, obs.quoteLang)}</figcaption>
        <blockquote lang={obs.quoteLang} cite={source?.url === "" ? undefined : source?.url}>
          <p>{obs.quote}</p>
        </blockquote>
      </figure>
      <dl className="figure-detail__facts">
        {source !== undefined && (
          <>
            <dt>{t("table.sourceTitle")}</dt>
            <dd>
              <cite lang={source.language}>{source.title}</cite>
            </dd>
            <dt>{t("table.publisher")}</dt>
            <dd>{source.publisher}</dd>
            {hasProvenance(source) && (
              <>
                <dt>{t("provenance.heading")}</dt>
                <dd>
                  <SourceProvenance source={source} />
                </dd>
              </>
            )}
            <dt>{t("table.published")}</dt>
            <dd>{source.publishedOn === null ? t("common.undated") : formatPartialDate(source.publishedOn, lang)}</dd>
          </>
        )}
        {obs.reportedOn !== null && (
          <>
            <dt>{t("table.reported")}</dt>
            <dd>{formatPartialDate(obs.reportedOn, lang)}</dd>
          </>
        )}
        <dt>{t("table.address")}</dt>
        <dd>
          {source === undefined || source.url === "" ? (
            t("table.noAddress")
          ) : (
            <a href={source.url} rel="noreferrer" target="_blank" className="figure-detail__url">
              {source.url}
            </a>
          )}
        </dd>
        {obs.note !== undefined && (
          <>
            <dt>{t("table.note")}</dt>
            <dd>{obs.note}</dd>
          </>
        )}
      </dl>
    </article>
  );
}

export function FigureDetail({ row, index, lang }: { row: FigureRow; index: AtlasIndex; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="figure-detail">
      {row.conflict && (
        <p className="figure-detail__conflict">
          <ConflictMark /> {t("table.conflictExplain")}
        </p>
      )}
      <div className={row.conflict ? "figure-detail__side-by-side" : undefined}>
        {row.observations.map((o) => (
          <ObservationDetail key={o.id} obs={o} index={index} lang={lang} unit={row.unitName} />
        ))}
      </div>
    </div>
  );
}

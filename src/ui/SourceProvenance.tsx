/**
 * The provenance of a source in words (see src/data/provenance.ts), for every place a source
 * is shown: the figures table, the area profile, the list of documents, the chart's table.
 */
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { provenanceTags, sourceProvenance, type ProvenanceFact } from "../data/provenance";
import type { Source } from "../schema";

function FactText({ fact }: { fact: ProvenanceFact }): ReactElement {
  const { t } = useTranslation();
  const lang = (l: string) => t(`common.languageInText.${l}`);
  switch (fact.kind) {
    case "translation":
      return (
        <>
          {t("provenance.translation", { language: lang(fact.language), original: lang(fact.original), publisher: fact.publisher })}{" "}
          {fact.url === null ? (
            t("provenance.translationNoAddress")
          ) : (
            <a href={fact.url} rel="noreferrer" target="_blank">
              {fact.url}
            </a>
          )}
        </>
      );
    case "linkIsOriginal":
      return <>{t("provenance.linkIsOriginal", { original: lang(fact.original) })}</>;
    case "titleFromAddress":
      return <>{t("provenance.titleFromAddress")}</>;
    case "publisherAttributed":
      return <>{t("provenance.publisherAttributed")}</>;
    case "citedByAuthor":
      return <>{t("provenance.citedByAuthor")}</>;
  }
}

/** Whether SourceProvenance has anything to say about this source. */
export function hasProvenance(source: Source): boolean {
  return sourceProvenance(source).length > 0 || source.note !== undefined;
}

/**
 * Each fact on a line, then the data's own note on the source (kept in English in sources.csv,
 * and marked so); nothing when the source is an original that names its publisher and title.
 */
export function SourceProvenance({ source }: { source: Source }): ReactElement | null {
  const { t } = useTranslation();
  if (!hasProvenance(source)) return null;
  return (
    <ul className="source-provenance" data-source-provenance={source.id}>
      {sourceProvenance(source).map((fact) => (
        <li key={fact.kind} data-provenance={fact.kind}>
          <FactText fact={fact} />
        </li>
      ))}
      {source.note !== undefined && (
        <li data-provenance="note">
          {t("provenance.dataNote")} <span lang="en">{source.note}</span>
        </li>
      )}
    </ul>
  );
}

/** " (translation; attributed)" after a publisher's name, where only a few words fit. */
export function ProvenanceTags({ source }: { source: Source }): ReactElement | null {
  const { t } = useTranslation();
  const tags = provenanceTags(source);
  if (tags.length === 0) return null;
  return (
    <span className="source-provenance__tags" data-provenance-tags={tags.join(" ")}>
      {" "}({tags.map((tag) => t(`provenance.tag.${tag}`)).join("; ")})
    </span>
  );
}

/** The caption of a quote: "verbatim" only for an original; a translation says whose words they are. */
export function quoteCaption(t: ReturnType<typeof useTranslation>["t"], source: Source | undefined, quoteLang: string): string {
  if (source?.translationOf !== undefined) {
    return t("provenance.quoteTranslated", { language: t(`common.languageInText.${quoteLang}`), original: t(`common.languageInText.${source.translationOf}`) });
  }
  return t("table.quote", { language: t(`common.languageInText.${quoteLang}`) });
}

/**
 * Data version, generation date, every dataset's attribution and licence (from the
 * manifest), and the documents the figures come from (from figures.json).
 */
import { useTranslation } from "react-i18next";
import { useDataset, useManifest } from "../data/hooks";
import { formatPartialDate, formatTimestamp } from "../i18n/format";
import { useAtlasStore } from "../store";
import { ErrorPanel } from "./ErrorPanel";
import { SourceProvenance } from "./SourceProvenance";

function SourceList() {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const figures = useDataset("figures");
  if (figures.status !== "ready") return null;
  const sources = figures.data.sources;
  return (
    <details className="app-footer__sources" id="sources">
      <summary>{t("footer.sources", { count: sources.length })}</summary>
      <ul>
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <span>{s.publisher}</span>
            {s.publishedOn !== null && <span> ({formatPartialDate(s.publishedOn, lang)})</span>}
            {". "}
            {s.url === "" ? (
              <cite lang={s.language}>{s.title}</cite>
            ) : (
              <a href={s.url} lang={s.language} rel="noreferrer" target="_blank">
                <cite>{s.title}</cite>
              </a>
            )}
            <SourceProvenance source={s} />
          </li>
        ))}
      </ul>
    </details>
  );
}

export function Footer() {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const manifest = useManifest();
  return (
    <footer className="app-footer">
      {/* The data files still load from their usual paths (src/data/load.ts); only what the manifest alone says is lost. */}
      {manifest.status === "error" && <ErrorPanel error={manifest} note={t("errors.manifestNote")} />}
      {manifest.status === "ready" && (
        <>
          <p className="app-footer__version">
            {t("footer.dataVersion", {
              version: manifest.data.dataVersion,
              date: formatTimestamp(manifest.data.generatedAt, lang),
            })}
          </p>
          <h2 className="app-footer__heading">{t("footer.attribution")}</h2>
          <ul className="app-footer__attribution">
            {manifest.data.attribution.map((a) => (
              <li key={`${a.dataset}|${a.publisher}`}>
                {a.url === "" ? a.text : <a href={a.url} rel="noreferrer" target="_blank">{a.text}</a>}{" "}
                <span className="app-footer__licence">{t("footer.licence", { licence: a.licence })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <SourceList />
    </footer>
  );
}

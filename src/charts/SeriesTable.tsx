/**
 * The table alternative of one chart: the same marks as rows (period, value, source), behind
 * a native <details> so it costs no space until asked for and works without scripts' help.
 */
import { ProvenanceTags } from "../ui/SourceProvenance";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { formatPeriod, formatValue } from "../i18n/format";
import type { Lang, Programme, Source } from "../schema";
import { localName } from "../data/atlas";
import { InferredMark } from "../ui/BasisMarks";
import type { PeriodMark } from "./series";

export interface SeriesTableProps {
  caption: string;
  marks: readonly PeriodMark[];
  /** Running totals, by observation id, when the cumulative view is shown. */
  cumulative: ReadonlyMap<string, PeriodMark> | null;
  sources: ReadonlyMap<string, Source>;
  programmes: ReadonlyMap<string, Programme>;
  lang: Lang;
}

export function SeriesTable({ caption, marks, cumulative, sources, programmes, lang }: SeriesTableProps): ReactElement {
  const { t } = useTranslation();
  return (
    <details className="trend-table">
      <summary>{t("chart.table.show")}</summary>
      <div className="trend-table-scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("chart.table.period")}</th>
              <th scope="col">{t("chart.table.value")}</th>
              {cumulative !== null && <th scope="col">{t("chart.table.runningTotal")}</th>}
              <th scope="col">{t("chart.table.programme")}</th>
              <th scope="col">{t("chart.table.source")}</th>
            </tr>
          </thead>
          <tbody>
            {marks.map((mark) => {
              const source = sources.get(mark.sourceId);
              const total = cumulative?.get(mark.observationId);
              return (
                <tr key={mark.observationId}>
                  <td>
                    {formatPeriod(mark.periodStart, mark.periodEnd, lang)}
                    {mark.periodInferred === true && <> <InferredMark what="period" /></>}
                  </td>
                  <td className="num">
                    {formatValue(mark.value, mark.qualifier, lang)}
                    {mark.conflictWith.length > 0 && <> ({t("chart.table.disagrees")})</>}
                  </td>
                  {cumulative !== null && (
                    <td className="num">{total === undefined ? t("common.none") : formatValue(total.value, total.qualifier, lang)}</td>
                  )}
                  <td>{programmeText(programmes, mark.programmeId, lang)}</td>
                  <td>
                    {source === undefined ? (
                      mark.sourceId
                    ) : source.url === "" ? (
                      source.publisher
                    ) : (
                      <a href={source.url} rel="noopener noreferrer" target="_blank">
                        {source.publisher}
                      </a>
                    )}
                    {source?.publishedOn ? `, ${formatPeriod(source.publishedOn, source.publishedOn, lang)}` : ""}
                    {source !== undefined && <ProvenanceTags source={source} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function programmeText(programmes: ReadonlyMap<string, Programme>, id: string | undefined, lang: Lang): string {
  if (id === undefined) return "";
  const programme = programmes.get(id);
  return programme === undefined ? id : localName(programme, lang);
}

/**
 * The check a leader can show: for every indicator, the sum of the figures listed under the
 * old map and under the new one, which agree. A sum of distinct figures (a conflict counted
 * once, as its range), not a programme total. Indicators that may not be added are listed
 * without sums.
 */
import { useTranslation } from "react-i18next";
import { indicatorName, indicatorUnit, type AtlasIndex } from "../data/atlas";
import { formatRange } from "../i18n/format";
import { useAtlasStore } from "../store";
import type { Reaggregation } from "../model/aggregateToVintage";

export function TotalsTable({ index, reaggregations }: { index: AtlasIndex; reaggregations: readonly Reaggregation[] }) {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  return (
    <table className="compare-table totals-table">
      <caption>{t("compare.totals.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("compare.totals.indicator")}</th>
          <th scope="col">{t("compare.totals.figures")}</th>
          <th scope="col">{t("compare.totals.before")}</th>
          <th scope="col">{t("compare.totals.after")}</th>
          <th scope="col">{t("compare.totals.agree")}</th>
          <th scope="col">{t("compare.totals.notCarried")}</th>
        </tr>
      </thead>
      <tbody>
        {reaggregations.map((r) => {
          const indicator = index.indicators.get(r.indicatorId);
          const notCarried = r.post2025.buckets.filter((b) => b.notCarried).reduce((n, b) => n + b.items.length, 0);
          const unitLabel = indicator === undefined ? "" : indicatorUnit(indicator, lang);
          return (
            <tr key={r.indicatorId} data-indicator={r.indicatorId}>
              <th scope="row">{indicator === undefined ? r.indicatorId : indicatorName(indicator, lang)}</th>
              <td className="num">{r.items.length}</td>
              {r.totals === null ? (
                <td colSpan={3}>{t("compare.totals.notAdditive")}</td>
              ) : (
                <>
                  <td className="num">
                    {formatRange(r.totals.before, lang)} {unitLabel}
                  </td>
                  <td className="num">
                    {formatRange(r.totals.after, lang)} {unitLabel}
                  </td>
                  <td className={r.totals.agree ? "agree agree--yes" : "agree agree--no"}>
                    {r.totals.agree ? t("compare.totals.agreeYes") : t("compare.totals.agreeNo")}
                  </td>
                </>
              )}
              <td className="num">{notCarried}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

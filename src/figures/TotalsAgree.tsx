/**
 * The check that nothing was lost or counted twice: for every indicator that may be added up,
 * the sum of its distinct figures under the old map and under the new one (from
 * aggregateToVintage, the same computation as the before/after view's totals table).
 */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { aggregateAllIndicators } from "../model/aggregateToVintage";
import { indicatorName, indicatorUnit, type AtlasIndex } from "../data/atlas";
import { formatRange } from "../i18n/format";
import type { Lang } from "../schema";
import "../ui/vintage.css";

export function TotalsAgree({ index, lang }: { index: AtlasIndex; lang: Lang }) {
  const { t } = useTranslation();
  const checks = useMemo(() => aggregateAllIndicators(index).filter((r) => r.totals !== null), [index]);
  if (checks.length === 0) return null;
  const disagree = checks.filter((r) => r.totals?.agree !== true).length;
  return (
    <details className="vintage-totals" data-testid="vintage-totals" data-agree={disagree === 0 ? "true" : "false"}>
      <summary>
        {disagree === 0 ? t("vintage.table.totalsAgree", { count: checks.length }) : t("vintage.table.totalsDisagree", { count: disagree })}
      </summary>
      <p className="vintage-note">{t("vintage.table.totalsNote")}</p>
      <ul>
        {checks.map(({ indicatorId, totals }) => {
          if (totals === null) return null;
          const indicator = index.indicators.get(indicatorId);
          const unit = indicator === undefined ? "" : indicatorUnit(indicator, lang);
          return (
            <li key={indicatorId} data-indicator={indicatorId} className={totals.agree ? undefined : "vintage-totals__no"}>
              {t("vintage.table.totalsLine", {
                indicator: indicator === undefined ? indicatorId : indicatorName(indicator, lang),
                before: `${formatRange(totals.before, lang)} ${unit}`.trim(),
                after: `${formatRange(totals.after, lang)} ${unit}`.trim(),
                verdict: t(totals.agree ? "vintage.table.agree" : "vintage.table.disagree"),
              })}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

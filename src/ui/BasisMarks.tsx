/**
 * Marks for what the source did not say: an inferred period or area (a visible word, with the
 * explanation for screen readers and on hover), and the source's own figures that do not square
 * with this one. Shared by the table, the profile and the chart's table.
 */
import { useTranslation } from "react-i18next";
import { areaName, indicatorName, type AtlasIndex } from "../data/atlas";
import { inconsistentFiguresOf } from "../data/inconsistency";
import { formatValue } from "../i18n/format";
import type { Lang, Observation } from "../schema";

export function InferredMark({ what }: { what: "period" | "area" }) {
  const { t } = useTranslation();
  const explain = t(what === "period" ? "common.basis.periodInferred" : "common.basis.areaInferred");
  return (
    <span className="badge badge--inferred" data-inferred={what} title={explain}>
      <span aria-hidden="true">{t("common.basis.inferred")}</span>
      <span className="sr-only">{explain}</span>
    </span>
  );
}

/** "This source's own figures do not square: 169 …, 189 …, 140 …" — null when it names none. */
export function inconsistencyText(t: ReturnType<typeof useTranslation>["t"], index: AtlasIndex, obs: Observation, lang: Lang): string | null {
  const others = inconsistentFiguresOf(index, obs);
  if (others.length === 0) return null;
  const list = others
    .map((o) => {
      const indicator = index.indicators.get(o.indicatorId);
      const name = indicator === undefined ? o.indicatorId : indicatorName(indicator, lang);
      return `${name}: ${formatValue(o.value, o.qualifier, lang)} (${areaName(index, o.area, lang)})`;
    })
    .join("; ");
  return t("common.basis.inconsistentWithin", { list });
}

export function SourceInconsistency({ index, obs, lang }: { index: AtlasIndex; obs: Observation; lang: Lang }) {
  const { t } = useTranslation();
  const text = inconsistencyText(t, index, obs, lang);
  if (text === null) return null;
  return (
    <p className="source-inconsistent" data-inconsistent-with={obs.inconsistentWith.join(" ")}>
      {text}
    </p>
  );
}

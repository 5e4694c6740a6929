/**
 * The words that go with a view wherever it stands alone — an embed, a downloaded image:
 * title, period, the sources of its figures, the boundary credits, the data version.
 */
import type { TFunction } from "i18next";
import { currentIndicator, indicatorName, programmeFilter, type AtlasIndex } from "../data/atlas";
import { formatList, formatPartialDate, formatYearPeriod } from "../i18n/format";
import { mapCreditEntries } from "../map/credits";
import type { Lang, Manifest, Observation, Source } from "../schema";
import type { ViewState } from "../store";
import type { EmbedPart } from "./links";

export interface ViewCaption {
  title: string;
  period: string;
  sources: string;
  /** Empty for a view without a map. */
  credits: string;
  version: string;
}

/** The sources of these observations, once each, in the order first cited. */
export function sourcesOf(index: AtlasIndex, observations: readonly Observation[]): Source[] {
  const seen = new Map<string, Source>();
  for (const o of observations) {
    const s = index.sources.get(o.sourceId);
    if (s !== undefined && !seen.has(s.id)) seen.set(s.id, s);
  }
  return [...seen.values()];
}

const PARTS_WITH_MAP: ReadonlySet<EmbedPart> = new Set<EmbedPart>(["map", "compare", "national"]);

export function viewCaption(input: {
  index: AtlasIndex;
  manifest: Manifest | null;
  state: ViewState;
  part: EmbedPart;
  observations: readonly Observation[];
  t: TFunction;
}): ViewCaption {
  const { index, manifest, state, part, t } = input;
  const lang: Lang = state.lang;
  const indicator = currentIndicator(index, state.indicator, programmeFilter(index, state.programme));
  const what = t(`share.parts.${part}`);
  const title = indicator === undefined || part === "national" || part === "profile" ? what : `${indicatorName(indicator, lang)} — ${what}`;
  const sources = sourcesOf(index, input.observations).map((s) => (s.publishedOn === null ? s.publisher : `${s.publisher} (${formatPartialDate(s.publishedOn, lang)})`));
  const credits =
    manifest === null || !PARTS_WITH_MAP.has(part)
      ? []
      : part === "compare"
        ? [...new Set([...mapCreditEntries(manifest, "pre2025", false), ...mapCreditEntries(manifest, "post2025", true)].map((a) => a.text))]
        : mapCreditEntries(manifest, state.vintage, state.vintage === "post2025").map((a) => a.text);
  return {
    title,
    period: t("embed.period", { period: state.period === null ? t("embed.allYears") : formatYearPeriod(state.period) }),
    sources: sources.length === 0 ? t("embed.noSources") : t("embed.sources", { sources: formatList(sources, lang) }),
    credits: credits.length === 0 ? "" : t("embed.credits", { credits: credits.join("; ") }),
    version: manifest === null ? "" : t("embed.dataVersion", { version: manifest.dataVersion }),
  };
}

/**
 * The period control: two native year sliders (from, to), play/pause that steps a one-year
 * window through the programme's years, and "all years". It only writes store.period, so the
 * map, the charts and the URL follow together. Native range inputs give keyboard operation
 * (arrows, Home, End, Page Up/Down) and screen-reader support without custom ARIA.
 */
import { useEffect, useId, useState, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { programmeFilter } from "../data/atlas";
import { useAtlasIndex } from "../data/hooks";
import { countInferredPeriods } from "../model/figureStore";
import { programmeSpan, type YearPeriod } from "../model/period";
import { formatYearPeriod } from "../i18n/format";
import { useAtlasStore, useAtlasStoreApi } from "../store";
import { InferredMark } from "../ui/BasisMarks";
import { nextPlayPeriod, periodFromSliders } from "./period";
import "./explore.css";

/** Time each year stays on screen while playing, in milliseconds. */
export const PLAY_STEP_MS = 1500;

export default function PeriodControl(): ReactElement {
  const { t } = useTranslation();
  const id = useId();
  const period = useAtlasStore((s) => s.period);
  const setPeriod = useAtlasStore((s) => s.setPeriod);
  const store = useAtlasStoreApi();
  const [span] = useState<YearPeriod>(() => programmeSpan());
  const [playing, setPlaying] = useState(false);
  const shown = period ?? span;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = nextPlayPeriod(store.getState().period, span);
      if (next === null) {
        setPlaying(false);
        return;
      }
      setPeriod(next);
    }, PLAY_STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, span, setPeriod, store]);

  const play = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // Start from the first year unless a single year is already shown (then continue from it).
    const current = store.getState().period;
    if (current === null || current.from !== current.to || current.to >= span.to) setPeriod({ from: span.from, to: span.from });
    setPlaying(true);
  };

  const slider = (which: "from" | "to") => {
    const value = shown[which];
    return (
      <div className="period-slider">
        <label htmlFor={`${id}-${which}`}>{t(`explore.period.${which}`)}</label>
        <input
          id={`${id}-${which}`}
          type="range"
          min={span.from}
          max={span.to}
          step={1}
          value={value}
          aria-valuetext={String(value)}
          onChange={(e) => {
            setPlaying(false);
            setPeriod(periodFromSliders(shown, which, Number(e.currentTarget.value), span));
          }}
        />
        <output htmlFor={`${id}-${which}`} className="period-year">
          {value}
        </output>
      </div>
    );
  };

  return (
    <fieldset className="period-control" data-testid="period-control">
      <legend>{t("explore.period.legend")}</legend>
      {slider("from")}
      {slider("to")}
      <div className="period-buttons">
        <button type="button" onClick={play} aria-pressed={playing}>
          {playing ? t("explore.period.pause") : t("explore.period.play")}
        </button>
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            setPeriod(null);
          }}
          disabled={period === null}
        >
          {t("explore.period.all")}
        </button>
      </div>
      <p className="period-shown" aria-live="polite">
        {period === null
          ? t("explore.period.shownAll", { period: formatYearPeriod(span) })
          : t("explore.period.shown", { period: formatYearPeriod(period) })}
      </p>
      <InferredInPeriod period={period} />
    </fieldset>
  );
}

/**
 * How many figures in the period shown (of the programme chosen, as the map) have a period the
 * atlas inferred because the source gives none: marked here as in the table, profile and chart,
 * since choosing years is where a reader relies on a figure's period.
 */
function InferredInPeriod({ period }: { period: YearPeriod | null }): ReactElement | null {
  const { t } = useTranslation();
  const atlas = useAtlasIndex();
  const chosen = useAtlasStore((s) => s.programme);
  if (atlas.status !== "ready") return null;
  const programmeId = programmeFilter(atlas.data, chosen);
  const count = countInferredPeriods(atlas.data, programmeId, period);
  if (count === 0) return null;
  return (
    // The toolbar shows the short text (the row must stay one line high); the sentence is the title and what a screen reader reads.
    <p className="period-inferred" data-testid="period-inferred" title={t("explore.period.inferred", { count })}>
      <InferredMark what="period" /> <span aria-hidden="true">{t("explore.period.inferredShort", { count })}</span>
      <span className="sr-only">{t("explore.period.inferred", { count })}</span>
    </p>
  );
}

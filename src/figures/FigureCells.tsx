/** Cell renderers of the figures table: area with its level badge, value, source. */
import { ProvenanceTags } from "../ui/SourceProvenance";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { AreaLevel, AtlasIndex } from "../data/atlas";
import { areaMembers } from "../data/atlas";
import { anyInferred } from "../data/inconsistency";
import { formatPartialDate, formatValue } from "../i18n/format";
import type { Lang, Observation } from "../schema";
import { useAtlasStore } from "../store";
import { placeText, ruleText } from "../i18n/placeText";
import "../ui/vintage.css";
import { InferredMark } from "../ui/BasisMarks";
import type { FigureRow } from "./rows";

export function levelLabel(t: TFunction, level: AreaLevel): string {
  switch (level.kind) {
    case "unit":
      return t(`common.level.${level.level}`);
    case "group":
      return t(`common.level.group.${level.level}`);
    case "unknown":
      return t("common.none");
  }
}

function levelClass(level: AreaLevel): string {
  switch (level.kind) {
    case "unit":
      return `badge--${level.level}`;
    case "group":
      return "badge--group";
    case "unknown":
      return "";
  }
}

export function AreaCell({ row, index, selected }: { row: FigureRow; index: AtlasIndex; selected: boolean }) {
  const { t } = useTranslation();
  const select = useAtlasStore((s) => s.select);
  const level = levelLabel(t, row.level);
  return (
    <div className="area-cell">
      <button
        type="button"
        className="area-cell__name"
        aria-label={t("table.selectArea", { area: row.areaName })}
        onClick={() => select(areaMembers(index, row.area))}
      >
        {row.areaName}
      </button>
      <span className="area-cell__badges">
        <span className={`badge ${levelClass(row.level)}`} title={t("table.levelLabel", { level })}>
          {level}
        </span>
        {row.vintage !== null && (
          <span className={`badge badge--vintage badge--${row.vintage}`} title={t(`common.vintageLong.${row.vintage}`)}>
            {t(`common.vintage.${row.vintage}`)}
          </span>
        )}
        {anyInferred(row.observations).area && <InferredMark what="area" />}
        {selected && <span className="badge badge--selected">{t("table.selected")}</span>}
      </span>
    </div>
  );
}

/** A value with its qualifier sign; the sign is spelled out for screen readers. */
export function QualifiedValue({ obs, lang, unit }: { obs: Observation; lang: Lang; unit: string }) {
  const { t } = useTranslation();
  const word = t(`common.qualifier.${obs.qualifier}`);
  return (
    <span className="qualified-value">
      <span aria-hidden={word !== "" ? true : undefined}>{formatValue(obs.value, obs.qualifier, lang)}</span>
      {word !== "" && <span className="sr-only">{`${word} ${formatValue(obs.value, "exact", lang)}`}</span>}
      {unit !== "" && <span className="qualified-value__unit"> {unit}</span>}
    </span>
  );
}

export function ConflictMark() {
  const { t } = useTranslation();
  return (
    <span className="badge badge--conflict" title={t("table.conflictExplain")}>
      <span aria-hidden="true">⚠ </span>
      {t("table.conflict")}
    </span>
  );
}

/** A figure its own source contradicts: named here, spelled out in the row's detail. */
function InconsistentMark() {
  const { t } = useTranslation();
  return <span className="badge badge--conflict badge--inconsistent">{t("common.basis.inconsistent")}</span>;
}

export function ValueCell({ row, lang }: { row: FigureRow; lang: Lang }) {
  const inconsistent = row.observations.some((o) => o.inconsistentWith.length > 0);
  if (!row.conflict) {
    return (
      <>
        <QualifiedValue obs={row.observations[0]} lang={lang} unit={row.unitName} />
        {inconsistent && <> <InconsistentMark /></>}
      </>
    );
  }
  return (
    <div className="value-cell value-cell--conflict">
      <ConflictMark />
      <ul className="value-cell__list">
        {row.observations.map((o) => (
          <li key={o.id}>
            <QualifiedValue obs={o} lang={lang} unit={row.unitName} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function SourceLine({ obs, index, lang }: { obs: Observation; index: AtlasIndex; lang: Lang }) {
  const { t } = useTranslation();
  const source = index.sources.get(obs.sourceId);
  if (source === undefined) return <span>{obs.sourceId}</span>;
  const date = source.publishedOn === null ? t("common.undated") : formatPartialDate(source.publishedOn, lang, "short");
  const label = `${source.publisher}, ${date}`;
  return (
    <>
      {source.url === "" ? (
        <span>{label}</span>
      ) : (
        <a href={source.url} rel="noreferrer" target="_blank">
          {label}
        </a>
      )}
      <ProvenanceTags source={source} />
    </>
  );
}

export function SourceCell({ row, index, lang }: { row: FigureRow; index: AtlasIndex; lang: Lang }) {
  if (row.observations.length === 1) return <SourceLine obs={row.observations[0]} index={index} lang={lang} />;
  return (
    <ul className="source-cell__list">
      {row.observations.map((o) => (
        <li key={o.id}>
          <SourceLine obs={o} index={index} lang={lang} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Where the figure sits under the new map: inside the new unit it was carried into (and why),
 * or kept with its former area, clearly marked; never divided.
 */
export function PlaceCell({ row, index, lang }: { row: FigureRow; index: AtlasIndex; lang: Lang }) {
  const { t } = useTranslation();
  const place = row.place;
  if (place === null) return null;
  const text = placeText(t, index, place, lang);
  switch (place.placement.kind) {
    case "native":
      return <span className="vintage-place vintage-place--native">{t("vintage.place.native")}</span>;
    case "carried":
      return (
        <span className="vintage-place vintage-place--carried" data-placement="carried">
          {text}
          <span className="vintage-note"> ({ruleText(t, place.placement.rule)})</span>
        </span>
      );
    case "not-carried":
      return (
        <span className="vintage-place vintage-place--not-carried" data-placement="not-carried">
          {text}
        </span>
      );
  }
}

/**
 * The national picture: a map of the provinces (63 before or 34 from 1 July 2025, following
 * the vintage switch) and a table of the 34 new provinces with the former provinces that
 * formed each, searchable by any former or new name with or without diacritics.
 */
import { useDeferredValue, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { Topology } from "topojson-specification";
import { unitName, type AtlasIndex } from "../data/atlas";
import { useAtlasIndex } from "../data/hooks";
import { useTopology } from "../data/topology";
import type { Lang, SourcedNumber, UnitId, Vintage } from "../schema";
import { useAtlasStore } from "../store";
import { ErrorPanel } from "../ui/ErrorPanel";
import { RegionBoundary } from "../ui/RegionBoundary";
import { formatSourcedValue, unitNames } from "./compareFormat";
import { filterNationalRows, nationalRows, type NationalMatch, type NationalRow } from "./nationalProvinces";
import { provinceMap, type TerritoryMark } from "./nationalMap";
import { AboutView } from "../ui/AboutView";
import { VintageSwitch } from "../ui/VintageSwitch";
import "./compare.css";

/** ColorBrewer BuPu steps (colour-blind safe) for 2 and 3+ former provinces; warm grey for "not merged". */
const FILL = { unchanged: "#e3ddd0", two: "#8c96c6", three: "#88419d" } as const;

function fillForFormers(count: number): string {
  if (count <= 1) return FILL.unchanged;
  return count === 2 ? FILL.two : FILL.three;
}

function actLabel(t: TFunction, row: NationalRow): string {
  const act = row.legal[0]?.act;
  return act === undefined ? (row.legal[0]?.actId ?? "") : t("national.act", { number: act.number });
}

/** The sentence that says how a new province came about, or why a search found it. */
export function whyLine(t: TFunction, match: NationalMatch, lang: Lang): string {
  const { row, matchedFormer } = match;
  const formers = unitNames(row.formers, lang, true);
  if (matchedFormer !== null) {
    return t("national.why", { former: matchedFormer.shortVi, province: row.unit.shortVi, formers, act: actLabel(t, row) });
  }
  return row.merged ? t("national.formedFrom", { formers, act: actLabel(t, row) }) : t("national.unchanged", { act: actLabel(t, row) });
}

function ProvinceMapFigure({ topology, rows, highlighted, vintage, onPick }: {
  topology: Topology;
  rows: readonly NationalRow[];
  highlighted: ReadonlySet<UnitId>;
  vintage: Vintage;
  onPick: (name: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const map = useMemo(() => provinceMap(topology, vintage), [topology, vintage]);
  const info = useMemo(() => {
    const byId = new Map<UnitId, { fill: string; name: string }>();
    for (const row of rows) {
      const fill = fillForFormers(row.formers.length);
      byId.set(row.unit.id, { fill, name: unitName(row.unit, lang) });
      for (const former of row.formers) byId.set(former.id, { fill: row.merged ? FILL.two : FILL.unchanged, name: unitName(former, lang) });
    }
    return byId;
  }, [rows, lang]);
  const maxFormers = Math.max(1, ...rows.map((r) => r.formers.length));
  const legend =
    vintage === "post2025"
      ? [
          ...(maxFormers >= 3 ? [{ fill: FILL.three, text: t("national.map.postFormers", { count: 3 }) }] : []),
          { fill: FILL.two, text: t("national.map.postFormers", { count: 2 }) },
          { fill: FILL.unchanged, text: t("national.map.postUnchanged") },
        ]
      : [
          { fill: FILL.two, text: t("national.map.preMerged") },
          { fill: FILL.unchanged, text: t("national.map.preUnchanged") },
        ];
  return (
    <figure className="national__map" data-vintage={vintage}>
      <svg
        viewBox={map.viewBox}
        role="img"
        aria-label={t("national.map.label", { vintage: t(`compare.vintage.${vintage}`).toLowerCase() })}
        data-testid="national-map"
        data-count={map.shapes.length}
      >
        {map.shapes.map((shape) => {
          const about = info.get(shape.id);
          return (
            <path
              key={shape.id}
              d={shape.d}
              data-unit-id={shape.id}
              fill={about?.fill ?? FILL.unchanged}
              className={highlighted.has(shape.id) ? "national__shape national__shape--match" : "national__shape"}
              onClick={() => about !== undefined && onPick(about.name)}
            >
              <title>{about?.name ?? shape.id}</title>
            </path>
          );
        })}
        {map.territories.map((mark) => (
          <TerritoryText key={mark.key} mark={mark} text={t(`map.territory.${mark.key}`)} />
        ))}
      </svg>
      <figcaption className="national__legend" data-testid="national-legend">
        <strong>{t("national.map.count", { count: map.shapes.length })}</strong>
        <ul>
          {legend.map((entry) => (
            <li key={entry.text}>
              <span className="swatch" style={{ background: entry.fill }} aria-hidden="true" /> {entry.text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** A territory's name on the SVG map; an archipelago's "(province)" goes on a second line so the name stays short. */
function TerritoryText({ mark, text }: { mark: TerritoryMark; text: string }) {
  const cut = text.indexOf(" (");
  const lines = mark.key === "eastSea" || cut < 0 ? [text] : [text.slice(0, cut), text.slice(cut + 1)];
  return (
    <text
      x={mark.x}
      y={mark.y}
      textAnchor={mark.anchor}
      className={mark.key === "eastSea" ? "national__territory national__territory--sea" : "national__territory"}
      data-territory={mark.key}
    >
      {lines.map((line, i) => (
        <tspan key={line} x={mark.x} dy={i === 0 ? 0 : "1.15em"}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A figure in full, its source one click away: the sources here are long citations, and printed
 * beside every figure they made each of the 34 rows a screen tall.
 */
function SourcedItem({ value, lang }: { value: SourcedNumber; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <li>
      <span className="num">{formatSourcedValue(value, lang)}</span>
      {value.asOf === undefined ? "" : <small className="muted"> ({value.asOf})</small>}
      <details className="national__source">
        <summary>{t("national.sourceToggle")}</summary>
        <small>{value.source}</small>
      </details>
    </li>
  );
}

function ProvinceTable({ matches, lang }: { matches: readonly NationalMatch[]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <table className="compare-table national__table">
      <caption>{t("national.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("national.col.code")}</th>
          <th scope="col">{t("national.col.province")}</th>
          <th scope="col">{t("national.col.formers")}</th>
          <th scope="col">{t("national.col.legal")}</th>
          <th scope="col">{t("national.col.area")}</th>
          <th scope="col">{t("national.col.population")}</th>
          <th scope="col">{t("national.col.centre")}</th>
        </tr>
      </thead>
      <tbody>
        {matches.map((match) => {
          const { row } = match;
          const basis = row.legal[0];
          return (
            <tr key={row.unit.id} data-unit-id={row.unit.id} className={match.matchedFormer ? "national__row--former" : undefined}>
              <td>{row.unit.code}</td>
              <th scope="row">
                {unitName(row.unit, lang)}
                <p className="national__why">{whyLine(t, match, lang)}</p>
              </th>
              <td>
                <ul className="plain-list">
                  {row.formers.map((f) => (
                    <li key={f.id}>
                      {f.code} {unitName(f, lang)}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {basis?.act !== undefined && basis.act.url !== "" ? (
                  <a href={basis.act.url} rel="noreferrer noopener">
                    {basis.act.number}
                  </a>
                ) : (
                  (basis?.act?.number ?? basis?.actId ?? "")
                )}
                {basis?.clause !== undefined && `, ${basis.clause}`}
              </td>
              <td>
                <ul className="plain-list">
                  {row.unit.areaKm2.map((v, i) => (
                    <SourcedItem key={i} value={v} lang={lang} />
                  ))}
                </ul>
              </td>
              <td>
                <ul className="plain-list">
                  {row.unit.population.map((v, i) => (
                    <SourcedItem key={i} value={v} lang={lang} />
                  ))}
                </ul>
              </td>
              <td>{row.unit.adminCentre ?? ""}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The screen once its data is in (exported for tests). */
export function NationalContent({ index, topology }: { index: AtlasIndex; topology: Topology | null }) {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const vintage = useAtlasStore((s) => s.vintage);
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(() => nationalRows(index), [index]);
  const matches = useMemo(() => filterNationalRows(rows, deferredQuery), [rows, deferredQuery]);
  const highlighted = useMemo(() => {
    if (deferredQuery.trim() === "") return new Set<UnitId>();
    return new Set(matches.flatMap((m) => (vintage === "post2025" ? [m.row.unit.id] : m.row.formers.map((f) => f.id))));
  }, [matches, deferredQuery, vintage]);
  const searchId = useId();
  const [first] = matches;
  const status =
    deferredQuery.trim() === ""
      ? t("national.results", { shown: matches.length, total: rows.length })
      : first === undefined
        ? t("national.noResults", { query: deferredQuery })
        : `${t("national.results", { shown: matches.length, total: rows.length })} ${whyLine(t, first, lang)}`;

  return (
    <div className="national">
      <div className="compare__controls">
        <h2>{t("national.title")}</h2>
        <AboutView storageKey="national">
          <p>{t("national.intro")}</p>
        </AboutView>
      </div>
      <div className="national__body">
        <div className="national__map-column">
          <VintageSwitch />
          <RegionBoundary region="national-map" part={t("app.regions.nationalMap")}>
            {topology === null ? <p>{t("national.map.loading")}</p> : <ProvinceMapFigure topology={topology} rows={rows} highlighted={highlighted} vintage={vintage} onPick={setQuery} />}
          </RegionBoundary>
        </div>
        <div className="national__list">
          <search className="national__search">
            <label htmlFor={searchId}>{t("national.searchLabel")}</label>
            <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${searchId}-hint`} autoComplete="off" />
            <p id={`${searchId}-hint`} className="muted">
              {t("national.searchHint")}
            </p>
          </search>
          <output className="national__status" data-testid="national-status">
            {status}
          </output>
          <RegionBoundary region="national-table" part={t("app.regions.nationalTable")}>
            <ProvinceTable matches={matches} lang={lang} />
          </RegionBoundary>
        </div>
      </div>
    </div>
  );
}

export default function NationalView() {
  const { t } = useTranslation();
  const atlas = useAtlasIndex();
  const boundaries = useTopology("boundaries");
  // A file the slot's gate does not list (figures.json, for the index) must not leave "loading" on screen for ever.
  if (atlas.status === "error") return <ErrorPanel error={atlas} />;
  if (atlas.status !== "ready") return <p>{t("app.loading")}</p>;
  const topology = boundaries.status === "ready" ? boundaries.data : null;
  return <NationalContent index={atlas.data} topology={topology} />;
}

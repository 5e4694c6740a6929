/**
 * The area profile: for each selected unit, who it is, every figure for it and for the areas
 * containing it (each under the area it was reported for), the phases and partners there,
 * and what became of it on 1 July 2025.
 */
import { useMemo, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { areaLevel, areaName, endedEarlier, localName, unitName, type AreaLevel, type AtlasIndex } from "../data/atlas";
import { useAtlasIndex } from "../data/hooks";
import { useTopology } from "../data/topology";
import { communeFeatures, communeShape } from "../map/communes";
import { boundaryIndexOf, boundsOf, type Bounds } from "../map/geometry";
import { MAP_IDS, useMap } from "../map/MapContext";
import { viewForBounds, zoomToSize } from "../map/viewForBounds";
import type { Lang, Unit, UnitId } from "../schema";
import { useAtlasStore, type YearPeriod } from "../store";
import { FigureList } from "./FigureList";
import { ProgrammeContext } from "./ProgrammeContext";
import { PhaseCaveats } from "../ui/Caveats";
import { partnersFor, phasesFor, type PhaseInArea } from "../model/phases";
import { predecessorSummary, successorSummary } from "../model/reorganisation";
import { ReorganisationLine } from "./ReorganisationLine";
import { unitBounds } from "./zoomTo";
import { formatList, formatPeriod } from "../i18n/format";
import "./profile.css";

export default function AreaProfile(): ReactElement {
  const { t } = useTranslation();
  const state = useAtlasIndex();
  const selection = useAtlasStore(useShallow((s) => s.selection));
  const lang = useAtlasStore((s) => s.lang);
  const period = useAtlasStore((s) => s.period);

  if (state.status === "loading") {
    return (
      <div className="profile" aria-busy="true" data-testid="area-profile">
        <p>{t("app.loading")}</p>
      </div>
    );
  }
  if (state.status === "error") {
    return (
      <div className="profile" data-testid="area-profile">
        <p>{t("profile.unavailable")}</p>
      </div>
    );
  }
  const units = selection.map((id) => state.data.units.get(id)).filter((u): u is Unit => u !== undefined);
  if (units.length === 0) {
    return (
      <div className="profile profile-empty" data-testid="area-profile">
        <h2>{t("profile.emptyTitle")}</h2>
        <p>{t("profile.emptyHint")}</p>
      </div>
    );
  }
  return (
    <div className="profile" data-testid="area-profile">
      {units.map((unit) => (
        <UnitProfile key={unit.id} index={state.data} unit={unit} lang={lang} period={period} />
      ))}
    </div>
  );
}

interface UnitProfileProps {
  index: AtlasIndex;
  unit: Unit;
  lang: Lang;
  period: YearPeriod | null;
}

function UnitProfile({ index, unit, lang, period }: UnitProfileProps): ReactElement {
  const { t } = useTranslation();
  const toggleSelect = useAtlasStore((s) => s.toggleSelect);
  const phases = useMemo(() => phasesFor(index, unit.id), [index, unit.id]);
  const phasesHere = useMemo(() => phases.map((p) => p.phase), [phases]);
  const partners = useMemo(() => partnersFor(index, unit.id), [index, unit.id]);
  const successors = useMemo(() => successorSummary(index, unit.id), [index, unit.id]);
  const predecessors = useMemo(() => predecessorSummary(index, unit.id), [index, unit.id]);
  const headingId = `profile-${unit.id.replace(":", "-")}`;
  const otherName = lang === "en" ? unit.nameVi : unitName(unit, "en");
  const parent = unit.parent === null ? undefined : index.units.get(unit.parent);

  return (
    <article className="profile-unit" aria-labelledby={headingId} data-unit-id={unit.id}>
      <header className="profile-header">
        <div>
          <h2 id={headingId}>{unitName(unit, lang)}</h2>
          <p className="profile-altname" lang={lang === "en" ? "vi" : "en"}>
            {otherName}
          </p>
        </div>
        <div className="profile-actions">
          <ZoomToButton index={index} unitId={unit.id} name={unitName(unit, lang)} />
          <button type="button" onClick={() => toggleSelect(unit.id)} aria-label={t("profile.closeLabel", { name: unitName(unit, lang) })}>
            {t("profile.close")}
          </button>
        </div>
      </header>
      <dl className="profile-facts">
        <dt>{t("profile.level")}</dt>
        <dd>{t(`profile.unitType.${unit.type}`)}</dd>
        <dt>{t("profile.vintage")}</dt>
        <dd>{t(`common.vintageLong.${unit.vintage}`)}</dd>
        {parent !== undefined && (
          <>
            <dt>{t("profile.parent")}</dt>
            <dd>{unitName(parent, lang)}</dd>
          </>
        )}
        {unit.note !== undefined && (
          <>
            <dt>{t("context.unitNote")}</dt>
            <dd lang="en">{unit.note}</dd>
          </>
        )}
        {endedEarlier(index, unit.id) && (
          <>
            <dt>{t("profile.existedUntil")}</dt>
            <dd data-ended-unknown="">{t("profile.endedUnknown")}</dd>
          </>
        )}
      </dl>
      <ReorganisationLine index={index} lang={lang} successors={successors} predecessors={predecessors} />

      <section aria-labelledby={`${headingId}-figures`}>
        <h3 id={`${headingId}-figures`}>{t("profile.figures")}</h3>
        <FigureList index={index} unitId={unit.id} lang={lang} period={period} />
      </section>

      <section aria-labelledby={`${headingId}-phases`}>
        <h3 id={`${headingId}-phases`}>{t("profile.phases")}</h3>
        {phases.length === 0 ? <p>{t("profile.noPhases")}</p> : <PhaseList index={index} phases={phases} lang={lang} />}
      </section>

      <ProgrammeContext unitId={unit.id} phases={phasesHere} lang={lang} headingId={`${headingId}-context`} />

      <section aria-labelledby={`${headingId}-partners`}>
        <h3 id={`${headingId}-partners`}>{t("profile.partners")}</h3>
        {partners.length === 0 ? (
          <p>{t("profile.noPartners")}</p>
        ) : (
          <ul className="profile-partners">
            {partners.map((o) => (
              <li key={o.id}>{localName(o, lang)}</li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

function PhaseList({ index, phases, lang }: { index: AtlasIndex; phases: readonly PhaseInArea[]; lang: Lang }): ReactElement {
  const { t } = useTranslation();
  return (
    <ul className="profile-phases">
      {phases.map(({ phase, scope }) => {
        const programme = index.programmes.get(phase.programmeId);
        let where: string;
        switch (scope.kind) {
          case "covers":
            where = t("profile.phaseCovers");
            break;
          case "whole":
            where =
              isProvince(areaLevel(index, scope.area))
                ? t("profile.phaseWholeProvince", { name: areaName(index, scope.area, lang) })
                : t("profile.phaseWholeOther", { name: areaName(index, scope.area, lang) });
            break;
          case "formerWhole":
            where = t("profile.phaseFormerWhole", { name: areaName(index, { kind: "unit", unit: scope.formerUnit }, lang) });
            break;
          case "part":
            where = t("profile.phasePart", { areas: formatList(phase.areas.map((a) => areaName(index, a, lang)), lang) });
            break;
          case "former":
            where = t("profile.phaseFormer", { name: areaName(index, { kind: "unit", unit: scope.formerUnit }, lang) });
            break;
          case "formerPart":
            where = t("profile.phaseFormerPart", {
              names: formatList(scope.formerUnits.map((u) => areaName(index, { kind: "unit", unit: u }, lang)), lang),
            });
            break;
        }
        return (
          <li key={phase.id}>
            <strong>{localName(phase, lang)}</strong> ({formatPeriod(phase.start, phase.end, lang)})
            {programme !== undefined && <> — {localName(programme, lang)}</>}. {where}
            <PhaseCaveats phaseId={phase.id} lang={lang} />
          </li>
        );
      })}
    </ul>
  );
}

function isProvince(level: AreaLevel): boolean {
  return level.kind === "unit" && level.level === "province";
}

function ZoomToButton(props: { index: AtlasIndex; unitId: UnitId; name: string }): ReactElement {
  const unit = props.index.units.get(props.unitId);
  // A commune from 1 July 2025 is drawn from the commune layer (fetched for it), not from the boundaries.
  return unit?.level === "commune" && unit.vintage === "post2025" ? <CommuneZoomButton {...props} /> : <UnitZoomButton {...props} />;
}

function CommuneZoomButton({ index, unitId, name }: { index: AtlasIndex; unitId: UnitId; name: string }): ReactElement {
  const communes = useTopology("communes");
  const shape = useMemo(() => (communes.status === "ready" ? communeShape(communeFeatures(communes.data), unitId) : null), [communes, unitId]);
  const bounds = useMemo(() => (shape === null ? null : boundsOf([shape])), [shape]);
  return bounds === null ? <UnitZoomButton index={index} unitId={unitId} name={name} /> : <ZoomButton bounds={bounds} name={name} />;
}

function ZoomButton({ bounds, name }: { bounds: Bounds; name: string }): ReactElement {
  const { t } = useTranslation();
  const setMapView = useAtlasStore((s) => s.setMapView);
  const map = useMap(MAP_IDS.explorer);
  return (
    <button type="button" onClick={() => setMapView(viewForBounds(bounds, zoomToSize(map?.getContainer())))} aria-label={t("profile.zoomLabel", { name })}>
      {t("profile.zoom")}
    </button>
  );
}

function UnitZoomButton({ index, unitId, name }: { index: AtlasIndex; unitId: UnitId; name: string }): ReactElement {
  const { t } = useTranslation();
  const boundaries = useTopology("boundaries");
  const setMapView = useAtlasStore((s) => s.setMapView);
  // The explorer's map, when it is on the page, gives the box to fit into.
  const map = useMap(MAP_IDS.explorer);
  const topology = boundaries.status === "ready" ? boundaries.data : null;
  const target = useMemo(() => (topology === null ? null : unitBounds(boundaryIndexOf(topology), index, unitId)), [topology, index, unitId]);
  const zoom = () => {
    if (target !== null) setMapView(viewForBounds(target.bounds, zoomToSize(map?.getContainer())));
  };
  return (
    <button type="button" onClick={zoom} disabled={target === null} aria-label={t("profile.zoomLabel", { name })}>
      {t("profile.zoom")}
    </button>
  );
}

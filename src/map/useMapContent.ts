/**
 * What one atlas map shows, from the store and the data (no map instance): the indicator and
 * its figures for the period on this map's boundaries, the drawn scene, the programme's areas,
 * the former districts and the selected area's outline.
 */
import { useMemo } from "react";
import type { Topology } from "topojson-specification";
import { currentIndicator, programmeFilter, type AtlasIndex } from "../data/atlas";
import type { UnitId, Vintage } from "../schema";
import { useAtlasStore } from "../store";
import type { ClassificationMethod } from "./classification";
import { focusDistricts } from "./credits";
import { areaShape, boundaryIndexOf } from "./geometry";
import { mapFiguresFor } from "./mapData";
import { groupByProgramme, programmeAreas } from "./programmeAreas";
import { buildScene, resolveDrawMode } from "./scene";
import { selectedShape } from "./selectedShape";

const NO_UNITS: ReadonlySet<UnitId> = new Set();

export interface MapContentInput {
  index: AtlasIndex;
  topology: Topology;
  vintage: Vintage;
  method: ClassificationMethod;
  /** Draw the five focus districts as dashed "former district" outlines. */
  formerDistricts: boolean;
}

export function useMapContent({ index, topology, vintage, method, formerDistricts }: MapContentInput) {
  const indicatorId = useAtlasStore((s) => s.indicator);
  const period = useAtlasStore((s) => s.period);
  const selection = useAtlasStore((s) => s.selection);
  const symbolMode = useAtlasStore((s) => s.symbolMode);
  const programmeId = programmeFilter(index, useAtlasStore((s) => s.programme));

  const boundaries = boundaryIndexOf(topology);
  const indicator = currentIndicator(index, indicatorId, programmeId);
  const figures = useMemo(
    () => (indicator === undefined ? { drawn: [], notDrawn: [] } : mapFiguresFor(index, { indicatorId: indicator.id, period, vintage, programmeId })),
    [index, indicator, period, vintage, programmeId],
  );
  const mode = resolveDrawMode(symbolMode, indicator);
  const scene = useMemo(() => buildScene({ index, boundaries, figures: figures.drawn, mode, method }), [index, boundaries, figures, mode, method]);
  const formerDistrictIds = useMemo(() => (formerDistricts ? focusDistricts(index) : NO_UNITS), [formerDistricts, index]);
  const formerShapes = useMemo(() => [...formerDistrictIds].flatMap((id) => areaShape(boundaries, [id]) ?? []), [formerDistrictIds, boundaries]);
  // Where the programme worked in the period, whatever the indicator: the first indicator may have one figure only.
  // Each programme in its own outline: the Hàm Yên training is not TMSV (data/programmes.csv).
  const programme = useMemo(
    () => groupByProgramme(index, programmeAreas(index, boundaries, { vintage, period, programmeId })),
    [index, boundaries, vintage, period, programmeId],
  );
  const selectionShape = useMemo(() => selectedShape(index, boundaries, selection, vintage), [index, boundaries, selection, vintage]);
  return { boundaries, indicator, period, programmeId, figures, scene, formerDistrictIds, formerShapes, programme, selectionShape };
}

export type MapContent = ReturnType<typeof useMapContent>;

/**
 * Says where the Hoàng Sa and Trường Sa archipelagos lie when the map is framed on the mainland
 * and they are out of view (the explorer opens on the programme's provinces). It follows the
 * map's moves; once both archipelagos are in view their labels speak for themselves.
 */
import type { Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useState, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import "./TerritoryNote.css";
import { territoriesOutside, type Bounds, type Territory } from "./archipelagos";

function boundsOf(map: MaplibreMap): Bounds {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

export function TerritoryNote({ map, territories }: { map: MaplibreMap | null; territories: readonly Territory[] }): ReactElement | null {
  const { t } = useTranslation();
  const [bounds, setBounds] = useState<Bounds | null>(null);
  useEffect(() => {
    if (map === null) return;
    const update = () => setBounds(boundsOf(map));
    update();
    map.on("moveend", update);
    return () => {
      map.off("moveend", update);
    };
  }, [map]);
  if (bounds === null) return null;
  const outside = territoriesOutside(territories, bounds);
  if (outside.length === 0) return null;
  const list = outside
    .map(({ key, direction }) => t("map.territory.outsideItem", { name: t(`map.territory.${key}`), direction: t(`map.territory.direction.${direction}`) }))
    .join("; ");
  return (
    <p className="atlas-map__territory-note" data-testid="territory-note">
      {t("map.territory.outside", { list })}
    </p>
  );
}

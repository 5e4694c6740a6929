/**
 * Prints each map of the page through its picture (a WebGL canvas prints blank; snapshot.ts).
 * Mount once inside the MapProvider. Kept apart from the share bar so an embed need not load it.
 */
import { useEffect } from "react";
import { MAP_IDS, useMap } from "../map/MapContext";
import { startPrintSnapshots } from "./snapshot";

export function PrintSnapshots(): null {
  const explorer = useMap(MAP_IDS.explorer);
  const before = useMap(MAP_IDS.compareBefore);
  const after = useMap(MAP_IDS.compareAfter);
  useEffect(() => startPrintSnapshots(() => [explorer, before, after].flatMap((m) => m ?? [])), [explorer, before, after]);
  return null;
}

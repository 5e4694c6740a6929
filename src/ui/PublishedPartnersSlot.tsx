/**
 * Where the published partners' records go in the explorer: nothing at all unless the manifest
 * lists a partner file (role "partnerRecords"); then, once the first map has drawn, the file and
 * the view's code (PublishedPartners.tsx, a chunk of its own) are fetched, so neither adds a
 * byte or a request to the first map's path.
 */
import { lazy, Suspense, useEffect, useState, type ReactElement } from "react";
import { usePublishedPartnerFile } from "../data/hooks";
import { afterFirstMap } from "./slots";

const PublishedPartners = lazy(() => import("./PublishedPartners"));

export function PublishedPartnersSlot(): ReactElement | null {
  const [mapDrawn, setMapDrawn] = useState(false);
  useEffect(() => {
    let live = true;
    void afterFirstMap().then(() => {
      if (live) setMapDrawn(true);
    });
    return () => {
      live = false;
    };
  }, []);
  const file = usePublishedPartnerFile(mapDrawn);
  if (!mapDrawn || file.status === "none") return null;
  return (
    <Suspense fallback={null}>
      <PublishedPartners file={file} />
    </Suspense>
  );
}

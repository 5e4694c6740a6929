/**
 * The map's key for partners' records, over the map's upper right corner: a preview's mark and
 * "Partner: NAME (preview, not published)", or the published records' mark and "Partner: NAME",
 * a link to their table (src/ui/PublishedPartners.tsx), where each record's source and quote are.
 */
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { partnerNames } from "../model/partnerRecords";
import type { PartnerRecord } from "../schema";

/**
 * The id of the published partners' section (src/ui/PartnerRecordsShown.tsx, PUBLISHED_PARTNERS_ID),
 * written again here: importing it would pull the preview's table into the map's chunks.
 */
const PUBLISHED_PARTNERS_ID = "published-partners";

export function PartnerMapKey({ records, drawn, published = false }: { records: readonly PartnerRecord[]; drawn: number; published?: boolean }): ReactElement {
  const { t } = useTranslation();
  const name = partnerNames(records).join(", ");
  if (published) {
    return (
      <p className="atlas-map__partner-key" data-testid="published-partner-map-key">
        <span className="atlas-map__partner-mark atlas-map__partner-mark--published" aria-hidden="true" />
        <a href={`#${PUBLISHED_PARTNERS_ID}`}>{t("partner.published.mapKey", { name, count: drawn })}</a>
      </p>
    );
  }
  return (
    <p className="atlas-map__partner-key" data-testid="partner-map-key">
      <span className="atlas-map__partner-mark" aria-hidden="true" />
      {t("partner.mapKey", { name, count: drawn })}
    </p>
  );
}

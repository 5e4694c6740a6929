/** The map's key for a partner's preview: its mark and "Partner: NAME (preview, not published)", over the map's lower right corner. */
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { partnerNames } from "../model/partnerRecords";
import type { PartnerRecord } from "../schema";

export function PartnerMapKey({ records, drawn }: { records: readonly PartnerRecord[]; drawn: number }): ReactElement {
  const { t } = useTranslation();
  return (
    <p className="atlas-map__partner-key" data-testid="partner-map-key">
      <span className="atlas-map__partner-mark" aria-hidden="true" />
      {t("partner.mapKey", { name: partnerNames(records).join(", "), count: drawn })}
    </p>
  );
}

/**
 * "Số liệu của đối tác đã công bố / Published partner records": the records of
 * public/data/partner_records.json (added with `npm run data -- --add FILE`), labelled
 * "Đối tác: NAME / Partner: NAME", with each record's source and quote in the table (the map's
 * key links here). Handed to the store for the map (src/map/partnerLayer.ts), never to the
 * programme's figures or totals; carried to new units only by the carry rule, as in the preview.
 * Its own chunk, fetched after the first map (PublishedPartnersSlot.tsx).
 */
import { useEffect, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { useAtlasIndex } from "../data/hooks";
import type { LoadState } from "../data/load";
import { partnerNames } from "../model/partnerRecords";
import type { PartnerRecordsFile } from "../schema";
import { useAtlasStoreApi } from "../store";
import { ErrorPanel } from "./ErrorPanel";
import { PartnerRecordsShown, PUBLISHED_PARTNERS_ID as SECTION_ID } from "./PartnerRecordsShown";

export default function PublishedPartners({ file }: { file: LoadState<PartnerRecordsFile> }): ReactElement | null {
  const { t } = useTranslation();
  const index = useAtlasIndex();
  const store = useAtlasStoreApi();
  const records = file.status === "ready" ? file.data.records : null;
  useEffect(() => {
    if (records === null || records.length === 0) return;
    store.getState().setPublishedPartners(records);
    return () => store.getState().setPublishedPartners(null);
  }, [store, records]);
  if (file.status === "loading") return null;
  if (file.status === "error") {
    return (
      <section className="published-partners" id={SECTION_ID} aria-labelledby={`${SECTION_ID}-title`}>
        <h2 id={`${SECTION_ID}-title`} className="partner-preview__title">
          {t("partner.published.title")}
        </h2>
        <ErrorPanel error={file} note={t("partner.published.errorNote")} />
      </section>
    );
  }
  if (records === null || records.length === 0 || index.status !== "ready") return null;
  return (
    <section className="published-partners" id={SECTION_ID} aria-labelledby={`${SECTION_ID}-title`} data-testid="published-partners" tabIndex={-1}>
      <h2 id={`${SECTION_ID}-title`} className="partner-preview__title">
        {t("partner.published.title")}
      </h2>
      <p className="partner-preview__intro">{t("partner.published.intro")}</p>
      <PartnerRecordsShown index={index.data} records={records} label={t("partner.published.label", { name: partnerNames(records).join(", ") })} tableTestId="published-partner-table" published />
    </section>
  );
}

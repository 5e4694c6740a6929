/**
 * Partners' records shown in words and bars, shared by the preview of a dropped file
 * (PartnerPreview.tsx) and the published records (PublishedPartners.tsx): one table and one
 * chart, so both show a record, its carried area and its source the same way.
 */
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { indicatorName, type AtlasIndex } from "../data/atlas";
import { formatNumber, formatPartialDate, formatPeriod } from "../i18n/format";
import { partnerAreaName, placePartnerRecords, type PlacedPartnerRecord } from "../model/partnerRecords";
import type { Lang, PartnerRecord } from "../schema";
import { useAtlasStore } from "../store";
import "./PartnerPreview.css";

/** The id of the published partners' section (PublishedPartners.tsx), which the map's key links to. */
export const PUBLISHED_PARTNERS_ID = "published-partners";

/**
 * Partners' records under the store's vintage (placed by the carry rule, src/model/partnerRecords.ts):
 * their label, a chart by period and a table with each record's area, source and quote. `label`
 * says whose they are and whether previewed or published; nothing here adds them to anything.
 */
export function PartnerRecordsShown(props: { index: AtlasIndex; records: readonly PartnerRecord[]; label: string; tableTestId: string; published?: boolean }): ReactElement {
  const { index, records, label, tableTestId, published = false } = props;
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const vintage = useAtlasStore((s) => s.vintage);
  const placed = placePartnerRecords(index, records, vintage);
  return (
    <div className="partner-preview__records" data-partner-records={records.length}>
      <p className="partner-preview__label-line">
        <span className={published ? "partner-preview__key partner-preview__key--published" : "partner-preview__key"} aria-hidden="true" /> {label}
      </p>
      <p className="partner-preview__apart">{t("partner.apart")}</p>
      <PartnerChart index={index} placed={placed} lang={lang} label={label} published={published} />
      <table className="partner-preview__table" data-testid={tableTestId}>
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t("partner.cols.area")}</th>
            <th scope="col">{t("partner.cols.period")}</th>
            <th scope="col">{t("partner.cols.indicator")}</th>
            <th scope="col">{t("partner.cols.value")}</th>
            <th scope="col">{t("partner.cols.source")}</th>
            <th scope="col">{t("partner.cols.quote")}</th>
          </tr>
        </thead>
        <tbody>
          {placed.map((p) => (
            <PartnerRow key={`${p.record.file}:${p.record.line}`} index={index} placed={p} lang={lang} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PartnerRow({ index, placed, lang }: { index: AtlasIndex; placed: PlacedPartnerRecord; lang: Lang }): ReactElement {
  const { t } = useTranslation();
  const { record, placement } = placed;
  const indicator = index.indicators.get(record.indicatorId);
  return (
    <tr data-partner-line={record.line}>
      <td>
        {partnerAreaName(index, placed.on, lang)}
        {placement.kind === "carried" && <span className="partner-preview__note"> {t("partner.carried", { from: partnerAreaName(index, record.area, lang) })}</span>}
        {placement.kind === "not-carried" && <span className="partner-preview__note"> {t("partner.kept")}</span>}
        <span className="partner-preview__note"> ({t("partner.asWritten", { text: record.areaAsWritten })})</span>
      </td>
      <td>{formatPeriod(record.periodStart, record.periodEnd, lang)}</td>
      <td>{indicator === undefined ? record.indicatorId : indicatorName(indicator, lang)}</td>
      <td className="partner-preview__value">{formatNumber(record.value, lang)}</td>
      <td>
        {record.sourceUrl === "" ? (
          record.sourcePublisher
        ) : (
          <a href={record.sourceUrl} rel="noreferrer noopener" target="_blank">
            {record.sourcePublisher}
          </a>
        )}
        , {formatPartialDate(record.sourceDate, lang)}
      </td>
      <td lang={record.quoteLang}>“{record.quote}”</td>
    </tr>
  );
}

/**
 * One bar per record, by period, grouped by indicator: the partner's figures as they are given,
 * never summed or shared out (the table above is the same data in words).
 */
function PartnerChart({ index, placed, lang, label, published }: { index: AtlasIndex; placed: readonly PlacedPartnerRecord[]; lang: Lang; label: string; published: boolean }): ReactElement {
  const byIndicator = new Map<string, PlacedPartnerRecord[]>();
  for (const p of placed) byIndicator.set(p.record.indicatorId, [...(byIndicator.get(p.record.indicatorId) ?? []), p]);
  return (
    <div className="partner-preview__charts">
      {[...byIndicator].map(([id, items]) => {
        const indicator = index.indicators.get(id);
        const name = indicator === undefined ? id : indicatorName(indicator, lang);
        const sorted = [...items].sort((a, b) => a.record.periodStart.localeCompare(b.record.periodStart));
        const max = Math.max(...sorted.map((p) => p.record.value), 1);
        const rowH = 22;
        // Labels in the first 250 px (period · area), bars after them, the value at each bar's end.
        const width = 460;
        return (
          <figure key={id} className="partner-preview__chart">
            <figcaption>
              {name} — {label}
            </figcaption>
            <svg role="img" aria-label={`${name}: ${label}`} width={width} height={sorted.length * rowH + 4} viewBox={`0 0 ${width} ${sorted.length * rowH + 4}`}>
              {sorted.map((p, i) => {
                const w = Math.max(1, (p.record.value / max) * 160);
                return (
                  <g key={`${p.record.file}:${p.record.line}`} transform={`translate(0 ${i * rowH + 2})`}>
                    <text x={0} y={14} className="partner-preview__chart-text">
                      {`${formatPeriod(p.record.periodStart, p.record.periodEnd, lang, "short")} · ${partnerAreaName(index, p.on, lang)}`.slice(0, 42)}
                    </text>
                    <rect x={250} y={3} width={w} height={14} className={published ? "partner-preview__bar partner-preview__bar--published" : "partner-preview__bar"} />
                    <text x={254 + w} y={14} className="partner-preview__chart-text">
                      {formatNumber(p.record.value, lang)}
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}


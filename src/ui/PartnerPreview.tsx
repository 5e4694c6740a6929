/**
 * "Xem trước dữ liệu đối tác / Preview partner data": a partner chooses or drops a file in the
 * partner format (src/schema/partner.ts); it is checked in a worker (src/data/partnerCheck.ts)
 * and, when every row passes, its records are shown here (a chart by period and a table) and on
 * the map (src/map/partnerLayer.ts), labelled as the partner's preview, never added to the
 * programme's figures or totals. Refused: every problem with its line, column and what to do,
 * and no record at all. The file stays in this tab: nothing is sent, nothing is kept.
 */
import { useState, type DragEvent, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { indicatorName, type AtlasIndex } from "../data/atlas";
import { useAtlasIndex } from "../data/hooks";
import { formatNumber, formatPartialDate, formatPeriod } from "../i18n/format";
import { partnerAreaName, partnerContextOf, partnerNames, placePartnerRecords, type PlacedPartnerRecord } from "../model/partnerRecords";
import type { Lang, PartnerRecord } from "../schema";
import type { PartnerProblem } from "../schema/partner";
import { useAtlasStore, useAtlasStoreApi } from "../store";
import "./PartnerPreview.css";

/** The templates in public/ (one per header language); tests keep them equal to src/schema/partner.ts. */
const TEMPLATES = { vi: "partner-template-vi.csv", en: "partner-template-en.csv" } as const;

export function PartnerPreview(): ReactElement {
  const { t } = useTranslation();
  const index = useAtlasIndex();
  const preview = useAtlasStore((s) => s.partnerPreview);
  const store = useAtlasStoreApi();
  const [dragging, setDragging] = useState(false);

  const check = (file: File | undefined) => {
    if (file === undefined || index.status !== "ready") return;
    const token = store.getState().beginPartnerPreview(file.name);
    const context = partnerContextOf(index.data);
    import("../data/partnerCheck")
      .then(({ checkPartnerFile }) => checkPartnerFile(file, context))
      .then(
        (result) => store.getState().endPartnerPreview(token, result),
        (error: unknown) =>
          store.getState().endPartnerPreview(token, {
            ok: false,
            problems: [{ file: file.name, line: null, field: null, message: `the file could not be checked (${error instanceof Error ? error.message : String(error)})`, hint: "try again; if it happens again, check the file with npm run data -- --add FILE" }],
          }),
      );
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    check(event.dataTransfer.files[0]);
  };

  return (
    <section className="partner-preview" aria-labelledby="partner-preview-title" data-testid="partner-preview">
      <h2 id="partner-preview-title" className="partner-preview__title">
        {t("partner.title")}
      </h2>
      <p className="partner-preview__intro">{t("partner.intro")}</p>
      <div
        className={dragging ? "partner-preview__drop partner-preview__drop--over" : "partner-preview__drop"}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="partner-preview__label">
          {t("partner.choose")}{" "}
          <input
            type="file"
            accept=".csv,text/csv"
            disabled={index.status !== "ready"}
            onChange={(e) => {
              check(e.currentTarget.files?.[0]);
              // The same file chosen again (after fixing it) must be read again.
              e.currentTarget.value = "";
            }}
          />
        </label>
        <span className="partner-preview__or">{t("partner.orDrop")}</span>
        <span className="partner-preview__templates">
          {t("partner.template")}: <a href={TEMPLATES.vi} download>{t("partner.templateVi")}</a> · <a href={TEMPLATES.en} download>{t("partner.templateEn")}</a>
        </span>
        {preview !== null && (
          <button type="button" className="partner-preview__clear" onClick={() => store.getState().clearPartnerPreview()}>
            {t("partner.clear")}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite" className="partner-preview__status">
        {preview?.status === "checking" && t("partner.checking", { file: preview.fileName })}
        {preview?.status === "invalid" && t("partner.refused", { file: preview.fileName, count: preview.problems.length })}
        {preview?.status === "ready" && t("partner.ready", { file: preview.fileName, count: preview.records.length })}
      </div>
      {preview?.status === "invalid" && <ProblemList problems={preview.problems} />}
      {preview?.status === "ready" && index.status === "ready" && <PartnerRecords index={index.data} records={preview.records} />}
    </section>
  );
}

function ProblemList({ problems }: { problems: readonly PartnerProblem[] }): ReactElement {
  const { t } = useTranslation();
  return (
    <ol className="partner-preview__problems error-panel" data-testid="partner-problems">
      {problems.map((p, i) => (
        <li key={i}>
          <strong>
            {p.line === null ? p.file : t("partner.where", { line: p.line })}
            {p.field === null ? "" : `, ${t("partner.column", { column: p.field })}`}
          </strong>
          : {p.message} — <em>{p.hint}</em>
        </li>
      ))}
    </ol>
  );
}

/** "Đối tác: NAME (xem trước, chưa công bố)": wherever the records are shown (here and on the map). */
export function usePartnerLabel(records: readonly PartnerRecord[]): string {
  const { t } = useTranslation();
  return t("partner.label", { name: partnerNames(records).join(", ") });
}

function PartnerRecords({ index, records }: { index: AtlasIndex; records: readonly PartnerRecord[] }): ReactElement {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const vintage = useAtlasStore((s) => s.vintage);
  const placed = placePartnerRecords(index, records, vintage);
  const label = usePartnerLabel(records);
  return (
    <div className="partner-preview__records" data-partner-records={records.length}>
      <p className="partner-preview__label-line">
        <span className="partner-preview__key" aria-hidden="true" /> {label}
      </p>
      <p className="partner-preview__apart">{t("partner.apart")}</p>
      <PartnerChart index={index} placed={placed} lang={lang} label={label} />
      <table className="partner-preview__table" data-testid="partner-table">
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
function PartnerChart({ index, placed, lang, label }: { index: AtlasIndex; placed: readonly PlacedPartnerRecord[]; lang: Lang; label: string }): ReactElement {
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
                    <rect x={250} y={3} width={w} height={14} className="partner-preview__bar" />
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


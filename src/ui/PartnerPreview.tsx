/**
 * "Xem trước dữ liệu đối tác / Preview partner data": a partner chooses or drops a file in the
 * partner format (src/schema/partner.ts); it is checked in a worker (src/data/partnerCheck.ts)
 * and, when every row passes, its records are shown here (a chart by period and a table) and on
 * the map (src/map/partnerLayer.ts), labelled as the partner's preview, never added to the
 * programme's figures or totals. Refused: every problem with its line, column and what to do,
 * and no record at all. The file stays in this tab: nothing is sent, nothing is kept.
 */
import { useEffect, useState, type DragEvent, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { AtlasIndex } from "../data/atlas";
import { useAtlasIndex } from "../data/hooks";
import { partnerContextOf, partnerNames } from "../model/partnerRecords";
import type { PartnerRecord } from "../schema";
import type { PartnerProblem } from "../schema/partner";
import { useAtlasStore, useAtlasStoreApi } from "../store";
import "./PartnerPreview.css";
import { PartnerRecordsShown } from "./PartnerRecordsShown";

/**
 * The problems' words in the reader's language (i18n/partnerProblems.ts and its catalogues): a
 * chunk fetched with the check, never by a reader who checks no file.
 */
type ProblemWords = typeof import("../i18n/partnerProblems");
let problemWords: ProblemWords | null = null;
function loadProblemWords(): Promise<ProblemWords> {
  return import("../i18n/partnerProblems").then(async (m) => {
    await m.loadPartnerProblemWords();
    problemWords = m;
    return m;
  });
}

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
    // The problems' words in the reader's language come with the check (i18n/partnerProblems.ts).
    Promise.all([import("../data/partnerCheck"), loadProblemWords().catch(() => null)])
      .then(([{ checkPartnerFile }]) => checkPartnerFile(file, context))
      .then(
        (result) => store.getState().endPartnerPreview(token, result),
        (error: unknown) => {
          const detail = error instanceof Error ? error.message : String(error);
          store.getState().endPartnerPreview(token, {
            ok: false,
            problems: [{ file: file.name, line: null, field: null, message: `the file could not be checked (${detail})`, hint: "try again; if it happens again, check the file with npm run data -- --add FILE", words: { code: "notChecked", hintCode: "tryAgain", params: { detail } } }],
          });
        },
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
      {preview?.status === "ready" && index.status === "ready" && <PreviewRecords index={index.data} records={preview.records} />}
    </section>
  );
}

/** Each problem in the reader's language (the check's English until the words have loaded, or for a problem without words). */
function ProblemList({ problems }: { problems: readonly PartnerProblem[] }): ReactElement {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const [words, setWords] = useState(problemWords);
  useEffect(() => {
    let live = true;
    if (problemWords === null) void loadProblemWords().then((m) => live && setWords(m), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return (
    <ol className="partner-preview__problems error-panel" data-testid="partner-problems">
      {problems.map((p, i) => {
        const { message, hint } = words === null ? p : words.partnerProblemText(p, lang);
        return (
          <li key={i}>
            <strong>
              {p.line === null ? p.file : t("partner.where", { line: p.line })}
              {p.field === null ? "" : `, ${t("partner.column", { column: p.field })}`}
            </strong>
            : {message} — <em>{hint}</em>
          </li>
        );
      })}
    </ol>
  );
}

/** "Đối tác: NAME (xem trước, chưa công bố)": wherever the records are shown (here and on the map). */
export function usePartnerLabel(records: readonly PartnerRecord[]): string {
  const { t } = useTranslation();
  return t("partner.label", { name: partnerNames(records).join(", ") });
}

function PreviewRecords({ index, records }: { index: AtlasIndex; records: readonly PartnerRecord[] }): ReactElement {
  return <PartnerRecordsShown index={index} records={records} label={usePartnerLabel(records)} tableTestId="partner-table" />;
}

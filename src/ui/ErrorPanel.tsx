/**
 * The one way the app reports a problem: what failed (the file, by name), why, what to do,
 * and a "retry" button. It is an alert, so screen readers announce it; it replaces only the
 * part of the page that needed the failed file or code.
 */
import { useTranslation } from "react-i18next";
import { retryFailedData } from "../data/hooks";
import type { LoadError } from "../data/load";
import "./ErrorPanel.css";

export type ErrorPanelProps =
  /** A data file that could not be used; "retry" asks again for every failed file unless `onRetry` says otherwise. */
  | { error: LoadError; onRetry?: () => void; /** What still works without the file, and what does not. */ note?: string }
  /** A part of the page (a lazy view) that failed to load or threw while rendering; "retry" mounts it again. */
  | { part: string; detail?: string; onRetry?: () => void };

function RetryButton({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="error-panel__retry" onClick={onRetry}>
      {t("errors.retry")}
    </button>
  );
}

export function ErrorPanel(props: ErrorPanelProps) {
  const { t } = useTranslation();
  if ("error" in props) {
    const { error } = props;
    const params = { ...error.params, file: error.file };
    return (
      <div className="error-panel" role="alert" data-error-kind={error.kind} data-error-file={error.file}>
        <p className="error-panel__title">{t("errors.title")}</p>
        <p className="error-panel__message">{t(`errors.${error.kind}.message`, params)}</p>
        <p className="error-panel__file">
          {t("errors.fileLabel")}: <code>{`public/data/${error.file}`}</code>
        </p>
        {props.note !== undefined && <p className="error-panel__note">{props.note}</p>}
        <p className="error-panel__hint">{t(`errors.${error.kind}.hint`, params)}</p>
        {error.details.length > 0 && (
          <div className="error-panel__details">
            <p>{t("errors.detailsLabel")}:</p>
            <ul>
              {error.details.map((d) => (
                <li key={d}>
                  <code>{d}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
        <RetryButton onRetry={props.onRetry ?? retryFailedData} />
      </div>
    );
  }
  return (
    <div className="error-panel" role="alert" data-error-kind="component">
      <p className="error-panel__title">{t("errors.component.title")}</p>
      <p className="error-panel__message">{t("errors.component.message", { part: props.part })}</p>
      {/* The program's own words are for whoever maintains the atlas, not for a reader: folded. */}
      {props.detail !== undefined && (
        <details className="error-panel__details">
          <summary>{t("errors.technicalDetails")}</summary>
          <code>{props.detail}</code>
        </details>
      )}
      <p className="error-panel__hint">{t(props.onRetry === undefined ? "errors.component.hint" : "errors.component.hintRetry")}</p>
      {props.onRetry !== undefined && <RetryButton onRetry={props.onRetry} />}
    </div>
  );
}

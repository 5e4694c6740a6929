/**
 * The one way the app reports a problem: what failed (the file, by name), why, and what
 * to do. It is an alert, so screen readers announce it; it replaces only the part of the
 * page that needed the failed file or code.
 */
import { useTranslation } from "react-i18next";
import type { LoadError } from "../data/load";
import "./ErrorPanel.css";

export type ErrorPanelProps =
  | { error: LoadError }
  /** A part of the page (a lazy view) that failed to load or threw while rendering. */
  | { part: string; detail?: string };

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
      </div>
    );
  }
  return (
    <div className="error-panel" role="alert" data-error-kind="component">
      <p className="error-panel__title">{t("errors.component.title")}</p>
      <p className="error-panel__message">{t("errors.component.message", { part: props.part })}</p>
      {props.detail !== undefined && (
        <p className="error-panel__details">
          <code>{props.detail}</code>
        </p>
      )}
      <p className="error-panel__hint">{t("errors.component.hint")}</p>
    </div>
  );
}

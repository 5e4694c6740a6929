/**
 * Title, language switch and the three screens. The screen tabs are real links (they can
 * be opened in a new tab or copied) that change the store on a plain click.
 */
import type { MouseEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { VIEW_NAMES, pickViewState, useAtlasStore, type ViewName } from "../store";
import { serializeViewState } from "../store/url";
import { LanguageSwitch } from "./LanguageSwitch";

function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

function ViewLink({ view }: { view: ViewName }) {
  const { t } = useTranslation();
  const current = useAtlasStore((s) => s.view);
  const setView = useAtlasStore((s) => s.setView);
  // The link's address is the current view state with this screen; read at render time.
  const href = useAtlasStore((s) => {
    const query = serializeViewState({ ...pickViewState(s), view });
    return query === "" ? "./" : `?${query}`;
  });
  return (
    <a
      className="view-tabs__link"
      href={href}
      aria-current={current === view ? "page" : undefined}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        setView(view);
      }}
    >
      {t(`header.view.${view}`)}
    </a>
  );
}

/** `children`: the page's own header actions (the share bar, mounted by App.tsx). */
export function Header({ children }: { children?: ReactNode } = {}) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1 className="app-header__title">{t("app.title")}</h1>
        <p className="app-header__subtitle">{t("app.subtitle")}</p>
      </div>
      <nav className="view-tabs" aria-label={t("header.views")}>
        <ul>
          {VIEW_NAMES.map((v) => (
            <li key={v}>
              <ViewLink view={v} />
            </li>
          ))}
        </ul>
      </nav>
      <LanguageSwitch />
      {children}
    </header>
  );
}

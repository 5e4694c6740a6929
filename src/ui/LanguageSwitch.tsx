/**
 * Language switch: a group of toggle buttons, each named in its own language (and marked
 * with `lang`), so a reader finds theirs whatever language the page is in.
 */
import { useTranslation } from "react-i18next";
import type { Lang } from "../schema";
import { LANGS, useAtlasStore } from "../store";

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const setLang = useAtlasStore((s) => s.setLang);
  return (
    <div className="language-switch" role="group" aria-label={t("header.language")}>
      {LANGS.map((l: Lang) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === lang}
          className="language-switch__button"
          onClick={() => setLang(l)}
        >
          {t(`common.languageName.${l}`)}
        </button>
      ))}
    </div>
  );
}

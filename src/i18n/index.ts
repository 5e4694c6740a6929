/**
 * i18next set-up. Every UI string lives in ./locales/{vi,en,fr}.json, one top-level key
 * per owner ("app", "table", "map", "chart", "compare", …). Vietnamese is the default;
 * French falls back to English, then Vietnamese, for keys not yet translated.
 *
 * The message files are bundled (they are small), so initialisation is synchronous and
 * the first paint is already in the right language.
 */
import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { StoreApi } from "zustand";
import type { Lang } from "../schema";
import type { AtlasState } from "../store";
import en from "./locales/en.json";
import fr from "./locales/fr.json";
import vi from "./locales/vi.json";

export const resources = {
  vi: { translation: vi },
  en: { translation: en },
  fr: { translation: fr },
} as const;

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: "vi",
  fallbackLng: { fr: ["en", "vi"], en: ["vi"], default: ["vi"] },
  supportedLngs: ["vi", "en", "fr"],
  initAsync: false,
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Switches the UI language and keeps <html lang> and the document title in step. */
export function applyLanguage(lang: Lang, doc: Document | undefined = globalThis.document): void {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  if (doc !== undefined) {
    doc.documentElement.lang = lang;
    doc.title = i18n.t("app.title");
  }
}

/** Applies the store's language now and whenever it changes; returns an unsubscribe function. */
export function syncLanguageWithStore(store: StoreApi<AtlasState>): () => void {
  applyLanguage(store.getState().lang);
  return store.subscribe((state, prev) => {
    if (state.lang !== prev.lang) applyLanguage(state.lang);
  });
}

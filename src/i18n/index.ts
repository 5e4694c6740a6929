/**
 * i18next set-up. Every UI string lives in ./locales/{vi,en,fr}.json, one top-level key
 * per owner ("app", "table", "map", "chart", "compare", …). Vietnamese is the default;
 * French falls back to English, then Vietnamese, for keys not yet translated.
 *
 * Vietnamese (the default, and every language's last fallback) is bundled, so initialisation
 * is synchronous. English and French are chunks of their own, fetched when the reader's language
 * needs them (loadLanguage): a page or embed in Vietnamese downloads no other language's
 * messages. src/main.tsx waits for the reader's language before the first render, so the first
 * paint is already in the right language.
 */
import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { StoreApi } from "zustand";
import type { Lang } from "../schema";
import type { AtlasState } from "../store";
import vi from "./locales/vi.json";

/** The languages fetched on demand, and what each falls back to (their fallbacks are fetched with them). */
const LAZY_LANGUAGES: Record<Exclude<Lang, "vi">, { load: () => Promise<{ default: unknown }>; with: readonly Lang[] }> = {
  en: { load: () => import("./locales/en.json"), with: [] },
  fr: { load: () => import("./locales/fr.json"), with: ["en"] },
};

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: "vi",
  fallbackLng: { fr: ["en", "vi"], en: ["vi"], default: ["vi"] },
  supportedLngs: ["vi", "en", "fr"],
  initAsync: false,
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Whether the messages of `lang` (and of its fallbacks) are loaded. */
export function languageLoaded(lang: Lang): boolean {
  if (lang === "vi") return true;
  return i18n.hasResourceBundle(lang, "translation") && LAZY_LANGUAGES[lang].with.every(languageLoaded);
}

/** Adds the messages of a language; for tests and the loader below. */
export function addLanguage(lang: Exclude<Lang, "vi">, messages: unknown): void {
  if (!i18n.hasResourceBundle(lang, "translation")) i18n.addResourceBundle(lang, "translation", messages);
}

/**
 * Fetches the messages of `lang` and of the languages it falls back to, once. Never rejects: a
 * language whose chunk cannot be fetched shows its fallback (Vietnamese) rather than nothing.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === "vi" || languageLoaded(lang)) return;
  const entry = LAZY_LANGUAGES[lang];
  try {
    await Promise.all([
      ...entry.with.map(loadLanguage),
      entry.load().then((m) => addLanguage(lang, m.default)),
    ]);
  } catch (error: unknown) {
    console.warn(`[atlas] the ${lang} messages could not be loaded; showing Vietnamese`, error);
  }
}

/** The language last asked for: messages that arrive after a later switch are not applied. */
let wanted: Lang = "vi";

/** Switches the UI language and keeps <html lang> and the document title in step. */
export function applyLanguage(lang: Lang, doc: Document | undefined = globalThis.document): void {
  wanted = lang;
  const apply = () => {
    // A later switch won while these messages were on their way.
    if (wanted !== lang) return;
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    if (doc !== undefined) {
      doc.documentElement.lang = lang;
      doc.title = i18n.t("app.title");
    }
  };
  if (languageLoaded(lang)) apply();
  else void loadLanguage(lang).then(apply);
}

/** Applies the store's language now and whenever it changes; returns an unsubscribe function. */
export function syncLanguageWithStore(store: StoreApi<AtlasState>): () => void {
  applyLanguage(store.getState().lang);
  return store.subscribe((state, prev) => {
    if (state.lang !== prev.lang) applyLanguage(state.lang);
  });
}

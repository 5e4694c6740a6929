/**
 * Unit tests (vitest.config.ts setupFiles): every language's messages loaded at once, as the
 * tests switch languages synchronously. The app fetches English and French on demand
 * (src/i18n/index.ts).
 */
import { addLanguage } from "../index";
import en from "../locales/en.json";
import fr from "../locales/fr.json";

addLanguage("en", en);
addLanguage("fr", fr);

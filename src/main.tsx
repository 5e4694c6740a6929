/**
 * Start-up: fonts and styles, the URL into the store, the language, early data fetches,
 * then React.
 */
import "@fontsource/noto-sans/vietnamese-400.css";
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/vietnamese-700.css";
import "@fontsource/noto-sans/latin-700.css";
import "./ui/theme.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import App from "./App";
import { preloadDatasets } from "./data/hooks";
import { i18n, syncLanguageWithStore } from "./i18n";
import { AtlasStoreProvider, appStore } from "./store";
import { startUrlSync } from "./store/urlSync";

// One store for the page, provided to every view; the URL and the language follow it.
startUrlSync(appStore);
syncLanguageWithStore(appStore);
// Data downloads start now, in parallel with the lazy map and chart code.
preloadDatasets(["units", "figures", "crosswalk", "boundaries", "basemap"]);

// For browser tests and embeds: maps register under `maps` (test/e2e/fixtures.ts reads them); the store is readable.
const w = window as unknown as { __atlas?: Record<string, unknown> & { maps?: Record<string, unknown> } };
w.__atlas = { ...w.__atlas, maps: w.__atlas?.maps ?? {}, store: appStore };

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <AtlasStoreProvider store={appStore}>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </AtlasStoreProvider>
  </StrictMode>,
);

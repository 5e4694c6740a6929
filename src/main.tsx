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
import { configureDataLoading, loadOptionsFromQuery, preloadDatasets } from "./data/hooks";
import { inlineFetch, readInlineData } from "./data/inlineData";
import { i18n, syncLanguageWithStore } from "./i18n";
import { AtlasStoreProvider, appStore } from "./store";
import { startUrlSync } from "./store/urlSync";
import { startPresentUrlSync, startThemeSync } from "./present/presentState";
import { RegionBoundary } from "./ui/RegionBoundary";
import { rootErrorOptions } from "./ui/reportError";

// Read before the URL sync rewrites the address (see loadOptionsFromQuery).
// The one-file offline build carries its data inside the page (src/data/inlineData.ts).
const inlineData = readInlineData();
configureDataLoading({ ...loadOptionsFromQuery(window.location.search), ...(inlineData === null ? {} : { fetch: inlineFetch(inlineData) }) });
// One store for the page, provided to every view; the URL and the language follow it.
startUrlSync(appStore);
syncLanguageWithStore(appStore);
// Presentation (story, slide) and the room's theme follow the URL too; the theme also follows the system.
startPresentUrlSync();
startThemeSync();
// Data downloads start now, in parallel with the lazy map and chart code.
preloadDatasets(["units", "figures", "crosswalk", "boundaries", "basemap"]);

// For browser tests and embeds: the store is readable. Maps show themselves only to a test that
// asks for them (src/map/testHook.ts).
const w = window as unknown as { __atlas?: Record<string, unknown> };
w.__atlas = { ...w.__atlas, store: appStore };

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
// The root boundary is the last line: a failure outside every region (the header, say) shows a
// panel with "retry" instead of a white page. Its name is the page title, already translated.
createRoot(root, rootErrorOptions).render(
  <StrictMode>
    <AtlasStoreProvider store={appStore}>
      <I18nextProvider i18n={i18n}>
        <RegionBoundary region="app" part={i18n.t("app.title")}>
          <App />
        </RegionBoundary>
      </I18nextProvider>
    </AtlasStoreProvider>
  </StrictMode>,
);

/**
 * Start-up: fonts and styles, the URL into the store, the language, early data fetches,
 * then React.
 */
import "@fontsource/noto-sans/vietnamese-400.css";
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/vietnamese-700.css";
import "@fontsource/noto-sans/latin-700.css";
import "./ui/theme.css";
import { StrictMode, type ComponentType } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { configureDataLoading, loadOptionsFromQuery, preloadDatasets } from "./data/hooks";
import { inlineFetch, readInlineData } from "./data/inlineData";
import { i18n, loadLanguage, syncLanguageWithStore } from "./i18n";
import { AtlasStoreProvider, appStore, createAtlasStore } from "./store";
import { parseViewState } from "./store/url";
import { startUrlSync } from "./store/urlSync";
import { parseEmbedOptions } from "./embed/links";
import { SLOT_VIEWS } from "./ui/slots";
import { startPresentUrlSync, startThemeSync } from "./present/presentState";
import { RegionBoundary } from "./ui/RegionBoundary";
import { rootErrorOptions } from "./ui/reportError";

// Read before the URL sync rewrites the address (see loadOptionsFromQuery).
const search = window.location.search;
// The one-file offline build carries its data inside the page (src/data/inlineData.ts).
const inlineData = readInlineData();
configureDataLoading({ ...loadOptionsFromQuery(search), ...(inlineData === null ? {} : { fetch: inlineFetch(inlineData) }) });
const embed = parseEmbedOptions(search, parseViewState(search).view);
// An embed (src/embed/) has a store of its own, filled once from its address and never written
// back; the app has one store for the page, which the URL follows. The language follows either.
const store = embed.embed ? createAtlasStore(parseViewState(search)) : appStore;
if (!embed.embed) {
  startUrlSync(appStore);
  // Presentation (story, slide) follows the URL too; an embed never presents.
  startPresentUrlSync();
}
syncLanguageWithStore(store);
// The room's theme follows theme= in the address (an embed's too) and the system's preference.
startThemeSync();
// Data downloads start now, in parallel with the lazy view code; an embed fetches what its one view needs.
// A first screen whose map draws the communes from 1 July 2025 (the compare view's after map, a map
// under the new boundaries) is not complete without them, so their file starts with the others,
// not once that map has mounted (bench/profile-first-render.ts showed it requested ~3 s late).
const first = parseViewState(search);
const firstSlot = embed.embed ? embed.part : first.view === "explorer" ? "map" : first.view;
const firstMapDrawsCommunes = firstSlot === "compare" || (firstSlot === "map" && first.vintage === "post2025");
const firstFiles = embed.embed ? [...new Set(["units", "figures", "crosswalk", ...SLOT_VIEWS[embed.part].needs] as const)] : (["units", "figures", "crosswalk", "boundaries", "basemap"] as const);
preloadDatasets(firstMapDrawsCommunes ? [...firstFiles, "communes"] : firstFiles);
// The compare view's code (and the map code it imports) starts with the shell's instead of after it
// has rendered: the first screen cannot draw its maps before it. Its slot imports the same module
// again (one download); a failure here is the slot's to show, with its "retry".
if (firstSlot === "compare") SLOT_VIEWS.compare.load().catch(() => undefined);
// The shell is a chunk of its own, so an embed loads none of the app's header, table and footer.
const Shell: Promise<ComponentType> = embed.embed
  ? import("./embed/EmbedApp").then((m) => () => <m.default options={embed} search={search} />)
  : import("./App").then((m) => m.default);
// A chunk that fails to load still reaches the root boundary's panel (with "retry"), never a white page.
const ShellOrError = Shell.catch((error: unknown) => () => {
  throw error;
});

// For browser tests and embeds: the store is readable. Maps show themselves only to a test that
// asks for them (src/map/testHook.ts).
const w = window as unknown as { __atlas?: Record<string, unknown> };
w.__atlas = { ...w.__atlas, store };

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
// The root boundary is the last line: a failure outside every region (the header, say) shows a
// panel with "retry" instead of a white page. Its name is the page title, already translated.
const reactRoot = createRoot(root, rootErrorOptions);
// The reader's messages (src/i18n/index.ts fetches English and French on demand) before the first render.
void Promise.all([ShellOrError, loadLanguage(store.getState().lang)]).then(([App]) =>
  reactRoot.render(
    <StrictMode>
      <AtlasStoreProvider store={store}>
        <I18nextProvider i18n={i18n}>
          <RegionBoundary region="app" part={i18n.t("app.title")}>
            <App />
          </RegionBoundary>
        </I18nextProvider>
      </AtlasStoreProvider>
    </StrictMode>,
  ),
);

/**
 * The page: skip link, header, the current screen, footer. The explorer screen is a grid
 * of slots — controls (with the boundary vintage switch), map, area profile, trend chart —
 * above the figures table, which is part of the first chunk so the first paint needs no map
 * or chart code.
 */
import { useTranslation } from "react-i18next";
import "./ui/layout.css";
import { MapProvider } from "./map/MapContext";
import { useAtlasStore, type ViewName } from "./store";
import { Footer } from "./ui/Footer";
import { Header } from "./ui/Header";
import { FiguresTable } from "./figures/FiguresTable";
import { AboutView } from "./ui/AboutView";
import { RegionBoundary } from "./ui/RegionBoundary";
import { ViewSlot, type SlotName } from "./ui/slots";
import { VintageSwitch } from "./ui/VintageSwitch";
import { PartnerPreview } from "./ui/PartnerPreview";
import { PublishedPartnersSlot } from "./ui/PublishedPartnersSlot";
import { PrintSnapshots } from "./embed/PrintSnapshots";
import { ShareBar } from "./embed/ShareBar";
import { PresentPanel, RoomControls, usePresenting } from "./present/PresentMode";

function Region({ name, className, id }: { name: SlotName; className: string; id?: string }) {
  const { t } = useTranslation();
  const label = t(`app.regions.${name}`);
  return (
    <section className={className} aria-label={label} data-slot={name} id={id}>
      <ViewSlot name={name} label={label} />
    </section>
  );
}

function Explorer() {
  const { t } = useTranslation();
  return (
    <div className="explorer">
      {/* One toolbar row on a laptop, so the map below it fits the first screen (ui/layout.css). */}
      <div className="explorer__controls" role="group" aria-label={t("app.regions.controls")}>
        {/* First: the boundaries every view below follows (part of the first chunk, so it shows at once). */}
        <VintageSwitch className="explorer__vintage" />
        <Region name="search" className="explorer__search" />
        <Region name="period" className="explorer__period" />
        {/* The map's own controls (programme, indicator, display) are drawn here by the map (map/ExplorerMap.tsx). */}
        <div className="explorer__map-controls" id="explorer-map-controls" />
        <AboutView storageKey="explorer">
          <p>{t("vintage.switch.hint")}</p>
        </AboutView>
      </div>
      <Region name="map" className="explorer__map" id="atlas-map" />
      <Region name="profile" className="explorer__profile" />
      <Region name="chart" className="explorer__chart" />
      <section className="explorer__figures" aria-label={t("app.regions.figures")} id="figures">
        <a className="back-to-map" href="#atlas-map">
          {t("app.backToMap")}
        </a>
        <RegionBoundary region="figures" part={t("app.regions.figures")}>
          <FiguresTable />
        </RegionBoundary>
        {/* A partner's own file, previewed apart from the programme's figures (ui/PartnerPreview.tsx). */}
        <RegionBoundary region="partner" part={t("partner.title")}>
          <PartnerPreview />
        </RegionBoundary>
        {/* Partners' published records (partner_records.json), when the manifest lists them, after the first map. */}
        <RegionBoundary region="publishedPartners" part={t("partner.published.title")}>
          <PublishedPartnersSlot />
        </RegionBoundary>
      </section>
    </div>
  );
}

function Screen({ view }: { view: ViewName }) {
  switch (view) {
    case "explorer":
      return <Explorer />;
    case "compare":
      return <Region name="compare" className="screen screen--compare" />;
    case "national":
      return <Region name="national" className="screen screen--national" />;
  }
}

export default function App() {
  const { t } = useTranslation();
  const view = useAtlasStore((s) => s.view);
  const presenting = usePresenting();
  return (
    <div className={presenting ? "app app--presenting" : "app"}>
      <a className="skip-link" href="#main">
        {t("app.skipLink")}
      </a>
      {/* The screen's maps are found by id through this (a "zoom to" in the profile finds the explorer
          map; the share bar's image and print find the maps of the screen). */}
      <MapProvider>
        {!presenting && (
          <Header>
            {/* Share, embed, download and print, on every screen (src/embed/), in the header's free corner. */}
            <ShareBar>
              <RoomControls />
            </ShareBar>
            <PrintSnapshots />
          </Header>
        )}
        <main id="main" tabIndex={-1} className="app-main">
          <Screen view={view} />
        </main>
        <PresentPanel />
      </MapProvider>
      {!presenting && <Footer />}
    </div>
  );
}

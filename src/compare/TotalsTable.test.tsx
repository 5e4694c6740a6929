// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { buildAtlasIndex } from "../data/atlas";
import { i18n } from "../i18n";
import { AtlasStoreProvider, createAtlasStore, type AtlasState } from "../store";
import type { ReactNode } from "react";
import type { StoreApi } from "zustand";
import { aggregateAllIndicators } from "../model/aggregateToVintage";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "../data/testing/compareAtlas";
import { TotalsTable } from "./TotalsTable";

let store: StoreApi<AtlasState> = createAtlasStore();

/** Each test's own store, provided the way main.tsx provides the app's. */
function StoreProvider({ children }: { children: ReactNode }) {
  return <AtlasStoreProvider store={store}>{children}</AtlasStoreProvider>;
}

afterEach(cleanup);

it("writes the totals with the French unit word in French", async () => {
  const figures = createMiniFigures();
  figures.indicators = figures.indicators.map((i) => (i.id === "cases" ? { ...i, unitFr: "cas" } : i));
  const index = buildAtlasIndex(createMiniUnits(), figures, createMiniCrosswalk());
  store = createAtlasStore({ lang: "fr" });
  await i18n.changeLanguage("fr");
  render(<TotalsTable index={index} reaggregations={aggregateAllIndicators(index)} />, { wrapper: StoreProvider });
  const row = screen.getAllByRole("row").find((r) => r.getAttribute("data-indicator") === "cases");
  const cells = [...(row?.querySelectorAll("td.num") ?? [])].map((td) => td.textContent);
  expect(cells).toContain("199–204 cas");
});

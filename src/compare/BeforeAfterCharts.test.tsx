// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import type { ReactNode } from "react";
import type { StoreApi } from "zustand";
import { buildAtlasIndex } from "../data/atlas";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "../data/testing/compareAtlas";
import { i18n } from "../i18n";
import { aggregateToVintage } from "../model/aggregateToVintage";
import { AtlasStoreProvider, createAtlasStore, type AtlasState } from "../store";
import { BeforeAfterCharts } from "./BeforeAfterCharts";

let store: StoreApi<AtlasState> = createAtlasStore();

function StoreProvider({ children }: { children: ReactNode }) {
  return <AtlasStoreProvider store={store}>{children}</AtlasStoreProvider>;
}

afterEach(cleanup);

it("names, on both charts, the programmes whose figures they show", async () => {
  const figures = createMiniFigures();
  figures.programmes.push({ id: "other", nameVi: "Chương trình khác", nameEn: "Other programme" });
  figures.observations = figures.observations.map((o) => (o.id === "bt-dh-b" ? { ...o, programmeId: "other" } : o));
  const index = buildAtlasIndex(createMiniUnits(), figures, createMiniCrosswalk());
  store = createAtlasStore({ lang: "en" });
  await i18n.changeLanguage("en");
  const { container, rerender } = render(<BeforeAfterCharts index={index} result={aggregateToVintage(index, "cases")} />, { wrapper: StoreProvider });
  const captions = () => [...container.querySelectorAll("[data-chart-programme]")].map((c) => c.textContent);
  expect(captions()).toEqual(["Programme: TMSV; Other programme", "Programme: TMSV; Other programme"]);
  // Kept to TMSV (the explorer's filter): the conflict stays whole, so its other source's programme is still named.
  rerender(<BeforeAfterCharts index={index} result={aggregateToVintage(index, "cases", { programmeId: "tmsv" })} />);
  expect(new Set(captions())).toEqual(new Set(["Programme: TMSV; Other programme"]));
  // Without that conflict, TMSV alone.
  const noOther = figures.observations.filter((o) => o.programmeId === "tmsv" && o.id !== "bt-dh-a");
  const onlyTmsv = buildAtlasIndex(createMiniUnits(), { ...figures, observations: noOther }, createMiniCrosswalk());
  rerender(<BeforeAfterCharts index={onlyTmsv} result={aggregateToVintage(onlyTmsv, "cases", { programmeId: "tmsv" })} />);
  expect(new Set(captions())).toEqual(new Set(["Programme: TMSV"]));
});

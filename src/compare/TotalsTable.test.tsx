// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { buildAtlasIndex } from "../data/atlas";
import { i18n } from "../i18n";
import { useAtlasStore } from "../store";
import { aggregateAllIndicators } from "../model/aggregateToVintage";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "./miniAtlas.fixture";
import { TotalsTable } from "./TotalsTable";

afterEach(cleanup);

it("writes the totals with the French unit word in French", async () => {
  const figures = createMiniFigures();
  figures.indicators = figures.indicators.map((i) => (i.id === "cases" ? { ...i, unitFr: "cas" } : i));
  const index = buildAtlasIndex(createMiniUnits(), figures, createMiniCrosswalk());
  useAtlasStore.setState({ lang: "fr" });
  await i18n.changeLanguage("fr");
  render(<TotalsTable index={index} reaggregations={aggregateAllIndicators(index)} />);
  const row = screen.getAllByRole("row").find((r) => r.getAttribute("data-indicator") === "cases");
  const cells = [...(row?.querySelectorAll("td.num") ?? [])].map((td) => td.textContent);
  expect(cells).toContain("199–204 cas");
});

// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { i18n } from "../i18n";
import { AtlasStoreProvider, createAtlasStore, type AtlasState } from "../store";
import type { ReactNode } from "react";
import type { StoreApi } from "zustand";
import { aggregateAllIndicators } from "../model/aggregateToVintage";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "../data/testing/compareAtlas";
import { WhatChangedPanel } from "./WhatChangedPanel";

let store: StoreApi<AtlasState> = createAtlasStore();

/** Each test's own store, provided the way main.tsx provides the app's. */
function StoreProvider({ children }: { children: ReactNode }) {
  return <AtlasStoreProvider store={store}>{children}</AtlasStoreProvider>;
}

function miniIndex(): AtlasIndex {
  return buildAtlasIndex(createMiniUnits(), createMiniFigures(), createMiniCrosswalk());
}

function renderPanel(unitId: string) {
  const index = miniIndex();
  return render(<WhatChangedPanel index={index} unitId={unitId} reaggregations={aggregateAllIndicators(index)} />, { wrapper: StoreProvider });
}

beforeEach(async () => {
  store = createAtlasStore({ lang: "en" });
  await i18n.changeLanguage("en");
});
afterEach(cleanup);

describe("WhatChangedPanel for Thành phố Đồng Hới", () => {
  it("lists the three new wards", () => {
    renderPanel("pre2025:450");
    const list = screen.getByRole("list", { name: "New communes and wards" });
    const names = within(list)
      .getAllByRole("listitem")
      .map((li) => li.querySelector("strong")?.textContent);
    expect(names).toEqual(["Đồng Thuận", "Đồng Sơn", "Đồng Hới"]);
  });

  it("names resolution 1680/NQ-UBTVQH15", () => {
    renderPanel("pre2025:450");
    expect(screen.getAllByText("1680/NQ-UBTVQH15").length).toBeGreaterThan(0);
  });

  it("quotes the clause verbatim in Vietnamese", () => {
    renderPanel("pre2025:450");
    const quote = screen.getByText("Văn bản Art.1 cl.69");
    expect([quote.tagName, quote.getAttribute("lang")]).toEqual(["BLOCKQUOTE", "vi"]);
  });

  it("shows two conflicting areas side by side with their sources", () => {
    renderPanel("pre2025:450");
    expect(screen.getByText(/155\.87 \(vi\.wikipedia Đồng Hới infobox\)/).closest("ul")?.className).toContain("sourced-values--conflict");
  });

  it("names the programme of each figure it lists", () => {
    const { container } = renderPanel("pre2025:450");
    const lines = [...container.querySelectorAll("[data-figure-programme]")].map((p) => p.textContent);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toBe("Programme: TMSV");
  });

  it("says the district's whole area lies in the new Quảng Trị", () => {
    renderPanel("pre2025:450");
    expect(screen.getByText(/Split among 3 new units \(operating from 1 July 2025\); its whole area lies within Quảng Trị/)).toBeTruthy();
  });
});

describe("WhatChangedPanel for the new Quảng Trị", () => {
  it("says it was formed from Quảng Bình and Quảng Trị", () => {
    renderPanel("post2025:44");
    expect(screen.getByText("Formed from Quảng Bình and Quảng Trị; operates from 1 July 2025.")).toBeTruthy();
  });

  it("shows both published areas side by side, the proposals' as a lower bound", () => {
    renderPanel("post2025:44");
    const list = screen.getByText(/^≥\s12,699 \(Provincial proposals, 2025-04\)/).closest("ul");
    expect({
      className: list?.className,
      items: [...(list?.querySelectorAll("li") ?? [])].map((li) => li.textContent),
    }).toEqual({
      className: "sourced-values sourced-values--conflict",
      items: ["12,700 (Resolution 202/2025/QH15) km²", "≥\u00a012,699 (Provincial proposals, 2025-04) km²"],
    });
  });
});

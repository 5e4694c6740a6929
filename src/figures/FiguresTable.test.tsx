// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { configureDataLoading, resetDataCache } from "../data/hooks";
import { createCrosswalkFile, createFiguresFile, createUnitsFile } from "../data/testing/fixtures";
import { i18n } from "../i18n";
import { SCHEMA_VERSION, type Manifest } from "../schema";
import { AtlasStoreProvider, createAtlasStore, type AtlasState } from "../store";
import type { ReactNode } from "react";
import type { StoreApi } from "zustand";
import { FiguresTable } from "./FiguresTable";

let store: StoreApi<AtlasState> = createAtlasStore();

/** Each test's own store, provided the way main.tsx provides the app's. */
function StoreProvider({ children }: { children: ReactNode }) {
  return <AtlasStoreProvider store={store}>{children}</AtlasStoreProvider>;
}

function serveFixtures(broken: string[] = []) {
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: "2025-11-01T00:00:00Z",
    dataVersion: "test",
    files: (["units", "figures", "crosswalk"] as const).map((role) => ({ role, path: `${role}.json`, sha256: "0".repeat(64), bytes: 1 })),
    attribution: [],
  };
  const files: Record<string, unknown> = {
    "manifest.json": manifest,
    "units.json": createUnitsFile(),
    "figures.json": createFiguresFile(),
    "crosswalk.json": createCrosswalkFile(),
  };
  configureDataLoading({
    baseUrl: "/data/",
    // The manifest's checksums are placeholders here; checking them is src/data/load.test.ts's business.
    digest: async () => null,
    fetch: async (input) => {
      const name = String(input).replace(/^.*\//, "");
      if (broken.includes(name)) return new Response("{", { status: 200 });
      return new Response(JSON.stringify(files[name]), { status: name in files ? 200 : 404 });
    },
  });
}

async function renderTable() {
  render(
    <I18nextProvider i18n={i18n}>
      <FiguresTable />
    </I18nextProvider>,
    { wrapper: StoreProvider },
  );
  return screen.findByRole("table");
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole("row").slice(1);

beforeEach(async () => {
  store = createAtlasStore({ lang: "en" });
  await i18n.changeLanguage("en");
  serveFixtures();
});
afterEach(() => {
  cleanup();
  resetDataCache();
});

describe("FiguresTable", () => {
  it("shows one row per figure, with a conflict sharing a row", async () => {
    expect(bodyRows(await renderTable())).toHaveLength(4);
  });

  it("follows the map's programme filter, and says so", async () => {
    store.getState().setProgramme("tmsv");
    expect(bodyRows(await renderTable())).toHaveLength(4);
    expect(screen.getByTestId("figures-programme-filter").textContent).toContain("TMSV");
    // A programme the data does not know filters nothing (as on the map).
    cleanup();
    store = createAtlasStore({ lang: "en", programme: "no-such-programme" });
    expect(bodyRows(await renderTable())).toHaveLength(4);
    expect(screen.queryByTestId("figures-programme-filter")).toBeNull();
  });

  it("is named by its caption", async () => {
    await renderTable();
    expect(screen.getByRole("table", { name: "Every figure, with its programme and its source" })).toBeTruthy();
  });

  it("summarises the figures in words", async () => {
    await renderTable();
    expect(screen.getByText(/6 figures from 2 sources, for 4 areas\./)).toBeTruthy();
  });

  it("marks the level a figure is reported at", async () => {
    const table = await renderTable();
    expect(within(bodyRows(table)[1] as HTMLElement).getByText("Group of districts")).toBeTruthy();
  });

  it("writes an at-least value with ≥ and spells it out", async () => {
    const row = bodyRows(await renderTable())[1] as HTMLElement;
    const value = row.querySelector(".qualified-value");
    expect([value?.children[0]?.textContent, value?.querySelector(".sr-only")?.textContent]).toEqual(["≥\u00a0541", "at least 541"]);
  });

  it("shows a conflict's values side by side with a conflict mark", async () => {
    const row = bodyRows(await renderTable())[2] as HTMLElement;
    const values = [...row.querySelectorAll(".value-cell__list .qualified-value > span:first-child")].map((e) => e.textContent);
    expect([row.querySelector(".badge--conflict")?.textContent, values]).toEqual(["⚠ Conflict", ["120", "135", "120"]]);
  });

  it("sorts by value when the header button is pressed, and says so with aria-sort", async () => {
    const table = await renderTable();
    const header = within(table).getByRole("columnheader", { name: /Value/ });
    fireEvent.click(within(header).getByRole("button"));
    const firstValue = bodyRows(table)[0]?.querySelector(".qualified-value")?.children[0]?.textContent;
    expect([header.getAttribute("aria-sort"), firstValue]).toEqual(["descending", "≥\u00a0541"]);
  });

  it("expands a row to show the verbatim quote in its language", async () => {
    const table = await renderTable();
    const button = within(bodyRows(table)[0] as HTMLElement).getByRole("button", { name: /Quote and source/ });
    fireEvent.click(button);
    const quote = within(table).getByText("Đã đào tạo nghề cho 10 người.").closest("blockquote");
    expect([button.getAttribute("aria-expanded"), quote?.getAttribute("lang")]).toEqual(["true", "vi"]);
  });

  it("says when a source has no public address", async () => {
    const table = await renderTable();
    fireEvent.click(within(bodyRows(table)[2] as HTMLElement).getByRole("button", { name: /Quote and source/ }));
    expect(within(table).getAllByText("The document has no public address; it is cited by its publisher.").length).toBeGreaterThan(0);
  });

  it("selects a group's members when its name is clicked", async () => {
    const table = await renderTable();
    fireEvent.click(within(bodyRows(table)[1] as HTMLElement).getByRole("button", { name: /Select Bo Trach and Dong Hoi/ }));
    expect(store.getState().selection).toEqual(["pre2025:455", "pre2025:450"]);
  });

  it("marks the selected rows without making the table's cells again", async () => {
    const table = await renderTable();
    const inside = () => [...table.querySelectorAll("td *")];
    const before = inside();
    const firstRow = bodyRows(table)[1] as HTMLElement;
    fireEvent.click(within(firstRow).getByRole("button", { name: /Select Bo Trach and Dong Hoi/ }));
    await waitFor(() => expect(firstRow.className).toContain("is-selected"));
    // The same DOM nodes, updated: a selection re-renders the cells, it does not remount them.
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((node) => !node.isConnected)).toEqual([]);
    // Only the "selected" badges are new.
    expect(inside().length - before.length).toBe(within(table).getAllByText("selected").length);
  });

  it("shows the error panel, naming the file, when figures.json is broken", async () => {
    cleanup();
    resetDataCache();
    serveFixtures(["figures.json"]);
    render(
      <I18nextProvider i18n={i18n}>
        <FiguresTable />
      </I18nextProvider>,
    { wrapper: StoreProvider },
  );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("File figures.json is not valid JSON.");
  });
});

describe("FiguresTable under the post-2025 boundaries", () => {
  beforeEach(() => {
    store.setState({ vintage: "post2025" });
  });

  it("says where each figure sits on the new map", async () => {
    const table = await renderTable();
    const header = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    const groupRow = bodyRows(table)[1] as HTMLElement;
    expect([header[2], groupRow.querySelector('[data-placement="carried"]')?.textContent]).toEqual([
      "Under the new map↕",
      "within Quảng Trị Province (new), carried whole from Bo Trach and Dong Hoi (all its units lie in it)",
    ]);
  });

  it("explains the method above the table and shows that totals before and after agree", async () => {
    await renderTable();
    expect(screen.getByRole("heading", { name: "How figures are placed on the new map" })).toBeTruthy();
    expect(screen.getByTestId("vintage-totals").querySelector("summary")?.textContent).toBe(
      "Totals before and after agree for all 2 indicators that can be added up.",
    );
  });

  it("marks the rows filed under a selected new province", async () => {
    store.setState({ selection: ["post2025:44"] });
    const table = await renderTable();
    expect(bodyRows(table).filter((r) => r.classList.contains("is-selected"))).toHaveLength(4);
  });

  it("has no new-map column under the pre-2025 boundaries", async () => {
    store.setState({ vintage: "pre2025" });
    const table = await renderTable();
    expect(within(table).queryByRole("columnheader", { name: /Under the new map/ })).toBeNull();
  });
});

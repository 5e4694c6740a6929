// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildAtlasIndex } from "../data/atlas";
import { i18n } from "../i18n";
import { AtlasStoreProvider, createAtlasStore, type AtlasState } from "../store";
import type { ReactNode } from "react";
import type { StoreApi } from "zustand";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "../data/testing/compareAtlas";
import { NationalContent } from "./NationalView";

let store: StoreApi<AtlasState> = createAtlasStore();

/** Each test's own store, provided the way main.tsx provides the app's. */
function StoreProvider({ children }: { children: ReactNode }) {
  return <AtlasStoreProvider store={store}>{children}</AtlasStoreProvider>;
}

function renderNational() {
  const index = buildAtlasIndex(createMiniUnits(), createMiniFigures(), createMiniCrosswalk());
  return render(<NationalContent index={index} topology={null} />, { wrapper: StoreProvider });
}

beforeEach(async () => {
  store = createAtlasStore({ lang: "en", vintage: "post2025" });
  await i18n.changeLanguage("en");
});
afterEach(cleanup);

describe("NationalContent", () => {
  it("lists every new province in the table", () => {
    renderNational();
    expect(document.querySelectorAll("tbody tr")).toHaveLength(3);
  });

  it("finds the new Quảng Trị from 'quang binh' and says why", () => {
    renderNational();
    fireEvent.change(screen.getByLabelText("Find a province by a former or new name"), { target: { value: "quang binh" } });
    expect({
      rows: [...document.querySelectorAll("tbody tr")].map((tr) => tr.getAttribute("data-unit-id")),
      status: screen.getByTestId("national-status").textContent,
    }).toEqual({
      rows: ["post2025:44"],
      status: "1 of 3 new provinces shown. Quảng Bình is now part of Quảng Trị: formed from Quảng Bình and Quảng Trị (Resolution 202/2025/QH15).",
    });
  });

  it("shows the new Quảng Trị's two areas side by side, the proposals' as a lower bound", () => {
    renderNational();
    const areaCell = document.querySelector('tr[data-unit-id="post2025:44"]')?.querySelectorAll("td")[3];
    expect([...(areaCell?.querySelectorAll(".num") ?? [])].map((n) => n.textContent)).toEqual(["12,700", "≥\u00a012,699"]);
  });

  it("says so when nothing matches", () => {
    renderNational();
    fireEvent.change(screen.getByLabelText("Find a province by a former or new name"), { target: { value: "atlantis" } });
    expect(screen.getByTestId("national-status").textContent).toBe("No province has had a name like “atlantis”.");
  });
});

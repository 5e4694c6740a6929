// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n";
import { createTestAtlas } from "../data/testing/focusAtlas";
import { createAtlasStore, type AtlasState } from "../store";
import type { AtlasIndex } from "../data/atlas";
import type { StoreApi } from "zustand";
import SearchBox from "./SearchBox";
import { providersOf } from "../ui/testing/providers";

let store: StoreApi<AtlasState>;
let atlas: AtlasIndex;

const Providers = providersOf(() => ({ store, atlas }));

beforeEach(() => {
  store = createAtlasStore({ lang: "en" });
  atlas = createTestAtlas();
  void i18n.changeLanguage("en");
});
afterEach(cleanup);

function typeInto(text: string) {
  const input = screen.getByRole("combobox");
  fireEvent.change(input, { target: { value: text } });
  return input;
}

describe("SearchBox", () => {
  it("lists the old district and the new commune for 'hoan lao' with level and vintage", () => {
    render(<SearchBox />, { wrapper: Providers });
    typeInto("hoan lao");
    const options = screen.getAllByRole("option").map((o) => o.textContent);
    expect(options).toEqual([
      "Hoàn Lão TownshipTownship · pre-2025",
      "Hoàn Lão CommuneCommune · post-2025choosing it switches the boundaries to “From 1 July 2025”",
    ]);
  });
  it("says the new Quảng Trị was formerly Quảng Bình", () => {
    render(<SearchBox />, { wrapper: Providers });
    typeInto("quang binh");
    expect(screen.getAllByRole("option")[1]?.textContent).toContain("formerly Quảng Bình");
  });
  it("selects the best match on Enter", () => {
    render(<SearchBox />, { wrapper: Providers });
    fireEvent.keyDown(typeInto("bo trach"), { key: "Enter" });
    expect(store.getState().selection).toEqual(["pre2025:455"]);
  });
  it("moves the active option with ArrowDown and selects it with Enter", () => {
    render(<SearchBox />, { wrapper: Providers });
    const input = typeInto("quang tri");
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(input.getAttribute("aria-activedescendant")).toBe(screen.getAllByRole("option")[1]?.id);
    fireEvent.keyDown(input, { key: "Enter" });
    expect(store.getState().selection).toEqual(["post2025:44"]);
  });
  it("switches the map to the vintage of the chosen unit", () => {
    render(<SearchBox />, { wrapper: Providers });
    const input = typeInto("quang binh");
    fireEvent.keyDown(input, { key: "ArrowUp" });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(store.getState().vintage).toBe("post2025");
  });
  it("closes the list on Escape", () => {
    render(<SearchBox />, { wrapper: Providers });
    const input = typeInto("dong");
    fireEvent.keyDown(input, { key: "Escape" });
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });
  it("selects an option clicked with the mouse", () => {
    render(<SearchBox />, { wrapper: Providers });
    typeInto("dong hoi");
    fireEvent.click(screen.getAllByRole("option")[0]!);
    expect(store.getState().selection).toEqual(["pre2025:450"]);
  });
});

describe("SearchBox under the post-2025 boundaries", () => {
  beforeEach(() => {
    store.setState({ vintage: "post2025" });
  });

  it("lists the new units first", () => {
    render(<SearchBox />, { wrapper: Providers });
    typeInto("quang binh");
    expect(screen.getAllByRole("option").map((o) => o.getAttribute("data-vintage"))).toEqual(["post2025", "pre2025"]);
  });

  it("says that choosing a unit of the old map switches the boundaries", () => {
    render(<SearchBox />, { wrapper: Providers });
    typeInto("quang binh");
    expect(screen.getAllByRole("option")[1]?.textContent).toContain("choosing it switches the boundaries to “Before 1 July 2025”");
  });

  it("switches back to the old boundaries when a former unit is chosen", () => {
    render(<SearchBox />, { wrapper: Providers });
    typeInto("quang binh");
    fireEvent.click(screen.getAllByRole("option")[1]!);
    expect([store.getState().vintage, store.getState().selection]).toEqual(["pre2025", ["pre2025:44"]]);
  });

  it("keeps the new boundaries when a new unit is chosen with Enter", () => {
    render(<SearchBox />, { wrapper: Providers });
    fireEvent.keyDown(typeInto("quang binh"), { key: "Enter" });
    expect([store.getState().vintage, store.getState().selection]).toEqual(["post2025", ["post2025:44"]]);
  });
});

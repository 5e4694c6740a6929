// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { i18n } from "../i18n";
import { createTestAtlas, observation } from "../data/testing/focusAtlas";
import { createAtlasStore, type AtlasState } from "../store";
import type { AtlasIndex } from "../data/atlas";
import type { StoreApi } from "zustand";
import TrendPanel from "./TrendPanel";
import { providersOf } from "../ui/testing/providers";

let store: StoreApi<AtlasState>;
let atlas: AtlasIndex;

const Providers = providersOf(() => ({ store, atlas }));

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  // jsdom has no layout: the charts see a width of 0 and draw nothing; the panel around them is what these tests read.
  vi.stubGlobal("ResizeObserver", NoResizeObserver);
  store = createAtlasStore({ lang: "en", indicator: "cases_supported" });
  atlas = createTestAtlas();
  void i18n.changeLanguage("en");
});
afterEach(cleanup);

describe("TrendPanel", () => {
  it("summarises a selected district's group figures, naming both sources and the disagreement", () => {
    store.setState({ selection: ["pre2025:455"] });
    render(<TrendPanel />, { wrapper: Providers });
    expect(screen.getByText(/^Bố Trạch \+ Đồng Hới: 2 figures for Cases supported, 2023–2025:/).textContent).toBe(
      "Bố Trạch + Đồng Hới: 2 figures for Cases supported, 2023–2025: 135 (Báo Quảng Trị) and 140 (Thời Đại) — sources disagree",
    );
  });
  it("has a table alternative with one row per figure", () => {
    store.setState({ selection: ["pre2025:455"] });
    render(<TrendPanel />, { wrapper: Providers });
    const table = screen.getByRole("table", { name: "Bố Trạch + Đồng Hới: Cases supported" });
    expect(table.querySelectorAll("tbody tr")).toHaveLength(2);
  });
  it("explains why the cumulative view is off when sources disagree", () => {
    store.setState({ selection: ["pre2025:455"], chartMode: "cumulative" });
    render(<TrendPanel />, { wrapper: Providers });
    expect(screen.getByText(/sources give different figures for the same thing/)).toBeTruthy();
  });
  it("switches the store to the cumulative view", () => {
    render(<TrendPanel />, { wrapper: Providers });
    fireEvent.click(screen.getByRole("button", { name: "Cumulative" }));
    expect(store.getState().chartMode).toBe("cumulative");
  });
  it("charts every reporting area when nothing is selected", () => {
    store.setState({ indicator: "business_models_supported" });
    const { container } = render(<TrendPanel />, { wrapper: Providers });
    const keys = [...container.querySelectorAll("figure")].map((f) => f.getAttribute("data-area-key"));
    expect(keys).toEqual(["unit:pre2025:44", "unit:pre2025:42"]);
  });
  it("says when a selected unit has no figure around it", () => {
    store.setState({ selection: ["pre2025:45"] });
    render(<TrendPanel />, { wrapper: Providers });
    expect(screen.getByText(/No figures for Cases supported for Quảng Trị Province/)).toBeTruthy();
  });
  it("shows per period as pressed when a link asks for a cumulative view of a non-additive indicator", () => {
    const local = createTestAtlas();
    const indicator = local.indicators.get("cases_supported");
    if (indicator) indicator.additive = false;
    atlas = local;
    store.setState({ chartMode: "cumulative" });
    render(<TrendPanel />, { wrapper: Providers });
    expect(screen.getByRole("button", { name: "Per period" }).getAttribute("aria-pressed")).toBe("true");
  });
});

describe("TrendPanel under the post-2025 boundaries", () => {
  beforeEach(() => {
    store.setState({ vintage: "post2025" });
  });

  it("titles a carried figure's chart by the new unit, as reported for the former area", () => {
    const { container } = render(<TrendPanel />, { wrapper: Providers });
    const figure = container.querySelector('figure[data-area-key="group:bo-trach-dong-hoi"]');
    expect([figure?.querySelector("h3")?.textContent, figure?.getAttribute("data-filed-under")]).toEqual([
      "Quảng Trị Province (new) — reported for former Bố Trạch + Đồng Hới",
      "unit:post2025:44",
    ]);
  });

  it("charts a selected new province's carried figures instead of saying it has none", () => {
    store.setState({ selection: ["post2025:44"] });
    render(<TrendPanel />, { wrapper: Providers });
    expect(screen.queryByText(/No figures for Cases supported/)).toBeNull();
  });

  it("marks a figure kept with its former area", () => {
    const local = createTestAtlas({
      observations: [observation({ id: "two", area: { kind: "group", group: "qb-ht" } })],
      groups: [{ id: "qb-ht", vintage: "pre2025", nameVi: "Quảng Bình + Hà Tĩnh", nameEn: "Quảng Bình + Hà Tĩnh", members: ["pre2025:44", "pre2025:42"] }],
    });
    atlas = local;
    const { container } = render(<TrendPanel />, { wrapper: Providers });
    const figure = container.querySelector('figure[data-area-key="group:qb-ht"]');
    expect([figure?.getAttribute("data-placement"), figure?.querySelector("h3")?.textContent]).toEqual([
      "not-carried",
      "Quảng Bình + Hà Tĩnh — former area, not carried",
    ]);
  });

  it("keys a figure whose period was inferred (drawn hollow), and only then", () => {
    atlas = createTestAtlas({ observations: [observation({ id: "inferred", periodBasis: "inferred" })] });
    const { container, unmount } = render(<TrendPanel />, { wrapper: Providers });
    expect(container.querySelector("[data-key-inferred]")?.textContent).toBe("Hollow mark: period inferred by the atlas; the source gives none");
    unmount();
    atlas = createTestAtlas({ observations: [observation({ id: "stated" })] });
    expect(render(<TrendPanel />, { wrapper: Providers }).container.querySelector("[data-key-inferred]")).toBeNull();
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AtlasIndex } from "../data/atlas";
import { i18n } from "../i18n";
import { createTestAtlas, observation } from "../profile/testAtlas";
import { defaultViewState, useAtlasStore } from "../store";
import TrendPanel from "./TrendPanel";

const mockedAtlas = vi.hoisted(() => ({ current: null as AtlasIndex | null }));
vi.mock("../data/hooks", () => ({
  useAtlasIndex: () => ({ status: "ready", data: mockedAtlas.current }),
  // The phase key's caveats come from figures.json; these tests are about the chart itself.
  useDataset: () => ({ status: "loading" }),
}));

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  mockedAtlas.current = createTestAtlas();
  // jsdom has no layout; recharts only needs the observer to exist.
  vi.stubGlobal("ResizeObserver", NoResizeObserver);
  useAtlasStore.setState({ ...defaultViewState(), lang: "en", indicator: "cases_supported" });
  void i18n.changeLanguage("en");
});
afterEach(cleanup);

describe("TrendPanel", () => {
  it("summarises a selected district's group figures, naming both sources and the disagreement", () => {
    useAtlasStore.setState({ selection: ["pre2025:455"] });
    render(<TrendPanel />);
    expect(screen.getByText(/^Bố Trạch \+ Đồng Hới: 2 figures for Cases supported, 2023–2025:/).textContent).toBe(
      "Bố Trạch + Đồng Hới: 2 figures for Cases supported, 2023–2025: 135 (Báo Quảng Trị) and 140 (Thời Đại) — sources disagree",
    );
  });
  it("has a table alternative with one row per figure", () => {
    useAtlasStore.setState({ selection: ["pre2025:455"] });
    render(<TrendPanel />);
    const table = screen.getByRole("table", { name: "Bố Trạch + Đồng Hới: Cases supported" });
    expect(table.querySelectorAll("tbody tr")).toHaveLength(2);
  });
  it("explains why the cumulative view is off when sources disagree", () => {
    useAtlasStore.setState({ selection: ["pre2025:455"], chartMode: "cumulative" });
    render(<TrendPanel />);
    expect(screen.getByText(/sources give different figures for the same thing/)).toBeTruthy();
  });
  it("switches the store to the cumulative view", () => {
    render(<TrendPanel />);
    fireEvent.click(screen.getByRole("button", { name: "Cumulative" }));
    expect(useAtlasStore.getState().chartMode).toBe("cumulative");
  });
  it("charts every reporting area when nothing is selected", () => {
    useAtlasStore.setState({ indicator: "business_models_supported" });
    const { container } = render(<TrendPanel />);
    const keys = [...container.querySelectorAll("figure")].map((f) => f.getAttribute("data-area-key"));
    expect(keys).toEqual(["unit:pre2025:44", "unit:pre2025:42"]);
  });
  it("says when a selected unit has no figure around it", () => {
    useAtlasStore.setState({ selection: ["pre2025:45"] });
    render(<TrendPanel />);
    expect(screen.getByText(/No figures for Cases supported for Quang Tri Province/)).toBeTruthy();
  });
  it("shows per period as pressed when a link asks for a cumulative view of a non-additive indicator", () => {
    const atlas = createTestAtlas();
    const indicator = atlas.indicators.get("cases_supported");
    if (indicator) indicator.additive = false;
    mockedAtlas.current = atlas;
    useAtlasStore.setState({ chartMode: "cumulative" });
    render(<TrendPanel />);
    expect(screen.getByRole("button", { name: "Per period" }).getAttribute("aria-pressed")).toBe("true");
  });
});

describe("TrendPanel under the post-2025 boundaries", () => {
  beforeEach(() => {
    useAtlasStore.setState({ vintage: "post2025" });
  });

  it("titles a carried figure's chart by the new unit, as reported for the former area", () => {
    const { container } = render(<TrendPanel />);
    const figure = container.querySelector('figure[data-area-key="group:bo-trach-dong-hoi"]');
    expect([figure?.querySelector("h3")?.textContent, figure?.getAttribute("data-filed-under")]).toEqual([
      "Quang Tri Province (new) — reported for former Bố Trạch + Đồng Hới",
      "unit:post2025:44",
    ]);
  });

  it("charts a selected new province's carried figures instead of saying it has none", () => {
    useAtlasStore.setState({ selection: ["post2025:44"] });
    render(<TrendPanel />);
    expect(screen.queryByText(/No figures for Cases supported/)).toBeNull();
  });

  it("marks a figure kept with its former area", () => {
    const atlas = createTestAtlas({
      observations: [observation({ id: "two", area: { kind: "group", group: "qb-ht" } })],
      groups: [{ id: "qb-ht", vintage: "pre2025", nameVi: "Quảng Bình + Hà Tĩnh", nameEn: "Quảng Bình + Hà Tĩnh", members: ["pre2025:44", "pre2025:42"] }],
    });
    mockedAtlas.current = atlas;
    const { container } = render(<TrendPanel />);
    const figure = container.querySelector('figure[data-area-key="group:qb-ht"]');
    expect([figure?.getAttribute("data-placement"), figure?.querySelector("h3")?.textContent]).toEqual([
      "not-carried",
      "Quảng Bình + Hà Tĩnh — former area, not carried",
    ]);
  });
});

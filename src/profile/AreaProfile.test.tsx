// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n";
import { createAtlasStore, type AtlasState } from "../store";
import type { AtlasIndex } from "../data/atlas";
import type { StoreApi } from "zustand";
import AreaProfile from "./AreaProfile";
import { createTestAtlas } from "../data/testing/focusAtlas";
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

describe("AreaProfile", () => {
  it("guides the user when nothing is selected", () => {
    render(<AreaProfile />, { wrapper: Providers });
    expect(screen.getByRole("heading", { name: "Area profile" })).toBeTruthy();
  });
  it("shows the group's two conflicting figures side by side under the group", () => {
    store.setState({ selection: ["pre2025:455"] });
    const { container } = render(<AreaProfile />, { wrapper: Providers });
    const group = container.querySelector('[data-area-key="group:bo-trach-dong-hoi"]') as HTMLElement;
    expect(within(group).getAllByText(/^1(40|35)$/).map((e) => e.textContent)).toEqual(["140", "135"]);
  });
  it("gives each quote the language it was written in", () => {
    store.setState({ selection: ["pre2025:455"] });
    const { container } = render(<AreaProfile />, { wrapper: Providers });
    expect([...container.querySelectorAll("blockquote")].map((q) => q.getAttribute("lang"))).toEqual(["vi", "fr", "vi"]);
  });
  it("says what became of a former district on 1 July 2025", () => {
    store.setState({ selection: ["pre2025:450"] });
    render(<AreaProfile />, { wrapper: Providers });
    expect(screen.getByText(/Since 1 July 2025: its communes were merged into Đồng Hới Ward and Đồng Thuận Ward of Quảng Trị Province/)).toBeTruthy();
  });
  it("closes the profile by deselecting the unit", () => {
    store.setState({ selection: ["pre2025:450"] });
    render(<AreaProfile />, { wrapper: Providers });
    fireEvent.click(screen.getByRole("button", { name: "Close the profile of Đồng Hới City" }));
    expect(store.getState().selection).toEqual([]);
  });
});

describe("AreaProfile across the reorganisation", () => {
  it("opens a former province from the new one, switching the map to the old boundaries", () => {
    store.setState({ selection: ["post2025:44"], vintage: "post2025" });
    render(<AreaProfile />, { wrapper: Providers });
    fireEvent.click(screen.getByRole("button", { name: "Quảng Bình Province" }));
    expect([store.getState().selection, store.getState().vintage]).toEqual([["pre2025:44"], "pre2025"]);
  });
});

describe("AreaProfile of a unit of the new map", () => {
  beforeEach(() => {
    store.setState({ vintage: "post2025" });
  });

  it("shows the figures carried into a new province, reported for the former group, with the rule", () => {
    store.setState({ selection: ["post2025:44"] });
    const { container } = render(<AreaProfile />, { wrapper: Providers });
    const carried = container.querySelector('[data-placement="carried"][data-area-key="group:bo-trach-dong-hoi"]') as HTMLElement;
    expect([carried.querySelector(".profile-area-note")?.textContent, within(carried).getAllByText(/^1(40|35)$/).length]).toEqual([
      "Reported for the former Bố Trạch + Đồng Hới; carried whole into this unit: all its units lie in it.",
      2,
    ]);
  });

  it("shows a new commune the figures carried into its province, saying they are not its own", () => {
    store.setState({ selection: ["post2025:19111"] });
    const { container } = render(<AreaProfile />, { wrapper: Providers });
    const note = container.querySelector('[data-area-key="unit:pre2025:44"] .profile-area-note')?.textContent;
    expect(note).toBe(
      "Reported for the former Quảng Bình Province (whole province); carried whole into Quảng Trị Province (new), which contains this unit: it went whole into it. It is not this unit's own figure.",
    );
  });

  it("says for which former area, and for how much of it, each figure on a new commune was reported, in every language", () => {
    store.setState({ selection: ["post2025:19111"] });
    const notes = () => [...document.querySelectorAll('[data-placement="carried"] .profile-area-note')].map((n) => n.textContent);
    render(<AreaProfile />, { wrapper: Providers });
    expect(notes()).toContain(
      "Reported for the former Bố Trạch + Đồng Hới (all its areas together); carried whole into Quảng Trị Province (new), which contains this unit: all its units lie in it. It is not this unit's own figure.",
    );
    cleanup();
    store.setState({ lang: "vi" });
    void i18n.changeLanguage("vi");
    render(<AreaProfile />, { wrapper: Providers });
    expect(notes().some((n) => n?.startsWith("Báo cáo cho Bố Trạch + Đồng Hới cũ (cả nhóm địa bàn cộng lại); chuyển nguyên vào Tỉnh Quảng Trị (mới)"))).toBe(true);
    expect(notes().every((n) => n?.endsWith("Đây không phải số liệu riêng của địa bàn này."))).toBe(true);
  });

  it("says a split former district's figures are not divided among its new communes", () => {
    store.setState({ selection: ["post2025:19111"] });
    render(<AreaProfile />, { wrapper: Providers });
    expect(screen.getByTestId("split-former-note").textContent).toMatch(/^The former Bố Trạch District was split among new communes and wards: its figures are not divided among them\./);
  });

  it("opens the former district from a new commune, switching to the old boundaries", () => {
    store.setState({ selection: ["post2025:19111"] });
    render(<AreaProfile />, { wrapper: Providers });
    fireEvent.click(screen.getByRole("button", { name: "Open the former Bố Trạch District" }));
    expect([store.getState().selection, store.getState().vintage]).toEqual([["pre2025:455"], "pre2025"]);
  });

  it("shows a former district's own figures as before, with nothing carried", () => {
    store.setState({ selection: ["pre2025:455"] });
    const { container } = render(<AreaProfile />, { wrapper: Providers });
    expect(container.querySelectorAll("[data-placement]")).toHaveLength(0);
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { i18n } from "../i18n";
import { defaultViewState, useAtlasStore } from "../store";
import AreaProfile from "./AreaProfile";
import { createTestAtlas } from "./testAtlas";

vi.mock("../data/hooks", () => ({
  useAtlasIndex: () => ({ status: "ready", data: createTestAtlas() }),
  useDataset: () => ({ status: "loading" }),
}));

beforeEach(() => {
  useAtlasStore.setState({ ...defaultViewState(), lang: "en" });
  void i18n.changeLanguage("en");
});
afterEach(cleanup);

describe("AreaProfile", () => {
  it("guides the user when nothing is selected", () => {
    render(<AreaProfile />);
    expect(screen.getByRole("heading", { name: "Area profile" })).toBeTruthy();
  });
  it("shows the group's two conflicting figures side by side under the group", () => {
    useAtlasStore.setState({ selection: ["pre2025:455"] });
    const { container } = render(<AreaProfile />);
    const group = container.querySelector('[data-area-key="group:bo-trach-dong-hoi"]') as HTMLElement;
    expect(within(group).getAllByText(/^1(40|35)$/).map((e) => e.textContent)).toEqual(["140", "135"]);
  });
  it("gives each quote the language it was written in", () => {
    useAtlasStore.setState({ selection: ["pre2025:455"] });
    const { container } = render(<AreaProfile />);
    expect([...container.querySelectorAll("blockquote")].map((q) => q.getAttribute("lang"))).toEqual(["vi", "fr", "vi"]);
  });
  it("says what became of a former district on 1 July 2025", () => {
    useAtlasStore.setState({ selection: ["pre2025:450"] });
    render(<AreaProfile />);
    expect(screen.getByText(/Since 1 July 2025: its communes were merged into Dong Hoi Ward and Dong Thuan Ward of Quang Tri Province/)).toBeTruthy();
  });
  it("closes the profile by deselecting the unit", () => {
    useAtlasStore.setState({ selection: ["pre2025:450"] });
    render(<AreaProfile />);
    fireEvent.click(screen.getByRole("button", { name: "Close the profile of Dong Hoi City" }));
    expect(useAtlasStore.getState().selection).toEqual([]);
  });
});

describe("AreaProfile across the reorganisation", () => {
  it("opens a former province from the new one, switching the map to the old boundaries", () => {
    useAtlasStore.setState({ selection: ["post2025:44"], vintage: "post2025" });
    render(<AreaProfile />);
    fireEvent.click(screen.getByRole("button", { name: "Quang Binh Province" }));
    expect([useAtlasStore.getState().selection, useAtlasStore.getState().vintage]).toEqual([["pre2025:44"], "pre2025"]);
  });
});

describe("AreaProfile of a unit of the new map", () => {
  beforeEach(() => {
    useAtlasStore.setState({ vintage: "post2025" });
  });

  it("shows the figures carried into a new province, reported for the former group, with the rule", () => {
    useAtlasStore.setState({ selection: ["post2025:44"] });
    const { container } = render(<AreaProfile />);
    const carried = container.querySelector('[data-placement="carried"][data-area-key="group:bo-trach-dong-hoi"]') as HTMLElement;
    expect([carried.querySelector(".profile-area-note")?.textContent, within(carried).getAllByText(/^1(40|35)$/).length]).toEqual([
      "Reported for the former Bố Trạch + Đồng Hới; carried whole into this unit: all its units lie in it.",
      2,
    ]);
  });

  it("shows a new commune the figures carried into its province, saying they are not its own", () => {
    useAtlasStore.setState({ selection: ["post2025:19111"] });
    const { container } = render(<AreaProfile />);
    const note = container.querySelector('[data-area-key="unit:pre2025:44"] .profile-area-note')?.textContent;
    expect(note).toBe(
      "Reported for the former Quang Binh Province; carried whole into Quang Tri Province (new), which contains this unit: it went whole into it. It is not this unit's own figure.",
    );
  });

  it("says a split former district's figures are not divided among its new communes", () => {
    useAtlasStore.setState({ selection: ["post2025:19111"] });
    render(<AreaProfile />);
    expect(screen.getByTestId("split-former-note").textContent).toMatch(/^The former Bo Trach District was split among new communes and wards: its figures are not divided among them\./);
  });

  it("opens the former district from a new commune, switching to the old boundaries", () => {
    useAtlasStore.setState({ selection: ["post2025:19111"] });
    render(<AreaProfile />);
    fireEvent.click(screen.getByRole("button", { name: "Open the former Bo Trach District" }));
    expect([useAtlasStore.getState().selection, useAtlasStore.getState().vintage]).toEqual([["pre2025:455"], "pre2025"]);
  });

  it("shows a former district's own figures as before, with nothing carried", () => {
    useAtlasStore.setState({ selection: ["pre2025:455"] });
    const { container } = render(<AreaProfile />);
    expect(container.querySelectorAll("[data-placement]")).toHaveLength(0);
  });
});

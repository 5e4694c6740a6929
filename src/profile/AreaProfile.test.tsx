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

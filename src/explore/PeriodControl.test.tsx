// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { i18n } from "../i18n";
import { AtlasStoreProvider, createAtlasStore, type AtlasState } from "../store";
import type { ReactNode } from "react";
import type { StoreApi } from "zustand";
import { AtlasDataProvider } from "../data/hooks";
import { createTestAtlas, observation } from "../data/testing/focusAtlas";
import type { AtlasIndex } from "../data/atlas";
import PeriodControl, { PLAY_STEP_MS } from "./PeriodControl";

let store: StoreApi<AtlasState> = createAtlasStore();
let atlas: AtlasIndex = createTestAtlas();

/** Each test's own store and atlas, provided the way main.tsx provides the app's. */
function StoreProvider({ children }: { children: ReactNode }) {
  return (
    <AtlasStoreProvider store={store}>
      <AtlasDataProvider data={{ index: atlas }}>{children}</AtlasDataProvider>
    </AtlasStoreProvider>
  );
}

beforeEach(() => {
  store = createAtlasStore({ lang: "en" });
  atlas = createTestAtlas();
  void i18n.changeLanguage("en");
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("PeriodControl", () => {
  it("marks the figures of the years shown whose period the atlas inferred, and none outside them", () => {
    atlas = createTestAtlas({ observations: [observation({ id: "i", periodBasis: "inferred", periodStart: "2023", periodEnd: "2025" }), observation({ id: "s" })] });
    render(<PeriodControl />, { wrapper: StoreProvider });
    expect(screen.getByTestId("period-inferred").textContent).toContain("1 figure in these years has a period inferred by the atlas");
    expect(screen.getByTestId("period-inferred").querySelector('[data-inferred="period"]')).not.toBeNull();
    cleanup();
    store.setState({ period: { from: 2019, to: 2021 } });
    render(<PeriodControl />, { wrapper: StoreProvider });
    expect(screen.queryByTestId("period-inferred")).toBeNull();
  });

  it("offers two labelled year sliders that say the year", () => {
    render(<PeriodControl />, { wrapper: StoreProvider });
    const from = screen.getByRole("slider", { name: "From" });
    expect([from.getAttribute("min"), from.getAttribute("aria-valuetext")]).toEqual(["2019", "2019"]);
  });
  it("sets the store's period when a slider moves", () => {
    render(<PeriodControl />, { wrapper: StoreProvider });
    fireEvent.change(screen.getByRole("slider", { name: "From" }), { target: { value: "2023" } });
    expect(store.getState().period).toEqual({ from: 2023, to: new Date().getUTCFullYear() });
  });
  it("resets to all years", () => {
    store.setState({ period: { from: 2021, to: 2022 } });
    render(<PeriodControl />, { wrapper: StoreProvider });
    fireEvent.click(screen.getByRole("button", { name: "All years" }));
    expect(store.getState().period).toBeNull();
  });
  it("plays one year after another", () => {
    vi.useFakeTimers();
    render(<PeriodControl />, { wrapper: StoreProvider });
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    act(() => {
      vi.advanceTimersByTime(PLAY_STEP_MS);
    });
    expect(store.getState().period).toEqual({ from: 2020, to: 2020 });
  });
  it("stops when paused", () => {
    vi.useFakeTimers();
    render(<PeriodControl />, { wrapper: StoreProvider });
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    act(() => {
      vi.advanceTimersByTime(PLAY_STEP_MS * 3);
    });
    expect(store.getState().period).toEqual({ from: 2019, to: 2019 });
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { i18n } from "../i18n";
import { AtlasStoreProvider, createAtlasStore, type AtlasState } from "../store";
import type { ReactNode } from "react";
import type { StoreApi } from "zustand";
import PeriodControl, { PLAY_STEP_MS } from "./PeriodControl";

let store: StoreApi<AtlasState> = createAtlasStore();

/** Each test's own store, provided the way main.tsx provides the app's. */
function StoreProvider({ children }: { children: ReactNode }) {
  return <AtlasStoreProvider store={store}>{children}</AtlasStoreProvider>;
}

beforeEach(() => {
  store = createAtlasStore({ lang: "en" });
  void i18n.changeLanguage("en");
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("PeriodControl", () => {
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

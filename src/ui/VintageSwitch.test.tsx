// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n";
import { AtlasStoreProvider, createAtlasStore, type AtlasState } from "../store";
import type { ReactNode } from "react";
import type { StoreApi } from "zustand";
import { VintageSwitch } from "./VintageSwitch";

let store: StoreApi<AtlasState> = createAtlasStore();

/** Each test's own store, provided the way main.tsx provides the app's. */
function StoreProvider({ children }: { children: ReactNode }) {
  return <AtlasStoreProvider store={store}>{children}</AtlasStoreProvider>;
}

beforeEach(() => {
  store = createAtlasStore();
  void i18n.changeLanguage("vi");
});
afterEach(cleanup);

describe("VintageSwitch", () => {
  it("is a group named 'Ranh giới' with the two dates, in Vietnamese", () => {
    render(<VintageSwitch />, { wrapper: StoreProvider });
    const group = screen.getByRole("group", { name: "Ranh giới" });
    expect([...group.querySelectorAll("label")].map((l) => l.textContent)).toEqual(["Trước 1/7/2025", "Từ 1/7/2025"]);
  });

  it("reads 'Boundaries: Before 1 July 2025 | From 1 July 2025' in English", () => {
    void i18n.changeLanguage("en");
    render(<VintageSwitch />, { wrapper: StoreProvider });
    expect(screen.getByRole("radio", { name: "Before 1 July 2025" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "From 1 July 2025" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Boundaries" })).toBeTruthy();
  });

  it("shows the store's vintage as checked", () => {
    store.setState({ vintage: "post2025" });
    render(<VintageSwitch />, { wrapper: StoreProvider });
    expect((screen.getByRole("radio", { name: "Từ 1/7/2025" }) as HTMLInputElement).checked).toBe(true);
  });

  it("sets the store's vintage (and so the URL) when a date is chosen", () => {
    render(<VintageSwitch />, { wrapper: StoreProvider });
    fireEvent.click(screen.getByRole("radio", { name: "Từ 1/7/2025" }));
    expect(store.getState().vintage).toBe("post2025");
  });

  it("says which views follow it when asked to", () => {
    render(<VintageSwitch showHint />, { wrapper: StoreProvider });
    expect(screen.getByRole("group", { name: "Ranh giới" }).getAttribute("aria-describedby")).toBeTruthy();
    expect(screen.getByText(/Bản đồ, bảng số liệu, hồ sơ địa bàn, biểu đồ và ô tìm kiếm/)).toBeTruthy();
  });
});

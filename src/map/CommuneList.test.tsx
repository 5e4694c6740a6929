// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreApi } from "zustand";
import type { AtlasIndex } from "../data/atlas";
import { AtlasDataProvider } from "../data/hooks";
import { createTestAtlas } from "../data/testing/focusAtlas";
import { i18n } from "../i18n";
import { AtlasStoreProvider, createAtlasStore, type AtlasState } from "../store";
import { CommuneList } from "./CommuneList";
import type { CommuneFeature } from "./communes";

let store: StoreApi<AtlasState>;
let atlas: AtlasIndex;

function Providers({ children }: { children: ReactNode }) {
  return (
    <AtlasStoreProvider store={store}>
      <AtlasDataProvider data={{ index: atlas }}>{children}</AtlasDataProvider>
    </AtlasStoreProvider>
  );
}

const square = (x: number, y: number) => ({ type: "Polygon" as const, coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]] });
/** Two communes of the new Quảng Trị (one of the five former districts' communes, one context) and one of Hà Tĩnh. */
const createCommunes = (): CommuneFeature[] => [
  { type: "Feature", properties: { name: "Phường Đồng Sơn", province: "post2025:44", predecessors: "Phường Nam Lý, Xã Nghĩa Ninh" }, geometry: square(106.6, 17.4) },
  { type: "Feature", properties: { id: "post2025:19111", name: "Xã Hoàn Lão", province: "post2025:44", predecessors: "Thị trấn Hoàn Lão, Xã Trung Trạch" }, geometry: square(106.5, 17.6) },
  { type: "Feature", properties: { name: "Xã Thiên Cầm", province: "post2025:42", predecessors: "giữ nguyên" }, geometry: square(106, 18.2) },
];

beforeEach(() => {
  store = createAtlasStore({ lang: "en" });
  atlas = createTestAtlas();
  void i18n.changeLanguage("en");
});
afterEach(cleanup);

function renderList() {
  return render(<CommuneList index={atlas} features={createCommunes()} mapId="explorer" />, { wrapper: Providers });
}

describe("CommuneList", () => {
  it("lists every commune the after map draws, one table per province, with its province and the portal's predecessors", () => {
    renderList();
    const tables = screen.getAllByRole("table");
    expect(tables).toHaveLength(2);
    const quangTri = screen.getByRole("table", { name: "Quảng Trị Province: 2 communes" });
    const rows = within(quangTri).getAllByRole("row").slice(1);
    // The selectable commune first, named as everywhere in the atlas; the context commune as the portal writes it.
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(["Hoàn Lão Commune", "Phường Đồng Sơn · context, no figures"]);
    expect(within(rows[1] as HTMLElement).getByText("Phường Nam Lý, Xã Nghĩa Ninh")).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText("Quảng Trị Province")).toBeTruthy();
    expect(screen.getByRole("heading", { name: /\(3, of which 1 in the five former districts\)/ })).toBeTruthy();
    expect(screen.getByText(/sapnhap\.bando\.com\.vn/)).toBeTruthy();
  });

  it("selects a commune of the five former districts with a button, and offers no selection for a context commune", () => {
    renderList();
    const select = screen.getByRole("button", { name: "Select Hoàn Lão Commune" });
    expect(select.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(select);
    expect(store.getState().selection).toEqual(["post2025:19111"]);
    expect(screen.getByRole("button", { name: "Select Hoàn Lão Commune" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getAllByRole("button", { name: /^Select / })).toHaveLength(1);
  });

  it("zooms the map to any commune, context ones included", () => {
    renderList();
    fireEvent.click(screen.getByRole("button", { name: "Zoom the map to Xã Thiên Cầm" }));
    const view = store.getState().mapView;
    expect(view?.longitude).toBeCloseTo(106.05, 1);
    expect(view?.latitude).toBeCloseTo(18.25, 1);
    expect(store.getState().selection).toEqual([]);
  });
});

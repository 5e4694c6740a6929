// @vitest-environment jsdom
/**
 * The published partners' records (partner_records.json): labelled "Đối tác: NAME" (published,
 * not a preview), each with its source and quote, carried on the new boundaries by the carry
 * rule, handed to the store for the map while shown, and an error panel (nothing else) when the
 * file cannot be used.
 */
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreApi } from "zustand";
import type { AtlasIndex } from "../data/atlas";
import { createAtlasIndex } from "../data/testing/fixtures";
import { i18n } from "../i18n";
import { SCHEMA_VERSION, type PartnerRecord } from "../schema";
import { createAtlasStore, type AtlasState } from "../store";
import PublishedPartners from "./PublishedPartners";
import { providersOf } from "./testing/providers";

let current: { store: StoreApi<AtlasState>; atlas: AtlasIndex };
const wrapper = providersOf(() => current);

beforeEach(() => {
  current = { store: createAtlasStore(), atlas: createAtlasIndex() };
  void i18n.changeLanguage("vi");
});
afterEach(cleanup);

const record: PartnerRecord = { partner: "Hội Phụ nữ (kiểm thử)", area: "pre2025:44", areaAsWritten: "44", periodStart: "2024-03", periodEnd: "2024-03", indicatorId: "cases", value: 7, sourcePublisher: "Hội Phụ nữ", sourceDate: "2024-04-02", sourceUrl: "https://example.org/r", quote: "Đã hỗ trợ 7 trường hợp.", quoteLang: "vi", file: "p.csv", line: 2 };

describe("PublishedPartners", () => {
  it("shows the records as the partner's, published, with their source, carried on the new boundaries, and gives them to the map while shown", () => {
    const { store } = current;
    store.getState().setVintage("post2025");
    const { unmount } = render(<PublishedPartners file={{ status: "ready", data: { schemaVersion: SCHEMA_VERSION, files: ["p.csv"], records: [record] } }} />, { wrapper });
    const table = screen.getByTestId("published-partner-table");
    expect(within(table).getByText("Đối tác: Hội Phụ nữ (kiểm thử)")).toBeTruthy();
    expect(table.textContent).not.toContain("xem trước");
    const cells = within(table).getAllByRole("cell").map((c) => c.textContent);
    expect(cells[0]).toContain("Tỉnh Quảng Trị");
    expect(cells[0]).toContain("từ Tỉnh Quảng Bình");
    expect(within(table).getByRole("link", { name: "Hội Phụ nữ" }).getAttribute("href")).toBe("https://example.org/r");
    expect(cells[5]).toContain("Đã hỗ trợ 7 trường hợp.");
    expect(store.getState().publishedPartners).toEqual([record]);
    unmount();
    expect(store.getState().publishedPartners).toBeNull();
  });

  it("shows the file's error, and gives nothing to the map, when it cannot be used", () => {
    const { store } = current;
    render(<PublishedPartners file={{ status: "error", kind: "checksum", file: "partner_records.json", message: "bytes differ", hint: "regenerate", params: {}, details: [] }} />, { wrapper });
    expect(screen.getByRole("heading", { name: "Số liệu của đối tác đã công bố" })).toBeTruthy();
    expect(screen.getAllByText(/partner_records\.json/).length).toBeGreaterThan(0);
    expect(screen.queryByTestId("published-partner-table")).toBeNull();
    expect(store.getState().publishedPartners).toBeNull();
  });
});

// @vitest-environment jsdom
/**
 * What the preview shows for each state of the store: a refused file's problems by line and
 * column and no record; an accepted file's records labelled as the partner's preview, carried by
 * the carry rule on the new boundaries; and nothing once cleared. (Reading a file runs in a
 * worker; the browser test drives that part.)
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreApi } from "zustand";
import type { AtlasIndex } from "../data/atlas";
import { createAtlasIndex } from "../data/testing/fixtures";
import { i18n } from "../i18n";
import { loadPartnerProblemWords } from "../i18n/partnerProblems";
import type { PartnerRecord } from "../schema";
import { createAtlasStore, type AtlasState } from "../store";
import { PartnerPreview } from "./PartnerPreview";
import { providersOf } from "./testing/providers";

let current: { store: StoreApi<AtlasState>; atlas: AtlasIndex };
const wrapper = providersOf(() => current);

beforeEach(() => {
  current = { store: createAtlasStore(), atlas: createAtlasIndex() };
  void i18n.changeLanguage("vi");
});
afterEach(cleanup);

function createRecord(): PartnerRecord {
  return { partner: "Hội Phụ nữ", area: "pre2025:44", areaAsWritten: "44", periodStart: "2024-03", periodEnd: "2024-03", indicatorId: "cases", value: 7, sourcePublisher: "Hội Phụ nữ", sourceDate: "2024-04-02", sourceUrl: "", quote: "Đã hỗ trợ 7 trường hợp.", quoteLang: "vi", file: "p.csv", line: 2 };
}

describe("PartnerPreview", () => {
  it("offers the two templates and a file input, in Vietnamese", () => {
    render(<PartnerPreview />, { wrapper });
    expect(screen.getByRole("heading", { name: "Xem trước dữ liệu đối tác" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "tiêu đề tiếng Việt" }).getAttribute("href")).toBe("partner-template-vi.csv");
    expect(screen.getByLabelText("Chọn tệp CSV").getAttribute("type")).toBe("file");
  });

  it("lists a refused file's problems by line and column, with no record", () => {
    const { store } = current;
    const token = store.getState().beginPartnerPreview("p.csv");
    store.getState().endPartnerPreview(token, { ok: false, problems: [{ file: "p.csv", line: 3, field: "gia_tri", message: '"1,234" uses "," to separate thousands', hint: "write 1234" }] });
    render(<PartnerPreview />, { wrapper });
    expect(screen.getByTestId("partner-problems").textContent).toBe('Dòng 3, cột gia_tri: "1,234" uses "," to separate thousands — write 1234');
    expect(screen.queryByTestId("partner-table")).toBeNull();
  });

  it("says a problem in the reader's language, from its words by id (English on the command line)", async () => {
    await loadPartnerProblemWords();
    const { store } = current;
    const token = store.getState().beginPartnerPreview("p.csv");
    const problem = { file: "p.csv", line: 3, field: "value", message: '"1,234" uses "," to separate thousands', hint: 'write 1234: digits, "." as the decimal mark, no thousands separators', words: { code: "thousandsComma", hintCode: "writeFixed", params: { text: "1,234", fixed: "1234" } } } as const;
    store.getState().endPartnerPreview(token, { ok: false, problems: [problem] });
    render(<PartnerPreview />, { wrapper });
    expect(screen.getByTestId("partner-problems").textContent).toBe('Dòng 3, cột value: "1,234" dùng "," để tách hàng nghìn — ghi 1234: chỉ chữ số, dấu "." cho phần thập phân, không tách hàng nghìn');
    act(() => store.getState().setLang("en"));
    await waitFor(() => expect(screen.getByTestId("partner-problems").textContent).toContain('"1,234" uses "," to separate thousands — write 1234'));
  });

  it("shows the records labelled as the partner's preview, carried to the new province on the new boundaries, until cleared", () => {
    const { store } = current;
    store.getState().setVintage("post2025");
    const token = store.getState().beginPartnerPreview("p.csv");
    store.getState().endPartnerPreview(token, { ok: true, records: [createRecord()] });
    render(<PartnerPreview />, { wrapper });
    const table = screen.getByTestId("partner-table");
    expect(within(table).getByText("Đối tác: Hội Phụ nữ (xem trước, chưa công bố)")).toBeTruthy();
    const cells = within(table).getAllByRole("cell").map((c) => c.textContent);
    expect(cells[0]).toContain("Tỉnh Quảng Trị");
    expect(cells[0]).toContain("từ Tỉnh Quảng Bình");
    expect(cells[3]).toBe("7");
    fireEvent.click(screen.getByRole("button", { name: "Xóa bản xem trước" }));
    expect(screen.queryByTestId("partner-table")).toBeNull();
    expect(store.getState().partnerPreview).toBeNull();
  });
});

// @vitest-environment jsdom
/** A unit's doubtful value carries the conflict mark wherever its area and population are shown (real figures.json). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { i18n } from "../i18n";
import enMessages from "../i18n/locales/en.json";
import viMessages from "../i18n/locales/vi.json";
import { FiguresFile } from "../schema";
import { PhaseCaveats, UnitCaveats } from "./Caveats";

const figures = FiguresFile.parse(JSON.parse(readFileSync(join(process.cwd(), "public", "data", "figures.json"), "utf8")));
vi.mock("../data/hooks", () => ({ useDataset: () => ({ status: "ready", data: figures }) }));

afterEach(cleanup);

describe("UnitCaveats", () => {
  it("marks xã Bố Trạch's population of 3,323 as doubtful", async () => {
    await i18n.changeLanguage("vi");
    const { container } = render(<UnitCaveats unitId="post2025:19141" lang="vi" />);
    expect(container.querySelector('[data-caveat="quality"]')?.textContent).toContain(viMessages.context.mark.quality);
    expect(container.textContent).toContain("3.323");
  });

  it("says nothing for a unit without caveats", () => {
    const { container } = render(<UnitCaveats unitId="post2025:19111" lang="en" />);
    expect(container.textContent).toBe("");
  });

  it("marks both Quảng Bình phases whose dates disagree, and not TMSV3", async () => {
    await i18n.changeLanguage("en");
    for (const phaseId of ["tmsv-wv-quang-binh-2019-2022", "tmsv-pilot-quang-binh"]) {
      const { container, unmount } = render(<PhaseCaveats phaseId={phaseId} lang="en" />);
      expect(container.querySelector('[data-caveat="conflict"]')?.textContent).toContain(enMessages.context.mark.conflict);
      unmount();
    }
    const { container } = render(<PhaseCaveats phaseId="tmsv3" lang="en" />);
    expect(container.textContent).toBe("");
  });
});

// @vitest-environment jsdom
/** A unit's doubtful value carries the conflict mark wherever its area and population are shown (real figures.json). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { AtlasDataProvider } from "../data/hooks";
import { i18n } from "../i18n";
import enMessages from "../i18n/locales/en.json";
import viMessages from "../i18n/locales/vi.json";
import { FiguresFile } from "../schema";
import { PhaseCaveats, UnitCaveats } from "./Caveats";

const figures = FiguresFile.parse(JSON.parse(readFileSync(join(process.cwd(), "public", "data", "figures.json"), "utf8")));
/** Renders with the real figures.json handed over, as main.tsx and an embed do. */
function withFigures(ui: ReactElement) {
  return render(<AtlasDataProvider data={{ files: { figures } }}>{ui}</AtlasDataProvider>);
}

afterEach(cleanup);

describe("UnitCaveats", () => {
  it("marks xã Bố Trạch's population of 3,323 as doubtful", async () => {
    await i18n.changeLanguage("vi");
    const { container } = withFigures(<UnitCaveats unitId="post2025:19141" lang="vi" />);
    expect(container.querySelector('[data-caveat="quality"]')?.textContent).toContain(viMessages.context.mark.quality);
    expect(container.textContent).toContain("3.323");
  });

  it("says nothing for a unit without caveats", () => {
    const { container } = withFigures(<UnitCaveats unitId="post2025:19111" lang="en" />);
    expect(container.textContent).toBe("");
  });

  it("marks both Quảng Bình phases whose dates disagree, and not TMSV3", async () => {
    await i18n.changeLanguage("en");
    for (const phaseId of ["tmsv-wv-quang-binh-2019-2022", "tmsv-pilot-quang-binh"]) {
      const { container, unmount } = withFigures(<PhaseCaveats phaseId={phaseId} lang="en" />);
      expect(container.querySelector('[data-caveat="conflict"]')?.textContent).toContain(enMessages.context.mark.conflict);
      unmount();
    }
    const { container } = withFigures(<PhaseCaveats phaseId="tmsv3" lang="en" />);
    expect(container.textContent).toBe("");
  });
});

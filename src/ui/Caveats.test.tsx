// @vitest-environment jsdom
/** A unit's doubtful value carries the conflict mark wherever its area and population are shown (real figures.json). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { i18n } from "../i18n";
import viMessages from "../i18n/locales/vi.json";
import { FiguresFile } from "../schema";
import { UnitCaveats } from "./Caveats";

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
});

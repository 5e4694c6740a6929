// @vitest-environment jsdom
/**
 * The programme panel drawn from the real figures.json in each language: the caveats carry the
 * conflict mark figure conflicts carry, and a unit's doubtful value is marked in its own profile.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n";
import en from "../i18n/locales/en.json";
import fr from "../i18n/locales/fr.json";
import vi from "../i18n/locales/vi.json";
import { FiguresFile } from "../schema";
import { ProgrammeContextView } from "./ProgrammeContext";

// jsdom gives import.meta.url an http scheme: read the data from the project root vitest runs in.
const figures = FiguresFile.parse(JSON.parse(readFileSync(join(process.cwd(), "public", "data", "figures.json"), "utf8")));
const MESSAGES = { vi, en, fr } as const;

afterEach(cleanup);

describe("ProgrammeContextView", () => {
  for (const lang of ["vi", "en", "fr"] as const) {
    it(`marks xã Bố Trạch's population as doubtful and tells the Bắc Trạch story by place and role (${lang})`, async () => {
      await i18n.changeLanguage(lang);
      const { container } = render(
        <ProgrammeContextView figures={figures} unitId="post2025:19141" phases={[{ id: "tmsv3", programmeId: "tmsv" }]} lang={lang} headingId="h" />,
      );
      const unitNotes = container.querySelector('[data-context-unit="post2025:19141"]');
      expect(unitNotes?.querySelector('[data-caveat="quality"]')?.textContent).toContain(MESSAGES[lang].context.mark.quality);
      const story = container.querySelector('[data-context-kind="story"]');
      expect(story?.textContent).toContain("Bắc Trạch");
      expect(story?.querySelector("blockquote")?.textContent?.startsWith("[…]")).toBe(true);
    });
  }

  it("shows the phase-date conflict with the conflict mark on the World Vision 2019–2022 phase", async () => {
    await i18n.changeLanguage("en");
    const { container } = render(
      <ProgrammeContextView figures={figures} unitId="pre2025:457" phases={[{ id: "tmsv-wv-quang-binh-2019-2022", programmeId: "tmsv" }]} lang="en" headingId="h" />,
    );
    const conflict = container.querySelector('[data-context-id="wv-dates-conflict"]');
    expect(conflict?.querySelector('[data-caveat="conflict"]')?.textContent).toContain(en.context.mark.conflict);
    expect(conflict?.textContent).toContain("February 2020 to March 2021");
  });

  it("shows the notes the data keeps on the programme and its phase where the programme is shown", async () => {
    await i18n.changeLanguage("fr");
    const { container } = render(
      <ProgrammeContextView figures={figures} unitId="pre2025:42" phases={[{ id: "iom-ha-tinh-2023-2025", programmeId: "iom-ht-livelihoods" }]} lang="fr" headingId="h" />,
    );
    // Whatever the notes say today (data/programmes.csv, data/phases.csv), each is shown in full.
    const programmeNote = figures.programmes.find((p) => p.id === "iom-ht-livelihoods")?.note;
    const phaseNote = figures.phases.find((p) => p.id === "iom-ha-tinh-2023-2025")?.note;
    expect(programmeNote).toBeDefined();
    expect(phaseNote).toBeDefined();
    expect(container.querySelector('[data-note-of="programme:iom-ht-livelihoods"]')?.textContent).toContain(programmeNote);
    expect(container.querySelector('[data-note-of="phase:iom-ha-tinh-2023-2025"]')?.textContent).toContain(phaseNote);
  });

  it("writes the programme's milestones in French from the file's French labels", async () => {
    await i18n.changeLanguage("fr");
    const { container } = render(
      <ProgrammeContextView figures={figures} unitId="pre2025:455" phases={[{ id: "tmsv3", programmeId: "tmsv" }]} lang="fr" headingId="h" />,
    );
    const milestones = [...container.querySelectorAll("[data-milestone-id]")];
    expect(milestones.length).toBeGreaterThan(0);
    for (const li of milestones) {
      const m = figures.milestones.find((x) => x.id === li.getAttribute("data-milestone-id"));
      expect(m?.labelFr, `milestone ${m?.id} has a French label`).toBeDefined();
      expect(li.textContent).toContain(m?.labelFr ?? "");
    }
  });
});

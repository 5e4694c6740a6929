// @vitest-environment jsdom
/**
 * On the real data (public/data, written by `npm run data`): a figure quoted from a translation
 * is labelled as a translation, never "verbatim", in Vietnamese, English and French, and says that
 * the source's link leads to the original where the quoted sentence does not appear.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { i18n } from "../i18n";
import en from "../i18n/locales/en.json";
import fr from "../i18n/locales/fr.json";
import vi from "../i18n/locales/vi.json";
import { CrosswalkFile, FiguresFile, UnitsFile } from "../schema";
import { FigureDetail } from "./FigureDetail";
import { buildFigureRows } from "./rows";

// jsdom gives import.meta.url an http scheme: find the data from the project root vitest runs in.
const DATA_DIR = join(process.cwd(), "public", "data");
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, file), "utf8"));

function realIndex(): AtlasIndex {
  return buildAtlasIndex(UnitsFile.parse(read("units.json")), FiguresFile.parse(read("figures.json")), CrosswalkFile.parse(read("crosswalk.json")));
}

afterEach(cleanup);

const MESSAGES = { vi, en, fr } as const;
/** The words "verbatim" in each language's caption for an original's quote. */
const VERBATIM = { vi: "nguyên văn (", en: "Verbatim", fr: "textuelle" } as const;
/** How each language names the quoted translation's language and the original's. */
const WORDS = {
  vi: { translation: "bản dịch", en: "tiếng Anh", fr: "tiếng Pháp", original: "tiếng Việt" },
  en: { translation: "translation", en: "English", fr: "French", original: "Vietnamese" },
  fr: { translation: "traduction", en: "anglais", fr: "français", original: "vietnamien" },
} as const;

describe("a quote from a translation, on the real data", () => {
  for (const lang of ["vi", "en", "fr"] as const) {
    for (const [observationId, quoteLang] of [
      ["ha-tinh-skills-trainees-2023-2025", "en"],
      ["bt-dh-cases-baoquangtri", "fr"],
    ] as const) {
      it(`is labelled as the ${quoteLang} translation of a Vietnamese original (${lang}, ${observationId})`, async () => {
        await i18n.changeLanguage(lang);
        const index = realIndex();
        const row = buildFigureRows(index, lang).find((r) => r.observations.some((o) => o.id === observationId));
        expect(row, `a table row holds ${observationId}`).toBeDefined();
        if (row === undefined) return;
        const { container } = render(<FigureDetail row={row} index={index} lang={lang} />);
        const item = [...container.querySelectorAll(".figure-detail__item")].find((el) => el.querySelector(`blockquote[lang="${quoteLang}"]`) !== null);
        const caption = item?.querySelector("figcaption")?.textContent ?? "";
        expect(caption).toContain(WORDS[lang].translation);
        expect(caption).toContain(WORDS[lang][quoteLang]);
        expect(caption).toContain(WORDS[lang].original);
        expect(caption).not.toContain(VERBATIM[lang]);
        const facts = item?.querySelector("[data-source-provenance]")?.textContent ?? "";
        const link = MESSAGES[lang].provenance.linkIsOriginal.replace("{{original}}", WORDS[lang].original);
        expect(facts).toContain(link);
        expect(facts).toContain("Vietnam.vn");
      });
    }
  }

  it("keeps 'verbatim' for a quote in its original's words", async () => {
    await i18n.changeLanguage("en");
    const index = realIndex();
    const row = buildFigureRows(index, "en").find((r) => r.observations.some((o) => o.id === "ham-yen-workers-abroad-2023h1"));
    if (row === undefined) throw new Error("no Hàm Yên row");
    const { container } = render(<FigureDetail row={row} index={index} lang="en" />);
    expect(container.querySelector("figcaption")?.textContent).toContain("Verbatim");
    // Its document names an author and no publisher.
    expect(container.textContent).toContain(en.provenance.citedByAuthor);
  });

  it("shows the Thời Đại publisher as attributed, with the reason", async () => {
    await i18n.changeLanguage("vi");
    const index = realIndex();
    const row = buildFigureRows(index, "vi").find((r) => r.observations.some((o) => o.id === "bt-dh-cases-thoidai"));
    if (row === undefined) throw new Error("no Thời Đại row");
    const { container } = render(<FigureDetail row={row} index={index} lang="vi" />);
    expect(container.textContent).toContain(vi.provenance.publisherAttributed);
  });
});

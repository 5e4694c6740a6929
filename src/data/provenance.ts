/**
 * What a reader must know about how a source is known (pure): that its quotes come from a
 * translation, that its link leads to an original where those sentences do not appear, that
 * its title was rebuilt from its address, that its publisher is attributed or that it is cited
 * by its author. Every view that shows a source shows these, in the UI language.
 */
import type { Lang, Source } from "../schema";

export type ProvenanceFact =
  /** The quotes are a translation into `language` of an original in `original`, published by `publisher`. */
  | { kind: "translation"; language: Lang; original: Lang; publisher: string; url: string | null }
  /** The source's link is the original's page, in another language: the quoted sentences are not on it. */
  | { kind: "linkIsOriginal"; original: Lang }
  | { kind: "titleFromAddress" }
  | { kind: "publisherAttributed" }
  | { kind: "citedByAuthor" };

export function sourceProvenance(source: Source): ProvenanceFact[] {
  const out: ProvenanceFact[] = [];
  if (source.translationOf !== undefined) {
    out.push({
      kind: "translation",
      language: source.language,
      original: source.translationOf,
      publisher: source.translationPublisher ?? "",
      url: source.translationUrl ?? null,
    });
    if (source.url !== "") out.push({ kind: "linkIsOriginal", original: source.translationOf });
  }
  if (source.titleBasis === "address") out.push({ kind: "titleFromAddress" });
  if (source.publisherBasis === "attributed") out.push({ kind: "publisherAttributed" });
  if (source.publisherBasis === "author") out.push({ kind: "citedByAuthor" });
  return out;
}

/** The short tags to put beside a publisher's name where there is no room for the sentences. */
export type ProvenanceTag = "translation" | "attributed" | "author";

export function provenanceTags(source: Source): ProvenanceTag[] {
  const out: ProvenanceTag[] = [];
  if (source.translationOf !== undefined) out.push("translation");
  if (source.publisherBasis === "attributed") out.push("attributed");
  if (source.publisherBasis === "author") out.push("author");
  return out;
}

/** "Thời Đại (publisher attributed)": the publisher with its tags in words, for tooltips and chart text. */
export function publisherWithTags(source: Source, tagText: (tag: ProvenanceTag) => string): string {
  const tags = provenanceTags(source);
  return tags.length === 0 ? source.publisher : `${source.publisher} (${tags.map(tagText).join("; ")})`;
}

/**
 * Row parsers for the hand-edited files of data/ (formats in data/README.md).
 * Each spec maps CSV columns to the schema's fields; the schema itself does the checking.
 */
import { AreaGroup, Indicator, LegalAct, Milestone, Observation, Organisation, Phase, Programme, Source } from "../schema";
import { area, figure, list, nullable, optional, yesNo } from "./cells";
import type { RowSpec } from "./rows";

const ID_HINT = "use lower-case letters, digits, - or _ (e.g. tmsv3-cases-2024)";
const PARTIAL_DATE_HINT = "write the date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023 or 2023-08)";
const FULL_DATE_HINT = "write the date as YYYY-MM-DD (e.g. 2025-06-16)";
const LANG_HINT = "write vi, en or fr";
const AREA_HINT = "write a unit id like pre2025:450 or a group like group:bo-trach-dong-hoi";
const NAME_HINT = "write the name; it cannot be empty";

export const SOURCE_COLUMNS = ["id", "publisher", "title", "language", "published_on", "url", "note"] as const;
/** How a source is known (data/README.md): optional, so a file written before they existed still reads. */
export const SOURCE_OPTIONAL_COLUMNS = ["translation_of", "translation_publisher", "translation_url", "title_basis", "publisher_basis"] as const;
export const sourceSpec: RowSpec<Source> = {
  schema: Source,
  build: (r) => ({
    id: r.cells.id,
    publisher: r.cells.publisher,
    title: r.cells.title,
    language: r.cells.language,
    publishedOn: nullable(r.cells.published_on ?? ""),
    url: r.cells.url,
    note: optional(r.cells.note ?? ""),
    // Optional columns (provenance): a file written before they existed still reads.
    translationOf: optional(r.cells.translation_of ?? ""),
    translationPublisher: optional(r.cells.translation_publisher ?? ""),
    translationUrl: optional(r.cells.translation_url ?? ""),
    titleBasis: optional(r.cells.title_basis ?? ""),
    publisherBasis: optional(r.cells.publisher_basis ?? ""),
  }),
  columnOf: {
    publishedOn: "published_on",
    translationOf: "translation_of",
    translationPublisher: "translation_publisher",
    translationUrl: "translation_url",
    titleBasis: "title_basis",
    publisherBasis: "publisher_basis",
  },
  hints: {
    id: ID_HINT,
    publisher: "write the publisher as the document shows it",
    title: "write the document's title",
    language: LANG_HINT,
    published_on: `${PARTIAL_DATE_HINT}; leave empty when the document is undated`,
    translation_of: "when the quotes come from a translation, the original's language (vi, en or fr); empty otherwise",
    title_basis: "write stated (the document gives it) or address (reconstructed from its address); empty = stated",
    publisher_basis: "write stated, attributed (the document names none; from secondary notes) or author (cited by its author); empty = stated",
  },
};

export const INDICATOR_COLUMNS = ["id", "name_vi", "name_en", "name_fr", "unit_vi", "unit_en", "kind", "additive", "definition_vi", "definition_en"] as const;
export const indicatorSpec: RowSpec<Indicator> = {
  schema: Indicator,
  build: (r, bad) => ({
    id: r.cells.id,
    nameVi: r.cells.name_vi,
    nameEn: r.cells.name_en,
    nameFr: optional(r.cells.name_fr ?? ""),
    unitVi: r.cells.unit_vi,
    unitEn: r.cells.unit_en,
    // Optional column: a file written before it existed still reads (French then uses unit_en).
    unitFr: optional(r.cells.unit_fr ?? ""),
    kind: r.cells.kind,
    additive: yesNo(r.cells.additive ?? "", "additive", bad),
    definitionVi: r.cells.definition_vi,
    definitionEn: r.cells.definition_en,
  }),
  columnOf: {
    nameVi: "name_vi",
    nameEn: "name_en",
    nameFr: "name_fr",
    unitVi: "unit_vi",
    unitEn: "unit_en",
    unitFr: "unit_fr",
    definitionVi: "definition_vi",
    definitionEn: "definition_en",
  },
  hints: {
    id: ID_HINT,
    name_vi: NAME_HINT,
    name_en: NAME_HINT,
    unit_vi: "write the unit of measure (e.g. người)",
    unit_en: "write the unit of measure (e.g. people)",
    unit_fr: "write the unit of measure in French (e.g. personnes), or leave it empty",
    kind: "write count (drawn as symbols) or rate (drawn as a choropleth)",
    definition_vi: "write a one-line definition",
    definition_en: "write a one-line definition",
  },
};

export const ORGANISATION_COLUMNS = ["id", "name_vi", "name_en", "aliases", "note"] as const;
export const organisationSpec: RowSpec<Organisation> = {
  schema: Organisation,
  build: (r) => ({
    id: r.cells.id,
    nameVi: r.cells.name_vi,
    nameEn: r.cells.name_en,
    aliases: list(r.cells.aliases ?? ""),
    note: optional(r.cells.note ?? ""),
  }),
  columnOf: { nameVi: "name_vi", nameEn: "name_en" },
  hints: { id: ID_HINT, name_vi: NAME_HINT, name_en: NAME_HINT },
};

export const PROGRAMME_COLUMNS = ["id", "name_vi", "name_en", "note"] as const;
export const programmeSpec: RowSpec<Programme> = {
  schema: Programme,
  build: (r) => ({
    id: r.cells.id,
    nameVi: r.cells.name_vi,
    nameEn: r.cells.name_en,
    note: optional(r.cells.note ?? ""),
  }),
  columnOf: { nameVi: "name_vi", nameEn: "name_en" },
  hints: { id: ID_HINT, name_vi: NAME_HINT, name_en: NAME_HINT },
};

export const PHASE_COLUMNS = ["id", "programme_id", "name_vi", "name_en", "start", "end", "areas", "source_ids", "note"] as const;
export const phaseSpec: RowSpec<Phase> = {
  schema: Phase,
  build: (r) => ({
    id: r.cells.id,
    programmeId: r.cells.programme_id,
    nameVi: r.cells.name_vi,
    nameEn: r.cells.name_en,
    start: r.cells.start,
    end: r.cells.end,
    areas: list(r.cells.areas ?? "").map(area),
    sourceIds: list(r.cells.source_ids ?? ""),
    note: optional(r.cells.note ?? ""),
  }),
  columnOf: { programmeId: "programme_id", nameVi: "name_vi", nameEn: "name_en", sourceIds: "source_ids" },
  hints: {
    id: ID_HINT,
    programme_id: "write the id of a row of programmes.csv",
    name_vi: NAME_HINT,
    name_en: NAME_HINT,
    start: PARTIAL_DATE_HINT,
    end: PARTIAL_DATE_HINT,
    areas: `${AREA_HINT}; separate several with ;`,
    source_ids: "write at least one id from sources.csv; separate several with ;",
  },
};

export const MILESTONE_COLUMNS = ["id", "date", "label_vi", "label_en", "kind", "source_ids"] as const;
export const MILESTONE_OPTIONAL_COLUMNS = ["programme_id", "quote_lang", "quote", "label_fr"] as const;
export const milestoneSpec: RowSpec<Milestone> = {
  schema: Milestone,
  build: (r) => ({
    id: r.cells.id,
    date: r.cells.date,
    labelVi: r.cells.label_vi,
    labelEn: r.cells.label_en,
    labelFr: optional(r.cells.label_fr ?? ""),
    kind: r.cells.kind,
    sourceIds: list(r.cells.source_ids ?? ""),
    // Optional columns: a file written before they existed still reads.
    programmeId: optional(r.cells.programme_id ?? ""),
    quote: optional(r.cells.quote ?? ""),
    quoteLang: optional(r.cells.quote_lang ?? ""),
  }),
  columnOf: { labelVi: "label_vi", labelEn: "label_en", labelFr: "label_fr", sourceIds: "source_ids", programmeId: "programme_id", quoteLang: "quote_lang" },
  hints: {
    id: ID_HINT,
    date: PARTIAL_DATE_HINT,
    label_vi: "write a short label",
    label_en: "write a short label",
    kind: "write programme, reorganisation or event",
    source_ids: "write at least one id from sources.csv; separate several with ;",
  },
};

export const GROUP_COLUMNS = ["id", "vintage", "name_vi", "name_en", "members", "note"] as const;
export const groupSpec: RowSpec<AreaGroup> = {
  schema: AreaGroup,
  build: (r) => ({
    id: r.cells.id,
    vintage: r.cells.vintage,
    nameVi: r.cells.name_vi,
    nameEn: r.cells.name_en,
    members: list(r.cells.members ?? ""),
    note: optional(r.cells.note ?? ""),
  }),
  columnOf: { nameVi: "name_vi", nameEn: "name_en" },
  hints: {
    id: ID_HINT,
    vintage: "write pre2025 or post2025",
    name_vi: NAME_HINT,
    name_en: NAME_HINT,
    members: "list at least two unit ids of the group's vintage, separated by ; (e.g. pre2025:455;pre2025:450)",
  },
};

export const OBSERVATION_COLUMNS = [
  "id",
  "indicator_id",
  "value",
  "qualifier",
  "period_start",
  "period_end",
  "reported_on",
  "area",
  "programme_id",
  "phase_id",
  "partner_ids",
  "source_id",
  "quote_lang",
  "quote",
  "same_as",
  "note",
] as const;
export const observationSpec: RowSpec<Observation> = {
  schema: Observation,
  build: (r, bad) => ({
    id: r.cells.id,
    indicatorId: r.cells.indicator_id,
    value: figure(r.cells.value ?? "", "value", bad),
    qualifier: optional(r.cells.qualifier ?? ""),
    periodStart: r.cells.period_start,
    periodEnd: r.cells.period_end,
    reportedOn: nullable(r.cells.reported_on ?? ""),
    area: area(r.cells.area ?? ""),
    programmeId: r.cells.programme_id,
    phaseId: nullable(r.cells.phase_id ?? ""),
    partnerIds: list(r.cells.partner_ids ?? ""),
    sourceId: r.cells.source_id,
    quote: r.cells.quote,
    quoteLang: r.cells.quote_lang,
    sameAs: optional(r.cells.same_as ?? ""),
    // Optional columns (empty = stated / none), so files written before them still read.
    periodBasis: optional(r.cells.period_basis ?? ""),
    areaBasis: optional(r.cells.area_basis ?? ""),
    inconsistentWith: list(r.cells.inconsistent_with ?? ""),
    note: optional(r.cells.note ?? ""),
  }),
  columnOf: {
    indicatorId: "indicator_id",
    periodStart: "period_start",
    periodEnd: "period_end",
    reportedOn: "reported_on",
    programmeId: "programme_id",
    phaseId: "phase_id",
    partnerIds: "partner_ids",
    sourceId: "source_id",
    quoteLang: "quote_lang",
    sameAs: "same_as",
    periodBasis: "period_basis",
    areaBasis: "area_basis",
    inconsistentWith: "inconsistent_with",
  },
  hints: {
    id: ID_HINT,
    period_basis: "write stated (the source gives the period) or inferred (taken from elsewhere); empty means stated",
    area_basis: "write stated (the source names the area) or inferred (taken from elsewhere); empty means stated",
    inconsistent_with: "write ids of observations.csv rows of the same source that do not square with this one, separated by ;",
    indicator_id: "write the id of a row of indicators.csv",
    qualifier: "write exact, at_least (for 'more than 541') or about; empty means exact",
    period_start: PARTIAL_DATE_HINT,
    period_end: PARTIAL_DATE_HINT,
    reported_on: `${PARTIAL_DATE_HINT}; leave empty when unknown`,
    area: AREA_HINT,
    programme_id: "write the id of a row of programmes.csv",
    phase_id: "write the id of a row of phases.csv, or leave empty",
    partner_ids: "write ids from organisations.csv separated by ;",
    source_id: "write the id of a row of sources.csv",
    quote: "copy the sentence the figure comes from, verbatim, in the source's language",
    quote_lang: LANG_HINT,
    same_as: ID_HINT,
  },
};

export const LEGAL_ACT_COLUMNS = ["id", "number", "title_vi", "title_en", "issuer", "adopted_on", "operative_from", "url"] as const;
export const legalActSpec: RowSpec<LegalAct> = {
  schema: LegalAct,
  build: (r) => ({
    id: r.cells.id,
    number: r.cells.number,
    titleVi: r.cells.title_vi,
    titleEn: r.cells.title_en,
    issuer: r.cells.issuer,
    adoptedOn: r.cells.adopted_on,
    operativeFrom: optional(r.cells.operative_from ?? ""),
    url: r.cells.url,
  }),
  columnOf: { titleVi: "title_vi", titleEn: "title_en", adoptedOn: "adopted_on", operativeFrom: "operative_from" },
  hints: {
    id: ID_HINT,
    number: "write the act's number as printed, e.g. 1680/NQ-UBTVQH15",
    title_vi: NAME_HINT,
    title_en: NAME_HINT,
    issuer: "write the issuing body",
    adopted_on: FULL_DATE_HINT,
    operative_from: `${FULL_DATE_HINT}; leave empty when the same as adoption`,
  },
};

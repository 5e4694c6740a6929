/**
 * The one data model of Results Atlas, shared by the pipeline (Node) and the app (browser).
 * It imports nothing from either side: only zod.
 *
 * Every generated file carries `schemaVersion`; bump SCHEMA_VERSION whenever a generated
 * file changes shape, so an app never reads a file it does not understand.
 */
import { z } from "zod";
import { SCHEMA_VERSION, UNIT_ID_PATTERN } from "./basics";

// In a browser, zod's compiled parsers (and the probe for them made when a schema is built)
// use `new Function`, which the app's Content-Security-Policy forbids (vite.config.ts): even
// the swallowed probe is reported as a violation. Jitless parsing gives the same results
// without eval. It must be set here, before the first schema below; Node (the pipeline)
// keeps the faster compiled parsers.
// A Web Worker (the partner preview checks files in one) has no document but the same policy.
if (typeof document !== "undefined" || typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== "undefined") z.config({ jitless: true });

// SCHEMA_VERSION lives in ./basics.ts (the app reads it without zod) and is re-exported below.

// ---------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------

/** A full calendar date, ISO 8601 `YYYY-MM-DD`, checked to exist (no 2025-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written YYYY-MM-DD")
  .refine(isRealDate, "this date does not exist in the calendar");

/**
 * A date at the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Sources often say "2023–2025"; we keep that precision instead of inventing days.
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isRealDate, "this date does not exist in the calendar");

function isRealDate(s: string): boolean {
  const [y, m = "01", d = "01"] = s.split("-");
  const yy = Number(y);
  const mm = Number(m);
  const dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const last = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
  return dd <= last;
}

export const Lang = z.enum(["vi", "en", "fr"]);
export type Lang = z.infer<typeof Lang>;

/** Boundary vintage: the map before or after the reorganisation of 1 July 2025. */
export const Vintage = z.enum(["pre2025", "post2025"]);
export type Vintage = z.infer<typeof Vintage>;

/** `${vintage}:${gsoCode}`, e.g. `pre2025:450` (Đồng Hới city) or `post2025:44` (new Quảng Trị). */
export const UnitId = z
  .string()
  .regex(UNIT_ID_PATTERN, "expected a unit id like pre2025:450");
export type UnitId = z.infer<typeof UnitId>;

export function unitId(vintage: Vintage, code: string): UnitId {
  return `${vintage}:${code}`;
}
export function parseUnitId(id: UnitId): { vintage: Vintage; code: string } {
  const i = id.indexOf(":");
  return { vintage: id.slice(0, i) as Vintage, code: id.slice(i + 1) };
}

const Slug = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "expected lower-case letters, digits, - or _");

/** How a figure is stated: "541" (exact), "more than 541" (at_least), "about 500" (about). */
export const Qualifier = z.enum(["exact", "at_least", "about"]);
export type Qualifier = z.infer<typeof Qualifier>;

/** A number as published, with the source that published it (areas, populations). */
export const SourcedNumber = z.object({
  value: z.number().finite().nonnegative(),
  /**
   * "more than 12,699 km²" is stored as 12699 with `at_least`. Absent means exact: optional (not
   * defaulted) so files written before it existed stay valid and unchanged.
   */
  qualifier: Qualifier.optional(),
  /** What the figure refers to: a census year, a reference date, "2017". */
  asOf: z.string().optional(),
  /** Where the figure comes from, in words (several admin facts cite compound sources). */
  source: z.string().min(1),
  /** Set when this value disagrees with another one for the same unit. */
  conflict: z.boolean().default(false),
  note: z.string().optional(),
});
export type SourcedNumber = z.infer<typeof SourcedNumber>;

// ---------------------------------------------------------------------------
// Administrative units, groups and the crosswalk between vintages
// ---------------------------------------------------------------------------

export const UnitLevel = z.enum(["province", "district", "commune"]);
export type UnitLevel = z.infer<typeof UnitLevel>;

/**
 * Vietnamese unit types. `thanh_pho_tw`: centrally-run city (province level);
 * `thanh_pho`: provincial city (district level); `thi_xa`: town; `thi_tran`: township.
 */
export const UnitType = z.enum(["tinh", "thanh_pho_tw", "thanh_pho", "huyen", "thi_xa", "xa", "phuong", "thi_tran"]);
export type UnitType = z.infer<typeof UnitType>;

export const Unit = z.object({
  id: UnitId,
  vintage: Vintage,
  /** Official statistics-office (GSO / Cục Thống kê) code. */
  code: z.string().regex(/^\d{2,5}$/, "expected a GSO code of 2 to 5 digits"),
  level: UnitLevel,
  type: UnitType,
  /** Full name with diacritics, e.g. "Thành phố Đồng Hới". */
  nameVi: z.string().min(1),
  /** Short name with diacritics, e.g. "Đồng Hới" (for labels). */
  shortVi: z.string().min(1),
  /** ASCII / English name, e.g. "Dong Hoi City". */
  nameEn: z.string().min(1),
  parent: UnitId.nullable(),
  /** ISO 3166-2 code for provinces where one exists. */
  iso3166: z.string().optional(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  /** True when the shipped boundaries have a polygon for this unit. */
  hasGeometry: z.boolean(),
  areaKm2: z.array(SourcedNumber).default([]),
  population: z.array(SourcedNumber).default([]),
  adminCentre: z.string().optional(),
  note: z.string().optional(),
});
export type Unit = z.infer<typeof Unit>;

/** A named set of units of one vintage that a source reports on together (e.g. "Bố Trạch + Đồng Hới"). */
export const AreaGroup = z.object({
  id: Slug,
  vintage: Vintage,
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  members: z.array(UnitId).min(2, "a group needs at least two units"),
  note: z.string().optional(),
});
export type AreaGroup = z.infer<typeof AreaGroup>;

/** A legal act of the reorganisation. */
export const LegalAct = z.object({
  id: Slug,
  /** e.g. "1680/NQ-UBTVQH15". */
  number: z.string().min(1),
  titleVi: z.string().min(1),
  titleEn: z.string().min(1),
  issuer: z.string().min(1),
  adoptedOn: IsoDate,
  /** Date the new local governments began operating, where different from adoption. */
  operativeFrom: IsoDate.optional(),
  url: z.string(),
});
export type LegalAct = z.infer<typeof LegalAct>;

/**
 * `whole`: the old unit went entirely into the new one (its figures may move there).
 * `split`: parts of the old unit went into several new units (its figures stay with it).
 */
export const CrosswalkRelation = z.enum(["whole", "split"]);
export type CrosswalkRelation = z.infer<typeof CrosswalkRelation>;

export const CrosswalkLink = z.object({
  from: UnitId,
  /** One target for `whole`; two or more for `split`. */
  to: z.array(UnitId).min(1),
  relation: CrosswalkRelation,
  legalActId: Slug,
  /** Article and clause, e.g. "Art.1 cl.27". */
  clause: z.string().optional(),
  /** The clause's words, verbatim, in Vietnamese. */
  text: z.string().optional(),
  note: z.string().optional(),
});
export type CrosswalkLink = z.infer<typeof CrosswalkLink>;

// ---------------------------------------------------------------------------
// Programme, sources, indicators, observations
// ---------------------------------------------------------------------------

/**
 * How a source's title or publisher is known. Absent means `stated`: the document itself gives it.
 * Title: `address` — reconstructed from the words of its web address.
 * Publisher: `attributed` — the document names none; the name comes from secondary notes, unverified;
 * `author` — the document names its author but no publisher, so it is cited by its author.
 */
export const TitleBasis = z.enum(["stated", "address"]);
export type TitleBasis = z.infer<typeof TitleBasis>;
export const PublisherBasis = z.enum(["stated", "attributed", "author"]);
export type PublisherBasis = z.infer<typeof PublisherBasis>;

export const Source = z.object({
  id: Slug,
  /** Who published it; with `publisherBasis` `author`, the author it is cited by. */
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** The language of the text the quotes come from (a translation's language when `translationOf` is set). */
  language: Lang,
  /** Publication date at the precision known; null when the source is undated. */
  publishedOn: PartialDate.nullable(),
  /**
   * Public address of the original document; empty when the text gives none (cite the publisher
   * then). When `translationOf` is set, the quoted sentences are NOT on this page: it is the original's.
   */
  url: z.string(),
  note: z.string().optional(),
  /** Set when the quotes come from a translation: the language the original is written in. */
  translationOf: Lang.optional(),
  /** Who published the translation that is quoted. */
  translationPublisher: z.string().min(1).optional(),
  /** Address of the translation that is quoted; absent when it was not kept. */
  translationUrl: z.string().min(1).optional(),
  titleBasis: TitleBasis.optional(),
  publisherBasis: PublisherBasis.optional(),
});
export type Source = z.infer<typeof Source>;

export const Indicator = z.object({
  id: Slug,
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  nameFr: z.string().optional(),
  unitVi: z.string().min(1),
  unitEn: z.string().min(1),
  /** French unit word ("cas", "personnes"); absent: French falls back to the English word. */
  unitFr: z.string().optional(),
  /** count: drawn as proportional symbols; rate: drawn as a choropleth. */
  kind: z.enum(["count", "rate"]),
  /** Whether values may be added across areas and periods. */
  additive: z.boolean(),
  definitionVi: z.string().min(1),
  definitionEn: z.string().min(1),
});
export type Indicator = z.infer<typeof Indicator>;

export const Organisation = z.object({
  id: Slug,
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  note: z.string().optional(),
});
export type Organisation = z.infer<typeof Organisation>;

export const Programme = z.object({
  id: Slug,
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  note: z.string().optional(),
});
export type Programme = z.infer<typeof Programme>;

/** An area reference: exactly one unit, or a named group of units. Handle both kinds exhaustively. */
export const AreaRef = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("unit"), unit: UnitId }),
  z.object({ kind: z.literal("group"), group: Slug }),
]);
export type AreaRef = z.infer<typeof AreaRef>;

export const Phase = z.object({
  id: Slug,
  programmeId: Slug,
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  start: PartialDate,
  end: PartialDate,
  areas: z.array(AreaRef),
  sourceIds: z.array(Slug).min(1),
  note: z.string().optional(),
});
export type Phase = z.infer<typeof Phase>;

export const Milestone = z.object({
  id: Slug,
  date: PartialDate,
  labelVi: z.string().min(1),
  labelEn: z.string().min(1),
  /** French label; absent: the English one is shown in French. */
  labelFr: z.string().min(1).optional(),
  kind: z.enum(["programme", "reorganisation", "event"]),
  sourceIds: z.array(Slug).min(1),
  /** The programme the milestone belongs to, if any. */
  programmeId: Slug.optional(),
  /** The sentence the date comes from, in the language of the first source. */
  quote: z.string().min(1).optional(),
  quoteLang: Lang.optional(),
});
export type Milestone = z.infer<typeof Milestone>;

/** A partner of a programme (or of one phase), in the role one source gives it, with the sentence that says so. */
export const Partnership = z.object({
  organisationId: Slug,
  programmeId: Slug,
  /** Null: the source speaks of the programme as a whole. */
  phaseId: Slug.nullable(),
  roleVi: z.string().min(1),
  roleEn: z.string().min(1),
  roleFr: z.string().min(1),
  sourceId: Slug,
  quoteLang: Lang,
  quote: z.string().min(1),
});
export type Partnership = z.infer<typeof Partnership>;

/**
 * What a source says about a programme, a phase or a place that is not a figure: its name and
 * aims, how cases are handled, a target (never a result), a story told by place and role (never
 * by a person's name), or a caveat: dates that disagree (`conflict`) or a doubtful unit value
 * (`quality`), shown with a conflict mark wherever the thing it qualifies is shown.
 */
export const ContextKind = z.enum(["name", "aim", "process", "target", "story", "conflict", "quality"]);
export type ContextKind = z.infer<typeof ContextKind>;

/** `programme:tmsv`, `phase:tmsv3`, `unit:post2025:19141`. */
export const ContextSubject = z.string().regex(/^(programme:[a-z0-9][a-z0-9_-]*|phase:[a-z0-9][a-z0-9_-]*|unit:(pre2025|post2025):[0-9]+)$/, "expected programme:ID, phase:ID or unit:UNIT-ID");
export type ContextSubject = z.infer<typeof ContextSubject>;

export const ContextNote = z.object({
  id: Slug,
  subjects: z.array(ContextSubject).min(1),
  kind: ContextKind,
  textVi: z.string().min(1),
  textEn: z.string().min(1),
  textFr: z.string().min(1),
  /** Documents of sources.csv; empty when the statement rests on the admin facts (then `basis` names the file). */
  sourceIds: z.array(Slug),
  /** Where the quote is, when it is not a document of sources.csv (a file of data/admin). */
  basis: z.string().min(1).optional(),
  quoteLang: Lang,
  /** The sentence the statement rests on; "[…]" marks words left out (a person's name). */
  quote: z.string().min(1),
});
export type ContextNote = z.infer<typeof ContextNote>;
/**
 * Whether the source itself gives a figure's period (or area) — in the quoted sentence or the
 * passage around it — or whether the atlas took it from elsewhere (a phase's span given in
 * another part of the article, when the source says only "thời gian qua", "in the recent period").
 * An inferred period or area is marked wherever it is shown.
 */
export const Basis = z.enum(["stated", "inferred"]);
export type Basis = z.infer<typeof Basis>;

/** One figure, exactly as a source reports it, attached to the area the source names. */
export const Observation = z.object({
  id: Slug,
  indicatorId: Slug,
  value: z.number().finite().nonnegative(),
  /** "more than 541" is stored as 541 with qualifier `at_least`. */
  qualifier: Qualifier.default("exact"),
  /** The span the figure covers, at the precision the source gives. */
  periodStart: PartialDate,
  periodEnd: PartialDate,
  /** When the source reported it. */
  reportedOn: PartialDate.nullable(),
  area: AreaRef,
  programmeId: Slug,
  phaseId: Slug.nullable(),
  partnerIds: z.array(Slug),
  sourceId: Slug,
  /** The sentence the figure comes from, verbatim, in the source's language. */
  quote: z.string().min(1),
  quoteLang: Lang,
  /** Observations of the same thing share a key; when their values differ, both are kept and shown. */
  sameAs: Slug.optional(),
  /** How the period was established; defaulted so files written before it existed stay valid. */
  periodBasis: Basis.default("stated"),
  /** How the area was established (see Basis). */
  areaBasis: Basis.default("stated"),
  /**
   * Figures of the same source that do not square with each other (169 livelihood packages and
   * 189 selected, against 140 cases supported): shown beside this figure so the reader sees the
   * source's own inconsistency. Ids of observations with the same `sourceId`; may include this one.
   */
  inconsistentWith: z.array(Slug).default([]),
  note: z.string().optional(),
});
export type Observation = z.infer<typeof Observation>;

/**
 * One figure a partner organisation submits in the partner format (src/schema/partner.ts gives
 * the columns; data/README.md, "Partners' records"). Kept apart from `Observation`: a partner's
 * records are published in a file of their own (partner_records.json) and never enter the
 * programme's figures or totals. Its area is the unit the file names, in the vintage it names it
 * in; a view carries it to the other vintage by the same rule as every figure (src/model/carry.ts).
 */
export const PartnerRecord = z.object({
  /** The organisation that submitted the record, as it writes its name. */
  partner: z.string().min(1),
  area: UnitId,
  /** The area as the file writes it (a code or a name), shown beside the unit it matched. */
  areaAsWritten: z.string().min(1),
  /** A month (`YYYY-MM`, both ends the same) or a period's first and last days (`YYYY-MM-DD`). */
  periodStart: PartialDate,
  periodEnd: PartialDate,
  indicatorId: Slug,
  value: z.number().finite().nonnegative(),
  sourcePublisher: z.string().min(1),
  sourceDate: IsoDate,
  /** Empty when the source has no address: the publisher is then cited as written. */
  sourceUrl: z.string(),
  /** The sentence the figure comes from, verbatim. */
  quote: z.string().min(1),
  quoteLang: Lang,
  /** Where the record was read: the partner file (data/partner_records/NAME.csv, or the dropped file's name) and its line. */
  file: z.string().min(1),
  line: z.number().int().positive(),
});
export type PartnerRecord = z.infer<typeof PartnerRecord>;

// ---------------------------------------------------------------------------
// Generated files (public/data/*.json)
// ---------------------------------------------------------------------------

const Versioned = { schemaVersion: z.literal(SCHEMA_VERSION) };

export const UnitsFile = z.object({
  ...Versioned,
  units: z.array(Unit),
  groups: z.array(AreaGroup),
});
export type UnitsFile = z.infer<typeof UnitsFile>;

export const CrosswalkFile = z.object({
  ...Versioned,
  legalActs: z.array(LegalAct),
  links: z.array(CrosswalkLink),
});
export type CrosswalkFile = z.infer<typeof CrosswalkFile>;

export const FiguresFile = z.object({
  ...Versioned,
  sources: z.array(Source),
  indicators: z.array(Indicator),
  organisations: z.array(Organisation),
  programmes: z.array(Programme),
  phases: z.array(Phase),
  milestones: z.array(Milestone),
  observations: z.array(Observation),
  /** Optional, so figures files written before they existed stay valid. */
  partnerships: z.array(Partnership).optional(),
  context: z.array(ContextNote).optional(),
});
export type FiguresFile = z.infer<typeof FiguresFile>;

/** A column of indexes into one of the file's tables; -1 where the column allows "none". */
const IndexColumn = z.array(z.number().int().min(-1));

/**
 * The figures of one indicator (in one vintage, or every vintage) column by column, for a national
 * dataset that figures.json's one object per figure cannot hold (src/model/figureColumns.ts writes
 * and reads it; docs/scale.md says why). Each column has one entry per figure, in file order; the
 * strings shown per figure (dates, sources, quotes, …) are tables read by index. Nothing in it
 * differs from an Observation: `storeFromColumns` gives every figure back whole.
 */
export const FigureColumnsFile = z
  .object({
    ...Versioned,
    indicatorId: Slug,
    /** The vintage every area of the file belongs to; null when the file holds both. */
    vintage: Vintage.nullable(),
    length: z.number().int().nonnegative(),
    ids: z.array(Slug),
    areas: z.array(AreaRef),
    dates: z.array(PartialDate),
    clusters: z.array(Slug),
    programmes: z.array(Slug),
    sources: z.array(Slug),
    quotes: z.array(z.string().min(1)),
    phases: z.array(Slug),
    columns: z.object({
      area: IndexColumn,
      periodStart: IndexColumn,
      periodEnd: IndexColumn,
      reportedOn: IndexColumn,
      value: z.array(z.number().finite().nonnegative()),
      /** 0 exact, 1 at_least, 2 about. */
      qualifier: IndexColumn,
      cluster: IndexColumn,
      programme: IndexColumn,
      source: IndexColumn,
      quote: IndexColumn,
      phase: IndexColumn,
      /** 0 vi, 1 en, 2 fr. */
      quoteLang: IndexColumn,
      /** 0 stated, 1 inferred. */
      periodBasis: IndexColumn,
      areaBasis: IndexColumn,
    }),
    /** The fields few figures have, by row. */
    rare: z.array(
      z.object({
        row: z.number().int().nonnegative(),
        sameAs: Slug.optional(),
        partnerIds: z.array(Slug).optional(),
        inconsistentWith: z.array(Slug).optional(),
        note: z.string().optional(),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    const n = file.length;
    if (file.ids.length !== n) ctx.addIssue({ code: "custom", path: ["ids"], message: `expected ${n} ids, one per figure, found ${file.ids.length}` });
    // Each column: one entry per figure, each index inside its table (or -1 where "none" is allowed).
    const tables: Record<keyof typeof file.columns, { size: number; none: boolean } | null> = {
      area: { size: file.areas.length, none: false },
      periodStart: { size: file.dates.length, none: false },
      periodEnd: { size: file.dates.length, none: false },
      reportedOn: { size: file.dates.length, none: true },
      value: null,
      qualifier: { size: 3, none: false },
      cluster: { size: file.clusters.length, none: true },
      programme: { size: file.programmes.length, none: false },
      source: { size: file.sources.length, none: false },
      quote: { size: file.quotes.length, none: false },
      phase: { size: file.phases.length, none: true },
      quoteLang: { size: 3, none: false },
      periodBasis: { size: 2, none: false },
      areaBasis: { size: 2, none: false },
    };
    for (const [name, table] of Object.entries(tables) as [keyof typeof file.columns, { size: number; none: boolean } | null][]) {
      const column = file.columns[name];
      if (column.length !== n) {
        ctx.addIssue({ code: "custom", path: ["columns", name], message: `expected ${n} entries, one per figure, found ${column.length}` });
        continue;
      }
      if (table === null) continue;
      const bad = column.findIndex((i) => i >= table.size || (i < 0 && !table.none));
      if (bad >= 0) ctx.addIssue({ code: "custom", path: ["columns", name, bad], message: `index ${column[bad]} is outside its table (${table.size} entries)` });
    }
    const badRow = file.rare.findIndex((r) => r.row >= n);
    if (badRow >= 0) ctx.addIssue({ code: "custom", path: ["rare", badRow, "row"], message: `row ${file.rare[badRow]!.row} is past the last figure (${n})` });
  });
export type FigureColumnsFile = z.infer<typeof FigureColumnsFile>;

/** Partners' records added with `npm run data -- --add FILE`: their own file, never mixed into figures.json. */
export const PartnerRecordsFile = z.object({
  ...Versioned,
  /** The partner files in data/partner_records/, in name order. */
  files: z.array(z.string().min(1)),
  records: z.array(PartnerRecord),
});
export type PartnerRecordsFile = z.infer<typeof PartnerRecordsFile>;

/** Boundaries are TopoJSON; we check the envelope and the object names we rely on. */
export const BoundaryObjectName = z.enum(["provinces_pre2025", "provinces_post2025", "districts_pre2025", "neighbours", "sea_mask", "communes_post2025"]);
export type BoundaryObjectName = z.infer<typeof BoundaryObjectName>;

export const BoundariesFile = z
  .object({
    ...Versioned,
    type: z.literal("Topology"),
    objects: z.record(z.string(), z.object({ type: z.string() }).passthrough()),
    arcs: z.array(z.unknown()),
    transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }).optional(),
    bbox: z.array(z.number()).optional(),
  })
  .passthrough();
export type BoundariesFile = z.infer<typeof BoundariesFile>;

export const Attribution = z.object({
  dataset: z.string().min(1),
  publisher: z.string().min(1),
  licence: z.string().min(1),
  /** The credit line to show wherever the data is drawn. */
  text: z.string().min(1),
  url: z.string(),
  usedIn: z.array(z.string()),
});
export type Attribution = z.infer<typeof Attribution>;

export const ManifestEntry = z.object({
  /** Path relative to public/data, e.g. "figures.json". */
  path: z.string().min(1),
  /** What the app uses the file for; lets views load only what they need. */
  role: z.enum(["units", "crosswalk", "figures", "figureColumns", "boundaries", "basemap", "communes", "areaReport", "stories", "partnerRecords"]),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.object({
  ...Versioned,
  /** ISO timestamp; from SOURCE_DATE_EPOCH or data/release.json so that builds reproduce. */
  generatedAt: z.string(),
  dataVersion: z.string(),
  files: z.array(ManifestEntry),
  attribution: z.array(Attribution),
});
export type Manifest = z.infer<typeof Manifest>;

/** One drawn unit in the pipeline's area report (area_report.json): its polygon against its official area. */
export const AreaReportRow = z.object({
  layer: z.enum(["provinces_pre2025", "provinces_post2025", "districts_pre2025", "communes_post2025"]),
  /** Unit id; for a commune that is context only, `province id|name`. */
  key: z.string().min(1),
  name: z.string().min(1),
  /** km², the unit's first area in units.json (data/admin); null when the admin facts give none. */
  officialKm2: z.number().nullable(),
  officialSource: z.string().nullable(),
  /** km², on the sphere, of the polygon as shipped (simplified, quantised). */
  drawnKm2: z.number(),
  /** km², of the source file's polygon before simplification. */
  sourceKm2: z.number().nullable(),
  /** (drawn − official) / official, percent; null without an official area. */
  deviationPct: z.number().nullable(),
  /** Why a unit is more than `tolerancePct` off, where the numbers show it. */
  reason: z.string().nullable(),
});
export type AreaReportRow = z.infer<typeof AreaReportRow>;

export const AreaReportFile = z.object({
  ...Versioned,
  tolerancePct: z.number(),
  summary: z.array(z.object({ layer: AreaReportRow.shape.layer, drawn: z.number().int(), withOfficialArea: z.number().int(), withinTolerance: z.number().int() })),
  /** Worst first; units without an official area last. */
  rows: z.array(AreaReportRow),
});
export type AreaReportFile = z.infer<typeof AreaReportFile>;
/** Text of a story in each language; French optional (the app falls back to English). */
export const StoryText = z.object({ vi: z.string().min(1), en: z.string().min(1), fr: z.string().min(1).optional() });
export type StoryText = z.infer<typeof StoryText>;

/**
 * One slide: a saved view (every field optional; absent = the default view's value) with its
 * words. Written by the pipeline from data/stories/*.csv (src/pipeline/stories.ts).
 */
export const StorySlide = z.object({
  title: StoryText,
  caption: StoryText,
  notes: StoryText.optional(),
  view: z.enum(["explorer", "compare", "national"]),
  vintage: z.enum(["pre2025", "post2025"]).optional(),
  indicator: Slug.optional(),
  period: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  programme: Slug.optional(),
  selection: z.array(UnitId),
  map: z.object({ longitude: z.number(), latitude: z.number(), zoom: z.number() }).optional(),
  compare: z.enum(["swipe", "side"]).optional(),
  swipe: z.number().min(0).max(100).optional(),
});
export type StorySlide = z.infer<typeof StorySlide>;

export const Story = z.object({ id: Slug, title: StoryText, slides: z.array(StorySlide).min(1) });
export type Story = z.infer<typeof Story>;

export const StoriesFile = z.object({ ...Versioned, stories: z.array(Story) });
export type StoriesFile = z.infer<typeof StoriesFile>;

/** The schema of each generated file, keyed by role, for the app's loader and the pipeline's self-check. */
export const FILE_SCHEMAS = {
  units: UnitsFile,
  crosswalk: CrosswalkFile,
  figures: FiguresFile,
  /** Figures of one indicator, column by column (a national dataset); the manifest may list many. */
  figureColumns: FigureColumnsFile,
  boundaries: BoundariesFile,
  basemap: BoundariesFile,
  /** The communes from 1 July 2025 of the focus provinces, loaded only by the map that draws them. */
  communes: BoundariesFile,
  areaReport: AreaReportFile,
  stories: StoriesFile,
  /** Partners' records (data/partner_records/): written only when there are some; the programme's totals never read it. */
  partnerRecords: PartnerRecordsFile,
} as const;
export type FileRole = keyof typeof FILE_SCHEMAS;

// Partial-date helpers shared by the app (formatting, periods, chart marks), and the zod-free basics.
export * from "./partialDate";
export * from "./basics";

/**
 * Stories for presentation mode: data/stories/<story-id>.csv, one row per slide, in order.
 * Each slide is a saved view (screen, boundaries, indicator, period, programme, selection, map
 * camera, compare layout) with a title, a caption and optional speaker notes in Vietnamese and
 * English (French optional). Every reference is checked against the data: an unknown area,
 * indicator, programme or period is a problem naming the file, line and column. The first
 * slide's title names the story. data/README.md ("Stories") shows how to write one.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_VERSION, type StoriesFile, type Story, type StorySlide, type StoryText, type Unit } from "../schema";
import { cell, readCsv, type CsvRow } from "./csv";
import type { ProblemList } from "./problems";

export const STORY_COLUMNS = [
  "title_vi", "title_en", "title_fr", "caption_vi", "caption_en", "caption_fr", "notes_vi", "notes_en", "notes_fr",
  "view", "vintage", "indicator", "period", "programme", "selection", "map", "compare", "swipe",
] as const;
const REQUIRED = ["title_vi", "title_en", "caption_vi", "caption_en", "view"] as const;
const STORY_ID = /^[a-z0-9][a-z0-9_-]*$/;

export interface StoryRefs {
  units: ReadonlyMap<string, Unit>;
  indicators: ReadonlySet<string>;
  programmes: ReadonlySet<string>;
  /** Whole years the data can show, inclusive. */
  years: { from: number; to: number };
}

/** Reads every story; null when data/stories does not exist (a data folder without stories). */
export function readStories(dataDir: string, refs: StoryRefs, problems: ProblemList): StoriesFile | null {
  const dir = join(dataDir, "stories");
  if (!existsSync(dir)) return null;
  const stories: Story[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".csv")).sort()) {
    const file = `data/stories/${name}`;
    const id = name.slice(0, -".csv".length);
    if (!STORY_ID.test(id)) {
      problems.add({ file, line: null, field: null, message: `"${id}" cannot name a story (it is the story's id in links)`, hint: "rename the file with lower-case letters, digits and - only, e.g. reorganisation.csv" });
      continue;
    }
    const csv = readCsv(join(dir, name), file, REQUIRED, problems, { known: STORY_COLUMNS, needsRows: true });
    if (csv === null) continue;
    if (csv.rows.length === 0) {
      problems.add({ file, line: null, field: null, message: "the story has no slides", hint: "add one row per slide below the header" });
      continue;
    }
    const slides = csv.rows.map((row) => parseSlide(row, file, refs, problems));
    const ok = slides.filter((s): s is StorySlide => s !== null);
    if (ok.length === slides.length) stories.push({ id, title: ok[0]!.title, slides: ok });
  }
  return { schemaVersion: SCHEMA_VERSION, stories };
}

function text(row: CsvRow, base: "title" | "caption" | "notes"): StoryText | undefined {
  const vi = cell(row, `${base}_vi`);
  const en = cell(row, `${base}_en`);
  const fr = cell(row, `${base}_fr`);
  if (vi === "" && en === "" && fr === "") return undefined;
  return { vi, en, ...(fr === "" ? {} : { fr }) };
}

function parseSlide(row: CsvRow, file: string, refs: StoryRefs, problems: ProblemList): StorySlide | null {
  const before = problems.size;
  const bad = (field: string, message: string, hint: string) => problems.add({ file, line: row.line, field, message, hint });

  const title = text(row, "title");
  const caption = text(row, "caption");
  const notes = text(row, "notes");
  for (const [base, t, required] of [["title", title, true], ["caption", caption, true], ["notes", notes, false]] as const) {
    if (t === undefined) {
      if (required) bad(`${base}_vi`, `the slide has no ${base}`, `write the ${base} in ${base}_vi and ${base}_en`);
      continue;
    }
    if (t.vi === "") bad(`${base}_vi`, `the ${base} has no Vietnamese text`, `every ${base} is written in Vietnamese and English`);
    if (t.en === "") bad(`${base}_en`, `the ${base} has no English text`, `every ${base} is written in Vietnamese and English`);
  }

  const view = cell(row, "view");
  if (view !== "explorer" && view !== "compare" && view !== "national") bad("view", `unknown screen "${view}"`, "write explorer, compare or national");

  const vintageRaw = cell(row, "vintage");
  const vintage = vintageRaw === "pre" ? "pre2025" : vintageRaw === "post" ? "post2025" : undefined;
  if (vintageRaw !== "" && vintage === undefined) bad("vintage", `unknown boundaries "${vintageRaw}"`, "write pre (before 1 July 2025) or post (from 1 July 2025), or leave it empty");

  const indicator = cell(row, "indicator");
  if (indicator !== "" && !refs.indicators.has(indicator)) bad("indicator", `unknown indicator "${indicator}"`, "use an id from data/indicators.csv");

  const programme = cell(row, "programme");
  if (programme !== "" && !refs.programmes.has(programme)) bad("programme", `unknown programme "${programme}"`, "use an id from data/programmes.csv");

  let period: { from: number; to: number } | undefined;
  const periodRaw = cell(row, "period");
  if (periodRaw !== "") {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(periodRaw);
    const from = m === null ? NaN : Number(m[1]);
    const to = m === null ? NaN : Number(m[2] ?? m[1]);
    if (m === null || from > to || from < refs.years.from || to > refs.years.to) {
      bad("period", `unknown period "${periodRaw}"`, `write a year or two years like 2023-2025, within ${refs.years.from}-${refs.years.to}`);
    } else period = { from, to };
  }

  const selection = cell(row, "selection") === "" ? [] : cell(row, "selection").split(/[;,]\s*/).map((s) => s.trim());
  const unknown = selection.filter((id) => !refs.units.has(id));
  if (unknown.length > 0) bad("selection", `unknown area ${unknown.map((u) => `"${u}"`).join(", ")}`, "use unit ids from public/data/units.json, e.g. pre2025:450 (Đồng Hới), separated by ;");
  const wrongVintage = selection.filter((id) => refs.units.has(id) && !id.startsWith(`${vintage ?? "pre2025"}:`));
  if (unknown.length === 0 && wrongVintage.length > 0) bad("selection", `${wrongVintage.join(", ")} is not on the slide's boundaries (${vintage ?? "pre2025"})`, "select areas of the slide's own map, or change its vintage");

  let map: StorySlide["map"];
  const mapRaw = cell(row, "map");
  if (mapRaw !== "") {
    const [longitude, latitude, zoom] = mapRaw.split(/[;,]\s*/).map(Number);
    if (![longitude, latitude, zoom].every((n) => Number.isFinite(n)) || Math.abs(longitude!) > 180 || Math.abs(latitude!) > 85 || zoom! < 0 || zoom! > 22) {
      bad("map", `"${mapRaw}" is not a map view`, "write longitude;latitude;zoom, e.g. 106.5;17.5;8, or leave it empty to fit the areas");
    } else map = { longitude: longitude!, latitude: latitude!, zoom: zoom! };
  }

  const compareRaw = cell(row, "compare");
  if (compareRaw !== "" && compareRaw !== "swipe" && compareRaw !== "side") bad("compare", `unknown compare layout "${compareRaw}"`, "write swipe or side, or leave it empty");
  const swipeRaw = cell(row, "swipe");
  const swipe = swipeRaw === "" ? undefined : Number(swipeRaw);
  if (swipe !== undefined && !(swipe >= 0 && swipe <= 100)) bad("swipe", `"${swipeRaw}" is not a handle position`, "write a percentage from 0 to 100");

  if (problems.size > before || title === undefined || caption === undefined) return null;
  return {
    title,
    caption,
    ...(notes === undefined ? {} : { notes }),
    view: view as StorySlide["view"],
    ...(vintage === undefined ? {} : { vintage }),
    ...(indicator === "" ? {} : { indicator }),
    ...(period === undefined ? {} : { period }),
    ...(programme === "" ? {} : { programme }),
    selection,
    ...(map === undefined ? {} : { map }),
    ...(compareRaw === "" ? {} : { compare: compareRaw as "swipe" | "side" }),
    ...(swipe === undefined ? {} : { swipe }),
  };
}

/**
 * Fetches the generated data (public/data, served at `${BASE_URL}data/`) and checks it
 * against the manifest's sha256 and the shared schema. Problems come back as values that
 * name the file and say what to do — never as exceptions — so one broken file only disables
 * what needs it. Time limits and retries: fetchFile.ts.
 */
import type { z } from "zod";
import type { FILE_SCHEMAS, FileRole, Manifest, ManifestEntry } from "../schema";
import { SCHEMA_VERSION } from "../schema/basics";
import { fetchFile, type FetchPolicy } from "./fetchFile";

/**
 * The zod schemas, fetched only when a file must be validated: bytes that match the manifest's
 * sha256 were validated by the pipeline with these same schemas, so a first view whose files all
 * match never downloads zod (its chunk is about a tenth of the first view's code).
 */
function schemas(): Promise<typeof import("../schema")> {
  return import("../schema");
}

/**
 * The sha256 of the manifest.json this build was made with (vite.config.ts reads public/data at
 * build time), or null (tests, the dev server before any data, the one-file offline build). The
 * pipeline validates the manifest it writes (src/pipeline/pipeline.ts), so a manifest with these
 * bytes needs no second check here; any other manifest is validated as before.
 */
const BUILT_MANIFEST_SHA256: string | null = (import.meta.env["ATLAS_MANIFEST_SHA256"] as string | undefined) ?? null;

/**
 * Why a file could not be used; each kind has its own message and fix in the UI.
 * `timeout`: no complete answer within the time limit, after the retries;
 * `checksum`: the bytes are not those the manifest lists (damaged, or from another release).
 */
export type LoadErrorKind =
  | "missing"
  | "http"
  | "network"
  | "timeout"
  | "corrupt"
  | "checksum"
  | "schemaVersion"
  | "schema"
  | "notInManifest";

export interface LoadError {
  status: "error";
  /** The file's path under public/data, e.g. "figures.json". */
  file: string;
  /** English, for logs and tests; the UI translates from `kind` and `params`. */
  message: string;
  /** What to do about it, in English. */
  hint: string;
  kind: LoadErrorKind;
  /** Values for the translated message (status code, schema versions, role). */
  params: Record<string, string | number>;
  /** For schema errors: the first few problems, each with its path in the file. */
  details: string[];
}

export type LoadState<T> = { status: "loading" } | { status: "ready"; data: T } | LoadError;

export type FileData<R extends FileRole> = z.infer<(typeof FILE_SCHEMAS)[R]>;

/** How many schema problems to show; the rest are counted. */
export const MAX_SCHEMA_DETAILS = 5;

export const MANIFEST_FILE = "manifest.json";

export interface LoadOptions extends FetchPolicy {
  /** Folder the data is served from; defaults to `${import.meta.env.BASE_URL}data/`. */
  baseUrl?: string;
}

export function dataBaseUrl(): string {
  const base = import.meta.env.BASE_URL;
  return `${base.endsWith("/") ? base : `${base}/`}data/`;
}

const REGENERATE = "Regenerate it with npm run data and reload.";

function loadError(
  kind: LoadErrorKind,
  file: string,
  message: string,
  hint: string,
  params: Record<string, string | number> = {},
  details: string[] = [],
): LoadError {
  return { status: "error", kind, file, message, hint, params, details };
}

/** "observations[3].value: expected a number" — a path a data officer can follow. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(top level)" : out;
}

function schemaDetails(error: z.ZodError): string[] {
  const lines = error.issues.slice(0, MAX_SCHEMA_DETAILS).map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
  const rest = error.issues.length - MAX_SCHEMA_DETAILS;
  if (rest > 0) lines.push(`… and ${rest} more`);
  return lines;
}

type Fetched = { ok: true; json: unknown; digestMatches: boolean | null } | { ok: false; error: LoadError };

function checksumError(file: string): LoadError {
  return loadError("checksum", file, `file ${file} is corrupt or outdated: its sha256 is not the one manifest.json lists`, REGENERATE);
}

/** Fetches one JSON file and parses it; any failure becomes a LoadError naming the file. */
async function fetchJson(file: string, sha256: string | null, options: LoadOptions): Promise<Fetched> {
  const outcome = await fetchFile(`${options.baseUrl ?? dataBaseUrl()}${file}`, sha256, options);
  const fail = (error: LoadError): Fetched => ({ ok: false, error });
  switch (outcome.kind) {
    case "network":
      return fail(loadError("network", file, `file ${file} could not be fetched`, "Check that the server is running and reload."));
    case "timeout":
      return fail(
        loadError(
          "timeout",
          file,
          `file ${file} did not arrive within ${outcome.seconds} s (${outcome.attempts} attempts)`,
          "Check the connection to the server and try again.",
          { seconds: outcome.seconds, attempts: outcome.attempts },
        ),
      );
    case "missing":
      return fail(loadError("missing", file, `file ${file} is missing`, "Run npm run data and reload."));
    case "http":
      return fail(
        loadError("http", file, `the server answered ${outcome.status} for file ${file}`, "Check the web server and reload.", {
          status: outcome.status,
        }),
      );
    case "ok":
      try {
        return { ok: true, json: JSON.parse(outcome.text) as unknown, digestMatches: outcome.digestMatches };
      } catch {
        // Bytes that differ from the manifest's say more (damaged in transfer or storage) than "not JSON".
        if (outcome.digestMatches === false) return fail(checksumError(file));
        return fail(loadError("corrupt", file, `file ${file} is not valid JSON`, REGENERATE));
      }
  }
}

/** The schema version first (the most precise diagnosis of an outdated file), then the checksum, then the schema. */
async function checkFile<R extends FileRole>(file: string, fetched: Fetched & { ok: true }, role: R): Promise<LoadState<FileData<R>>> {
  const { json } = fetched;
  const found = typeof json === "object" && json !== null && "schemaVersion" in json ? json.schemaVersion : undefined;
  if (fetched.digestMatches === false && found === SCHEMA_VERSION) return checksumError(file);
  // The bytes are the ones the manifest lists, written by the pipeline after it validated them
  // with this same schema (same version): checking them again cost the first view ~1.6 s per
  // 600,000 figures (bench/data-model.ts), and zod's download. Unverified bytes (no digest, no Web Crypto) are still checked.
  if (fetched.digestMatches === true && found === SCHEMA_VERSION) return { status: "ready", data: json as FileData<R> };
  const { FILE_SCHEMAS: all } = await schemas();
  return validateFile(file, json, all[role]) as LoadState<FileData<R>>;
}

/**
 * Checks parsed JSON against a file's schema. The schema version is compared first, so
 * an old file gets "regenerate it" rather than a list of field errors.
 */
export function validateFile<S extends z.ZodType>(file: string, json: unknown, schema: S): LoadState<z.infer<S>> {
  const found = typeof json === "object" && json !== null && "schemaVersion" in json ? json.schemaVersion : undefined;
  if (found !== SCHEMA_VERSION) {
    const shown = found === undefined ? "none" : String(found);
    return loadError(
      "schemaVersion",
      file,
      `file ${file} was made for schema version ${shown}, this app reads ${SCHEMA_VERSION}`,
      "Regenerate it with npm run data.",
      { found: shown, expected: SCHEMA_VERSION },
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return loadError(
      "schema",
      file,
      `file ${file} does not match the data model`,
      "Fix the inputs in data/ and run npm run data.",
      { count: parsed.error.issues.length },
      schemaDetails(parsed.error),
    );
  }
  return { status: "ready", data: parsed.data };
}

export async function loadManifest(options: LoadOptions = {}): Promise<LoadState<Manifest>> {
  // The manifest has no checksum of its own: it is the list of checksums.
  // Its bytes are compared with those of the build's own manifest, when known: the same bytes skip zod.
  const fetched = await fetchJson(MANIFEST_FILE, BUILT_MANIFEST_SHA256, options);
  if (!fetched.ok) return fetched.error;
  const { json } = fetched;
  if (fetched.digestMatches === true && typeof json === "object" && json !== null && "schemaVersion" in json && json.schemaVersion === SCHEMA_VERSION) {
    return { status: "ready", data: json as Manifest };
  }
  const { Manifest: schema } = await schemas();
  return validateFile(MANIFEST_FILE, json, schema);
}

/** The manifest entry for a role, or an error naming manifest.json. */
export function manifestEntry(manifest: Manifest, role: FileRole): ManifestEntry | LoadError {
  const entry = manifest.files.find((f) => f.role === role);
  if (entry !== undefined) return entry;
  return loadError("notInManifest", MANIFEST_FILE, `manifest.json lists no file for the role "${role}"`, REGENERATE, { role });
}

/** Loads the file the manifest lists for a role and validates it with FILE_SCHEMAS[role]. */
export async function loadDataFile<R extends FileRole>(
  manifest: Manifest,
  role: R,
  options: LoadOptions = {},
): Promise<LoadState<FileData<R>>> {
  const entry = manifestEntry(manifest, role);
  if ("status" in entry) return entry;
  return loadPath(role, entry.path, entry.sha256, options);
}

async function loadPath<R extends FileRole>(role: R, path: string, sha256: string | null, options: LoadOptions): Promise<LoadState<FileData<R>>> {
  const fetched = await fetchJson(path, sha256, options);
  if (!fetched.ok) return fetched.error;
  return checkFile(path, fetched, role);
}

/** The roles of one file each; "figureColumns" may have many (loadFigureColumns). */
export type SingleFileRole = Exclude<FileRole, "figureColumns">;

/**
 * Where `npm run data` writes each role (src/pipeline/pipeline.ts). Used only when manifest.json
 * itself cannot be read, so that a broken manifest costs its own parts of the page (data
 * version, credits) and the checksums, not everything.
 */
export const DEFAULT_FILE_PATHS: Record<SingleFileRole, string> = {
  units: "units.json",
  crosswalk: "crosswalk.json",
  figures: "figures.json",
  boundaries: "boundaries.topo.json",
  basemap: "basemap.topo.json",
  communes: "communes.topo.json",
  areaReport: "area_report.json",
  stories: "stories.json",
  partnerRecords: "partner_records.json",
};

/**
 * The manifest, then the file for a role. Without a readable manifest the file is still
 * loaded from its usual path and validated, unchecked; the manifest's own error is shown
 * where the manifest is used.
 */
export async function loadRole<R extends SingleFileRole>(
  role: R,
  manifest: Promise<LoadState<Manifest>>,
  options: LoadOptions = {},
): Promise<LoadState<FileData<R>>> {
  const m = await manifest;
  if (m.status !== "ready") return loadPath(role, DEFAULT_FILE_PATHS[role], null, options);
  return loadDataFile(m.data, role, options);
}

/**
 * Every column file of figures the manifest lists (role "figureColumns"), in its order: none for
 * the programme's own data (figures.json holds it), one per indicator and vintage for a national
 * dataset. One file that cannot be used fails them all, so no view shows part of an indicator's
 * figures as if they were all. Without a readable manifest there is no list: none are loaded, and
 * the manifest's error is shown where the manifest is used.
 */
export async function loadFigureColumns(manifest: Promise<LoadState<Manifest>>, options: LoadOptions = {}): Promise<LoadState<FileData<"figureColumns">[]>> {
  const m = await manifest;
  if (m.status !== "ready") return { status: "ready", data: [] };
  const listed = m.data.files.filter((f) => f.role === "figureColumns");
  const states = await Promise.all(listed.map((f) => loadPath("figureColumns", f.path, f.sha256, options)));
  const data: FileData<"figureColumns">[] = [];
  for (const state of states) {
    if (state.status === "error") return state;
    if (state.status === "ready") data.push(state.data);
  }
  return { status: "ready", data };
}

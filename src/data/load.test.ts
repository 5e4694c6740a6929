import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FILE_SCHEMAS, SCHEMA_VERSION, type Manifest } from "../schema";
import { DEFAULT_FILE_PATHS, formatIssuePath, loadDataFile, loadFigureColumns, loadManifest, loadRole, validateFile, type LoadState } from "./load";
import { figureColumnsOf } from "../model/figureColumns";
import { buildFigureStore } from "../model/figureStore";
import { createFiguresFile } from "./testing/fixtures";
import { createUnitsFile } from "./testing/fixtures";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A manifest listing units.json with the checksum of `unitsBody` (the fixture by default). */
function createManifest(unitsBody = JSON.stringify(createUnitsFile())): Manifest {
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: "2025-11-01T00:00:00Z",
    dataVersion: "2025.11.1",
    files: [{ path: "units.json", role: "units", sha256: sha(unitsBody), bytes: 10 }],
    attribution: [],
  };
}

/** A fetch that serves a fixed map of paths to bodies (string = raw text) and 404 otherwise. */
function createFetch(files: Record<string, unknown>, status = 200): typeof fetch {
  return async (input) => {
    const name = String(input).replace(/^.*\//, "");
    if (!(name in files)) return new Response("not found", { status: 404 });
    const body = files[name];
    return new Response(typeof body === "string" ? body : JSON.stringify(body), { status });
  };
}

function expectError<T>(state: LoadState<T>) {
  if (state.status !== "error") throw new Error(`expected an error, got ${state.status}`);
  return state;
}

describe("loadManifest", () => {
  it("reads a valid manifest", async () => {
    const state = await loadManifest({ fetch: createFetch({ "manifest.json": createManifest() }), baseUrl: "/data/" });
    expect(state.status).toBe("ready");
  });

  it("asks for the address relative to the data folder", async () => {
    const asked: string[] = [];
    const spy: typeof fetch = async (input) => {
      asked.push(String(input));
      return new Response("{}", { status: 404 });
    };
    await loadManifest({ fetch: spy, baseUrl: "./data/" });
    expect(asked).toEqual(["./data/manifest.json"]);
  });

  it("says a missing manifest is missing and how to make it", async () => {
    const e = expectError(await loadManifest({ fetch: createFetch({}), baseUrl: "/data/" }));
    expect([e.kind, e.file, e.message, e.hint]).toEqual([
      "missing",
      "manifest.json",
      "file manifest.json is missing",
      "Run npm run data and reload.",
    ]);
  });

  it("reports a server error with its status", async () => {
    const e = expectError(await loadManifest({ fetch: createFetch({ "manifest.json": createManifest() }, 500), baseUrl: "/", retries: 0 }));
    expect([e.kind, e.params.status]).toEqual(["http", 500]);
  });

  it("reports a network failure as a value, not an exception", async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    const e = expectError(await loadManifest({ fetch: failing, baseUrl: "/", retries: 0 }));
    expect([e.kind, e.file]).toEqual(["network", "manifest.json"]);
  });
});

describe("loadDataFile", () => {
  it("loads and validates the file listed for a role", async () => {
    const state = await loadDataFile(createManifest(), "units", { fetch: createFetch({ "units.json": createUnitsFile() }), baseUrl: "/" });
    expect(state.status === "ready" && state.data.units.length).toBe(6);
  });

  it("uses a file whose bytes match the manifest as written, without validating it again (the pipeline did)", async () => {
    // A field the schema would refuse: seen as it is only because the check was skipped.
    const file = createUnitsFile();
    const body = JSON.stringify({ ...file, units: file.units.map((u, i) => (i === 0 ? { ...u, nameVi: 5 } : u)) });
    const trusted = await loadDataFile(createManifest(body), "units", { fetch: createFetch({ "units.json": body }), baseUrl: "/" });
    expect(trusted.status === "ready" && trusted.data.units[0]?.nameVi).toBe(5);
    // The same bytes with no digest to compare (no Web Crypto) are validated as before.
    const unchecked = await loadDataFile(createManifest(body), "units", { fetch: createFetch({ "units.json": body }), baseUrl: "/", digest: async () => null });
    expect(expectError(unchecked).kind).toBe("schema");
  });

  it("names a missing file and says to run npm run data", async () => {
    const e = expectError(await loadDataFile(createManifest(), "units", { fetch: createFetch({}), baseUrl: "/" }));
    expect(e.message).toBe("file units.json is missing");
  });

  it("names a file that is not JSON (its checksum matching: the pipeline wrote it so)", async () => {
    const body = '{"units": [';
    const e = expectError(await loadDataFile(createManifest(body), "units", { fetch: createFetch({ "units.json": body }), baseUrl: "/" }));
    expect([e.kind, e.message]).toEqual(["corrupt", "file units.json is not valid JSON"]);
  });

  it("calls damaged bytes corrupt or outdated, naming the file, rather than 'not valid JSON'", async () => {
    const e = expectError(
      await loadDataFile(createManifest(), "units", { fetch: createFetch({ "units.json": '{"units": [' }), baseUrl: "/" }),
    );
    expect([e.kind, e.file, e.message]).toEqual([
      "checksum",
      "units.json",
      "file units.json is corrupt or outdated: its sha256 is not the one manifest.json lists",
    ]);
  });

  it("refuses a valid file whose bytes differ from the manifest's (another release)", async () => {
    const other = { ...createUnitsFile(), units: createUnitsFile().units.slice(1) };
    const e = expectError(await loadDataFile(createManifest(), "units", { fetch: createFetch({ "units.json": other }), baseUrl: "/" }));
    expect(e.kind).toBe("checksum");
  });

  it("names another schema version rather than a checksum, being the more precise cause", async () => {
    const old = { ...createUnitsFile(), schemaVersion: SCHEMA_VERSION - 1 };
    const e = expectError(await loadDataFile(createManifest(), "units", { fetch: createFetch({ "units.json": old }), baseUrl: "/" }));
    expect([e.kind, e.params.found]).toEqual(["schemaVersion", String(SCHEMA_VERSION - 1)]);
  });

  it("says a file the server never finishes sending timed out, with the attempts made", async () => {
    const stalled: typeof fetch = () => new Promise<Response>(() => undefined);
    const e = expectError(
      await loadDataFile(createManifest(), "units", { fetch: stalled, baseUrl: "/", timeoutMs: 20, retries: 1, sleep: async () => undefined }),
    );
    expect([e.kind, e.file, e.params.attempts]).toEqual(["timeout", "units.json", 2]);
  });

  it("names the manifest when it lists no file for a role", async () => {
    const e = expectError(await loadDataFile(createManifest(), "figures", { fetch: createFetch({}), baseUrl: "/" }));
    expect([e.kind, e.file, e.params.role]).toEqual(["notInManifest", "manifest.json", "figures"]);
  });
});

describe("loadRole", () => {
  it("loads a file from its usual path, unchecked, when the manifest is broken", async () => {
    const asked: string[] = [];
    const serve = createFetch({ "manifest.json": "{ not json", "units.json": createUnitsFile() });
    const spy: typeof fetch = (input, init) => {
      asked.push(String(input));
      return serve(input, init);
    };
    const options = { fetch: spy, baseUrl: "/data/", retries: 0 };
    const state = await loadRole("units", loadManifest(options), options);
    expect([state.status, asked]).toEqual(["ready", ["/data/manifest.json", "/data/units.json"]]);
  });

  it("still reports the file's own problem when the manifest is broken", async () => {
    const options = { fetch: createFetch({ "manifest.json": "{ not json" }), baseUrl: "/", retries: 0 };
    const e = expectError(await loadRole("figures", loadManifest(options), options));
    expect([e.kind, e.file]).toEqual(["missing", "figures.json"]);
  });

  it("uses the paths the committed manifest lists", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../public/data/manifest.json", import.meta.url), "utf8")) as Manifest;
    const committed = Object.fromEntries(manifest.files.map((f) => [f.role, f.path]));
    // partner_records.json is written only when data/partner_records/ holds a partner file.
    const expected = Object.fromEntries(Object.entries(DEFAULT_FILE_PATHS).filter(([role]) => role !== "partnerRecords" || role in committed));
    expect(committed).toEqual(expected);
  });
});

describe("validateFile", () => {
  it("says which schema version a file was made for", () => {
    const e = expectError(validateFile("units.json", { ...createUnitsFile(), schemaVersion: 99 }, FILE_SCHEMAS.units));
    expect(e.message).toBe(`file units.json was made for schema version 99, this app reads ${SCHEMA_VERSION}`);
  });

  it("treats a file without a schema version as another version", () => {
    const e = expectError(validateFile("units.json", { units: [] }, FILE_SCHEMAS.units));
    expect([e.kind, e.params.found]).toEqual(["schemaVersion", "none"]);
  });

  it("lists schema problems with their paths", () => {
    const file = createUnitsFile();
    const broken = { ...file, units: file.units.map((u, i) => (i === 2 ? { ...u, nameVi: 5 } : u)) };
    const e = expectError(validateFile("units.json", broken, FILE_SCHEMAS.units));
    expect([e.kind, e.details[0]?.startsWith("units[2].nameVi: ")]).toEqual(["schema", true]);
  });

  it("shows at most five problems and counts the rest", () => {
    const file = createUnitsFile();
    const broken = { ...file, units: file.units.map((u) => ({ ...u, code: "x", nameEn: 1 })) };
    const e = expectError(validateFile("units.json", broken, FILE_SCHEMAS.units));
    expect([e.details.length, e.details.at(-1)]).toEqual([6, "… and 7 more"]);
  });
});

describe("formatIssuePath", () => {
  it("writes indices in brackets", () => {
    expect(formatIssuePath(["observations", 3, "area", "unit"])).toBe("observations[3].area.unit");
  });
  it("names the top level", () => {
    expect(formatIssuePath([])).toBe("(top level)");
  });
});

describe("loadFigureColumns", () => {
  /** Column files of the fixture's figures, one per indicator, listed in a manifest with their checksums. */
  function columnSite(damage: string | null = null) {
    const observations = createFiguresFile().observations;
    const ids = [...new Set(observations.map((o) => o.indicatorId))];
    const bodies = Object.fromEntries(ids.map((id) => [`${id}.json`, JSON.stringify(figureColumnsOf(buildFigureStore(id, observations), null))]));
    const manifest: Manifest = {
      ...createManifest(),
      files: Object.entries(bodies).map(([path, body]) => ({ path, role: "figureColumns" as const, sha256: sha(body), bytes: body.length })),
    };
    const served: Record<string, unknown> = { ...bodies };
    if (damage !== null) served[damage] = String(bodies[damage]).replace('"value":[', '"value":[1,');
    return { ids, manifest, fetch: createFetch(served) };
  }

  it("loads every column file the manifest lists, in its order", async () => {
    const { ids, manifest, fetch } = columnSite();
    expect(ids.length).toBeGreaterThan(1);
    const state = await loadFigureColumns(Promise.resolve({ status: "ready", data: manifest }), { fetch, baseUrl: "/data/" });
    if (state.status !== "ready") throw new Error(state.status);
    expect(state.data.map((f) => f.indicatorId)).toEqual(ids);
  });

  it("fails them all, naming the file, when one is not the file the manifest lists", async () => {
    const { ids, manifest, fetch } = columnSite(`${createFiguresFile().observations[0]!.indicatorId}.json`);
    const e = expectError(await loadFigureColumns(Promise.resolve({ status: "ready", data: manifest }), { fetch, baseUrl: "/data/" }));
    expect([e.file, e.kind]).toEqual([`${ids[0]}.json`, "checksum"]);
  });

  it("loads none when the manifest lists none (the programme's own data)", async () => {
    const state = await loadFigureColumns(Promise.resolve({ status: "ready", data: createManifest() }), { fetch: createFetch({}), baseUrl: "/data/" });
    expect(state).toEqual({ status: "ready", data: [] });
  });
});

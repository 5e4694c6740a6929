// @vitest-environment jsdom
import { act, renderHook, waitFor } from "@testing-library/react";
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { SCHEMA_VERSION, type Manifest } from "../schema";
import { configureDataLoading, loadOptionsFromQuery, resetDataCache, retryFailedData, useAtlasIndex, useCrosswalkError, useDataset, useFiguresIndex, usePublishedPartnerFile } from "./hooks";
import { createCrosswalkFile, createFiguresFile, createUnitsFile } from "./testing/fixtures";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

function createManifest(bodies: Record<string, string>): Manifest {
  const file = (role: Manifest["files"][number]["role"], path: string) => ({ role, path, sha256: sha(bodies[path] ?? ""), bytes: 1 });
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: "2025-11-01T00:00:00Z",
    dataVersion: "test",
    files: [file("units", "units.json"), file("figures", "figures.json"), file("crosswalk", "crosswalk.json")],
    attribution: [],
  };
}

/**
 * Serves the fixtures, listed in the manifest with their checksums; `broken` names files to
 * answer with invalid JSON (until `repair` is called), `reformatted` files to serve indented
 * (same content, other bytes). Records each request.
 */
function serveFixtures(broken: string[] = [], reformatted: string[] = []) {
  const requests: string[] = [];
  const bodies: Record<string, string> = {
    "units.json": JSON.stringify(createUnitsFile()),
    "figures.json": JSON.stringify(createFiguresFile()),
    "crosswalk.json": JSON.stringify(createCrosswalkFile()),
  };
  bodies["manifest.json"] = JSON.stringify(createManifest(bodies));
  let failing = [...broken];
  const fetchFake: typeof fetch = async (input) => {
    const name = String(input).replace(/^.*\//, "");
    requests.push(name);
    if (failing.includes(name)) return new Response("{", { status: 200 });
    const body = reformatted.includes(name) ? JSON.stringify(JSON.parse(bodies[name] ?? "null"), null, 1) : bodies[name];
    return body === undefined ? new Response("", { status: 404 }) : new Response(body);
  };
  configureDataLoading({ fetch: fetchFake, baseUrl: "/data/", retries: 0 });
  return Object.assign(requests, { repair: () => void (failing = []) });
}

afterEach(() => {
  resetDataCache();
});

describe("useDataset", () => {
  it("starts as loading and becomes ready", async () => {
    serveFixtures();
    const { result } = renderHook(() => useDataset("units"));
    expect(result.current.status).toBe("loading");
    await waitFor(() => expect(result.current.status).toBe("ready"));
  });

  it("fetches each file once however many components ask", async () => {
    const requests = serveFixtures();
    const a = renderHook(() => useDataset("figures"));
    const b = renderHook(() => useDataset("figures"));
    await waitFor(() => expect([a.result.current.status, b.result.current.status]).toEqual(["ready", "ready"]));
    expect(requests.filter((r) => r === "figures.json")).toHaveLength(1);
  });

  it("reports a broken file by name", async () => {
    serveFixtures(["figures.json"]);
    const { result } = renderHook(() => useDataset("figures"));
    await waitFor(() => expect(result.current.status === "error" && result.current.file).toBe("figures.json"));
  });
});

describe("useAtlasIndex", () => {
  it("indexes the three files", async () => {
    serveFixtures();
    const { result } = renderHook(() => useAtlasIndex());
    await waitFor(() => expect(result.current.status === "ready" && result.current.data.units.size).toBe(6));
  });

  it("stays up without links when the crosswalk is broken, and names the crosswalk separately", async () => {
    serveFixtures(["crosswalk.json"]);
    const { result } = renderHook(() => ({ index: useAtlasIndex(), crosswalk: useCrosswalkError() }));
    await waitFor(() => expect(result.current.crosswalk?.file).toBe("crosswalk.json"));
    const { index } = result.current;
    expect(index.status === "ready" && [index.data.units.size, index.data.linksFrom.size]).toEqual([6, 0]);
  });

  it("refuses a file whose bytes are not those the manifest lists", async () => {
    serveFixtures([], ["figures.json"]);
    const { result } = renderHook(() => useAtlasIndex());
    await waitFor(() => expect(result.current.status === "error" && [result.current.kind, result.current.file]).toEqual(["checksum", "figures.json"]));
  });

  it("reports a broken figures file", async () => {
    serveFixtures(["figures.json"]);
    const { result } = renderHook(() => useAtlasIndex());
    await waitFor(() => expect(result.current.status === "error" && result.current.file).toBe("figures.json"));
  });

  it("still loads every file when the manifest is broken", async () => {
    serveFixtures(["manifest.json"]);
    const { result } = renderHook(() => useAtlasIndex());
    await waitFor(() => expect(result.current.status === "ready" && result.current.data.observations.length).toBe(6));
  });
});

describe("retryFailedData", () => {
  it("asks again for a failed file, and the view gets it", async () => {
    const requests = serveFixtures(["figures.json"]);
    const { result } = renderHook(() => useDataset("figures"));
    await waitFor(() => expect(result.current.status).toBe("error"));
    requests.repair();
    act(() => retryFailedData());
    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(requests.filter((r) => r === "figures.json")).toHaveLength(2);
  });

  it("does not fetch again what already loaded", async () => {
    const requests = serveFixtures(["figures.json"]);
    const { result } = renderHook(() => [useDataset("figures"), useDataset("units")]);
    await waitFor(() => expect(result.current.map((s) => s.status)).toEqual(["error", "ready"]));
    act(() => retryFailedData());
    await waitFor(() => expect(requests.filter((r) => r === "figures.json")).toHaveLength(2));
    expect(requests.filter((r) => r === "units.json" || r === "manifest.json")).toEqual(["manifest.json", "units.json"]);
  });
});

describe("loadOptionsFromQuery", () => {
  it("reads a time limit in ms from ?loadTimeout", () => {
    expect(loadOptionsFromQuery("?lang=en&loadTimeout=1500")).toEqual({ timeoutMs: 1500 });
  });
  it("ignores a missing, malformed or out-of-range value", () => {
    expect([loadOptionsFromQuery(""), loadOptionsFromQuery("?loadTimeout=abc"), loadOptionsFromQuery("?loadTimeout=5"), loadOptionsFromQuery("?loadTimeout=1e9")]).toEqual([{}, {}, {}, {}]);
  });
});

describe("useFiguresIndex", () => {
  it("still works when the crosswalk is broken", async () => {
    serveFixtures(["crosswalk.json"]);
    const { result } = renderHook(() => useFiguresIndex());
    await waitFor(() => expect(result.current.status === "ready" && result.current.data.observations.length).toBe(6));
  });
});

describe("usePublishedPartnerFile", () => {
  /** A manifest with or without a partner file; every request recorded. */
  function serve(withPartners: boolean) {
    const requests: string[] = [];
    const record = { partner: "P (test)", area: "pre2025:455", areaAsWritten: "455", periodStart: "2024-03", periodEnd: "2024-03", indicatorId: "cases", value: 7, sourcePublisher: "P", sourceDate: "2024-04-02", sourceUrl: "", quote: "q", quoteLang: "vi", file: "p.csv", line: 2 };
    const bodies: Record<string, string> = { "partner_records.json": JSON.stringify({ schemaVersion: SCHEMA_VERSION, files: ["p.csv"], records: [record] }) };
    const manifest = createManifest({});
    if (withPartners) manifest.files.push({ role: "partnerRecords", path: "partner_records.json", sha256: sha(bodies["partner_records.json"] ?? ""), bytes: 1 });
    bodies["manifest.json"] = JSON.stringify(manifest);
    const fetchFake: typeof fetch = async (input) => {
      const name = String(input).replace(/^.*\//, "");
      requests.push(name);
      const body = bodies[name];
      return body === undefined ? new Response("", { status: 404 }) : new Response(body);
    };
    configureDataLoading({ fetch: fetchFake, baseUrl: "/data/", retries: 0 });
    return requests;
  }

  it("is none, and fetches nothing, when the manifest lists no partner file", async () => {
    const requests = serve(false);
    const { result } = renderHook(() => usePublishedPartnerFile(true));
    await waitFor(() => expect(result.current.status).toBe("none"));
    expect(requests).toEqual(["manifest.json"]);
  });

  it("fetches the listed file only once wanted (after the first map), then gives its records", async () => {
    const requests = serve(true);
    const { result, rerender } = renderHook(({ wanted }) => usePublishedPartnerFile(wanted), { initialProps: { wanted: false } });
    await waitFor(() => expect(requests).toContain("manifest.json"));
    await new Promise((r) => setTimeout(r, 20));
    expect(result.current.status).toBe("loading");
    expect(requests).not.toContain("partner_records.json");
    rerender({ wanted: true });
    await waitFor(() => expect(result.current.status).toBe("ready"));
    const state = result.current;
    expect(state.status === "ready" ? state.data.records.map((r) => r.partner) : []).toEqual(["P (test)"]);
  });
});

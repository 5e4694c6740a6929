// @vitest-environment jsdom
import { renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SCHEMA_VERSION, type Manifest } from "../schema";
import { configureDataLoading, resetDataCache, useAtlasIndex, useDataset, useFiguresIndex } from "./hooks";
import { createCrosswalkFile, createFiguresFile, createUnitsFile } from "./testing/fixtures";

function createManifest(): Manifest {
  const file = (role: Manifest["files"][number]["role"], path: string) => ({ role, path, sha256: "0".repeat(64), bytes: 1 });
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: "2025-11-01T00:00:00Z",
    dataVersion: "test",
    files: [file("units", "units.json"), file("figures", "figures.json"), file("crosswalk", "crosswalk.json")],
    attribution: [],
  };
}

/** Serves the fixtures; `broken` names files to answer with invalid JSON. Records each request. */
function serveFixtures(broken: string[] = []) {
  const requests: string[] = [];
  const files: Record<string, unknown> = {
    "manifest.json": createManifest(),
    "units.json": createUnitsFile(),
    "figures.json": createFiguresFile(),
    "crosswalk.json": createCrosswalkFile(),
  };
  const fetchFake: typeof fetch = async (input) => {
    const name = String(input).replace(/^.*\//, "");
    requests.push(name);
    if (broken.includes(name)) return new Response("{", { status: 200 });
    return name in files ? new Response(JSON.stringify(files[name])) : new Response("", { status: 404 });
  };
  configureDataLoading({ fetch: fetchFake, baseUrl: "/data/" });
  return requests;
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

  it("reports a broken crosswalk", async () => {
    serveFixtures(["crosswalk.json"]);
    const { result } = renderHook(() => useAtlasIndex());
    await waitFor(() => expect(result.current.status === "error" && result.current.file).toBe("crosswalk.json"));
  });
});

describe("useFiguresIndex", () => {
  it("still works when the crosswalk is broken", async () => {
    serveFixtures(["crosswalk.json"]);
    const { result } = renderHook(() => useFiguresIndex());
    await waitFor(() => expect(result.current.status === "ready" && result.current.data.observations.length).toBe(6));
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fetchFile, subtleSha256, type FetchPolicy } from "./fetchFile";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A fetch that plays `answers` in turn (the last one repeats), counting calls. */
function scripted(answers: (() => Promise<Response>)[]) {
  let calls = 0;
  const fetchFake: typeof fetch = () => {
    const answer = answers[Math.min(calls, answers.length - 1)];
    calls++;
    if (answer === undefined) throw new Error("no answer scripted");
    return answer();
  };
  return { fetchFake, calls: () => calls };
}

const ok = (body: string, type = "application/json") => () => Promise.resolve(new Response(body, { status: 200, headers: { "content-type": type } }));
const status = (code: number) => () => Promise.resolve(new Response("", { status: code }));
const never = () => new Promise<Response>(() => undefined);
const refused = () => Promise.reject(new TypeError("Failed to fetch"));

function policy(fetchFake: typeof fetch, extra: FetchPolicy = {}): FetchPolicy {
  const pauses: number[] = [];
  return { fetch: fetchFake, timeoutMs: 30, retries: 2, backoffMs: 5, sleep: async (ms) => void pauses.push(ms), ...extra };
}

describe("fetchFile", () => {
  it("returns the text and says the checksum matches", async () => {
    const body = '{"a":"Hà Tĩnh"}';
    const { fetchFake } = scripted([ok(body)]);
    expect(await fetchFile("/d/a.json", sha(body), policy(fetchFake))).toEqual({ kind: "ok", text: body, digestMatches: true });
  });

  it("says when the bytes are not those the manifest lists", async () => {
    const { fetchFake } = scripted([ok('{"a":2}')]);
    const outcome = await fetchFile("/d/a.json", sha('{"a":1}'), policy(fetchFake));
    expect(outcome).toMatchObject({ kind: "ok", digestMatches: false });
  });

  it("leaves the checksum unchecked when none is given or the browser cannot compute it", async () => {
    const { fetchFake } = scripted([ok("{}")]);
    expect(await fetchFile("/d/a.json", null, policy(fetchFake))).toMatchObject({ digestMatches: null });
    expect(await fetchFile("/d/a.json", sha("x"), policy(fetchFake, { digest: async () => null }))).toMatchObject({ digestMatches: null });
  });

  it("calls a 404 missing, without retrying", async () => {
    const s = scripted([status(404)]);
    expect(await fetchFile("/d/a.json", null, policy(s.fetchFake))).toEqual({ kind: "missing" });
    expect(s.calls()).toBe(1);
  });

  it("calls the single-page fallback (index.html with 200) missing, not invalid JSON", async () => {
    const { fetchFake } = scripted([ok("<!doctype html><html></html>", "text/html")]);
    expect(await fetchFile("/d/a.json", sha("{}"), policy(fetchFake))).toEqual({ kind: "missing" });
  });

  it("retries a server error and succeeds when it passes", async () => {
    const s = scripted([status(503), ok("{}")]);
    expect(await fetchFile("/d/a.json", null, policy(s.fetchFake))).toMatchObject({ kind: "ok", text: "{}" });
    expect(s.calls()).toBe(2);
  });

  it("gives up after the retries with the last status", async () => {
    const s = scripted([status(500)]);
    expect(await fetchFile("/d/a.json", null, policy(s.fetchFake))).toEqual({ kind: "http", status: 500 });
    expect(s.calls()).toBe(3);
  });

  it("does not retry a client error other than 408 and 429", async () => {
    const s = scripted([status(403)]);
    expect(await fetchFile("/d/a.json", null, policy(s.fetchFake))).toEqual({ kind: "http", status: 403 });
    expect(s.calls()).toBe(1);
  });

  it("retries a refused connection, then reports it as a network failure", async () => {
    const s = scripted([refused]);
    expect(await fetchFile("/d/a.json", null, policy(s.fetchFake))).toEqual({ kind: "network" });
    expect(s.calls()).toBe(3);
  });

  it("ends a request that never answers at the time limit, on every attempt", async () => {
    const s = scripted([never]);
    const started = Date.now();
    expect(await fetchFile("/d/a.json", null, policy(s.fetchFake, { timeoutMs: 40 }))).toEqual({ kind: "timeout", seconds: 0, attempts: 3 });
    expect(s.calls()).toBe(3);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("aborts the request it gives up on", async () => {
    let signal: AbortSignal | undefined;
    const fetchFake: typeof fetch = (_url, init) => {
      signal = init?.signal ?? undefined;
      return never();
    };
    await fetchFile("/d/a.json", null, policy(fetchFake, { retries: 0 }));
    expect(signal?.aborted).toBe(true);
  });

  it("ends a body that stops half-way", async () => {
    const stalledBody = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
      },
    });
    const { fetchFake } = scripted([() => Promise.resolve(new Response(stalledBody, { status: 200 }))]);
    expect(await fetchFile("/d/a.json", null, policy(fetchFake, { retries: 0 }))).toMatchObject({ kind: "timeout", attempts: 1 });
  });

  it("waits longer before each retry", async () => {
    const pauses: number[] = [];
    const { fetchFake } = scripted([refused]);
    await fetchFile("/d/a.json", null, { fetch: fetchFake, retries: 3, backoffMs: 100, sleep: async (ms) => void pauses.push(ms) });
    expect(pauses).toEqual([100, 200, 400]);
  });
});

describe("subtleSha256", () => {
  it("matches Node's sha256 of the same bytes", async () => {
    const text = "Quảng Bình 44";
    expect(await subtleSha256(new TextEncoder().encode(text).buffer)).toBe(sha(text));
  });
});

/**
 * One data request, made robust: each attempt has a time limit (a stalled server must not
 * leave "loading…" on screen forever), failures that may pass (network, time-out, 5xx) are
 * retried a few times with a growing pause, and the bytes are checked against the sha256
 * the manifest lists. Returns what happened as a value; load.ts turns it into a LoadError.
 */

/** How long one attempt may take, body included, in ms. Generous: the largest file is a few hundred KB. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Attempts after the first, for failures that may pass. */
export const DEFAULT_RETRIES = 2;
/** Pause before the first retry, in ms; doubled before each further one. */
export const DEFAULT_BACKOFF_MS = 1_000;

export interface FetchPolicy {
  fetch?: typeof fetch;
  /** Per attempt, in ms. Default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Default DEFAULT_RETRIES. */
  retries?: number;
  /** Default DEFAULT_BACKOFF_MS. */
  backoffMs?: number;
  /** Lowercase hex sha256 of the bytes, or null where the browser cannot compute it. Default: SubtleCrypto. */
  digest?: (bytes: ArrayBuffer) => Promise<string | null>;
  /** Waits between attempts (tests pass a fake). Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

export type FetchOutcome =
  | { kind: "ok"; text: string; /** false: the bytes are not those the manifest lists; null: not checked. */ digestMatches: boolean | null }
  | { kind: "missing" }
  | { kind: "http"; status: number }
  | { kind: "network" }
  | { kind: "timeout"; seconds: number; attempts: number };

/**
 * SubtleCrypto's sha256, or null where it is absent: browsers offer it only in secure contexts
 * (https, localhost), and the atlas may be served over plain http in a meeting room's network.
 */
export async function subtleSha256(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (subtle === undefined) return null;
  // A copy made here: digest refuses a buffer from another realm (a test's DOM, an iframe's fetch).
  const hash = new Uint8Array(await subtle.digest("SHA-256", Uint8Array.from(new Uint8Array(bytes))));
  return Array.from(hash, (b) => b.toString(16).padStart(2, "0")).join("");
}

const TIMED_OUT = Symbol("timed out");

type Attempt = { kind: "response"; status: number; html: boolean; bytes: ArrayBuffer } | { kind: "network" } | { kind: "timeout" };

/** One attempt: the response and its whole body within `timeoutMs`, or why not. */
async function attempt(url: string, doFetch: typeof fetch, timeoutMs: number): Promise<Attempt> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The race also ends a fetch that ignores the abort signal (and a body that stops mid-way).
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(TIMED_OUT);
    }, timeoutMs);
  });
  const work = (async (): Promise<Attempt> => {
    const response = await doFetch(url, { signal: controller.signal });
    // Single-page servers (vite preview among them) answer an absent file with index.html and 200.
    const html = (response.headers.get("content-type") ?? "").includes("text/html");
    return { kind: "response", status: response.status, html, bytes: await response.arrayBuffer() };
  })();
  try {
    const result = await Promise.race([work, deadline]);
    return result === TIMED_OUT ? { kind: "timeout" } : result;
  } catch {
    return controller.signal.aborted ? { kind: "timeout" } : { kind: "network" };
  } finally {
    clearTimeout(timer);
    // The losing side of the race may still reject; it has nothing left to say.
    work.catch(() => undefined);
  }
}

/** Whether a failure may pass on its own, so that trying again is worth it. */
function mayPass(a: Attempt): boolean {
  if (a.kind !== "response") return true;
  return a.status >= 500 || a.status === 408 || a.status === 429;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Fetches `url`, retrying what may pass; checks the bytes against `sha256` when given. */
export async function fetchFile(url: string, sha256: string | null, policy: FetchPolicy = {}): Promise<FetchOutcome> {
  const doFetch = policy.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = policy.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = policy.retries ?? DEFAULT_RETRIES;
  const backoffMs = policy.backoffMs ?? DEFAULT_BACKOFF_MS;
  const sleep = policy.sleep ?? defaultSleep;
  let last: Attempt = { kind: "network" };
  let attempts = 0;
  for (let i = 0; i <= retries; i++) {
    if (i > 0) await sleep(backoffMs * 2 ** (i - 1));
    attempts++;
    last = await attempt(url, doFetch, timeoutMs);
    if (!mayPass(last)) break;
  }
  switch (last.kind) {
    case "network":
      return { kind: "network" };
    case "timeout":
      return { kind: "timeout", seconds: Math.round(timeoutMs / 100) / 10, attempts };
    case "response": {
      if (last.status === 404 || last.status === 410 || (last.html && last.status < 300)) return { kind: "missing" };
      if (last.status < 200 || last.status >= 300) return { kind: "http", status: last.status };
      const text = new TextDecoder().decode(last.bytes);
      if (sha256 === null) return { kind: "ok", text, digestMatches: null };
      const found = await (policy.digest ?? subtleSha256)(last.bytes).catch(() => null);
      return { kind: "ok", text, digestMatches: found === null ? null : found === sha256 };
    }
  }
}

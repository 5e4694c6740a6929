// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";

async function freshSlots() {
  vi.resetModules();
  return import("./slots");
}

describe("afterFirstMap", () => {
  afterEach(() => {
    performance.clearMarks();
    vi.useRealTimers();
  });

  it("resolves at once when a map has already drawn", async () => {
    performance.mark("atlas:map-ready:explorer");
    const { afterFirstMap } = await freshSlots();
    await expect(afterFirstMap(60_000)).resolves.toBeUndefined();
  });

  it("waits for the map's mark and not for other marks", async () => {
    const { afterFirstMap } = await freshSlots();
    let resolved = false;
    void afterFirstMap(60_000).then(() => (resolved = true));
    performance.mark("something-else");
    await new Promise((r) => setTimeout(r, 20));
    expect(resolved).toBe(false);
    performance.mark("atlas:map-ready:explorer");
    await vi.waitFor(() => expect(resolved).toBe(true));
  });

  it("gives up waiting after the fallback delay, so a page without WebGL still gets its chart", async () => {
    vi.useFakeTimers();
    const { afterFirstMap } = await freshSlots();
    let resolved = false;
    void afterFirstMap(1000).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(resolved).toBe(true);
  });
});

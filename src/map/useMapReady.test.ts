import { afterEach, describe, expect, it } from "vitest";
import { whenMapsReady } from "./useMapReady";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("whenMapsReady", () => {
  afterEach(() => performance.clearMarks());

  it("waits for every map named, not the first to draw", async () => {
    let resolved = false;
    const ready = whenMapsReady(["compare-before", "compare-after"], 60_000).then(() => (resolved = true));
    performance.mark("atlas:map-ready:compare-before");
    performance.mark("atlas:map-ready:explorer");
    await tick(30);
    expect(resolved).toBe(false);
    performance.mark("atlas:map-ready:compare-after");
    await ready;
    expect(resolved).toBe(true);
  });

  it("resolves at once when the maps are already drawn", async () => {
    performance.mark("atlas:map-ready:compare-before");
    performance.mark("atlas:map-ready:compare-after");
    await expect(Promise.race([whenMapsReady(["compare-before", "compare-after"], 60_000).then(() => "ready"), tick(30).then(() => "waiting")])).resolves.toBe("ready");
  });

  it("gives up waiting after the fallback when a map never draws", async () => {
    performance.mark("atlas:map-ready:compare-before");
    const started = performance.now();
    await whenMapsReady(["compare-before", "compare-after"], 40);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });
});

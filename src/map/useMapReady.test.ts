import { afterEach, describe, expect, it } from "vitest";
import { everyMapDrawn, holdMapsDrawn, whenMapsReady } from "./useMapReady";

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

describe("everyMapDrawn (the place names' code waits for every map of the page)", () => {
  const settled = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    await tick(0);
    return done;
  };

  it("resolves at once when no map is drawing", async () => {
    expect(await settled(everyMapDrawn(60_000))).toBe(true);
  });

  it("waits until the last map still drawing is drawn (the compare view's after map)", async () => {
    const before = holdMapsDrawn("compare-before");
    const after = holdMapsDrawn("compare-after");
    const wait = everyMapDrawn(60_000);
    before();
    expect(await settled(wait)).toBe(false);
    after();
    expect(await settled(wait)).toBe(true);
    expect(await settled(everyMapDrawn(60_000))).toBe(true);
  });

  it("gives up waiting after the fallback when a map never draws", async () => {
    const never = holdMapsDrawn("lost-context");
    const started = performance.now();
    await everyMapDrawn(40);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    never();
  });
});

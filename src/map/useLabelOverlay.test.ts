import { describe, expect, it } from "vitest";
import { everyMapDrawn, holdLabels } from "./useLabelOverlay";

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe("the label code waits for every map of the page", () => {
  it("resolves at once when no map is drawing", async () => {
    expect(await settled(everyMapDrawn())).toBe(true);
  });

  it("waits until the last map still drawing is drawn (the compare view's after map)", async () => {
    const before = holdLabels("compare-before");
    const after = holdLabels("compare-after");
    const wait = everyMapDrawn();
    before();
    expect(await settled(wait)).toBe(false);
    after();
    expect(await settled(wait)).toBe(true);
    expect(await settled(everyMapDrawn())).toBe(true);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { resetWebglSupport, webglSupported, type CanvasFactory } from "./webglSupport";
import { isWebglFailure } from "./WebglOrSvg";

function canvasGiving(context: unknown): { create: CanvasFactory; asked: string[] } {
  const asked: string[] = [];
  const create: CanvasFactory = () => ({
    getContext: ((kind: string) => {
      asked.push(kind);
      return context;
    }) as HTMLCanvasElement["getContext"],
  });
  return { create, asked };
}

afterEach(() => resetWebglSupport());

describe("webglSupported", () => {
  it("is false when the browser gives no WebGL 2 context", () => {
    expect(webglSupported(canvasGiving(null).create)).toBe(false);
  });

  it("is true when it gives one, asking for WebGL 2 (MapLibre 5 and deck.gl 9 need it)", () => {
    const { create, asked } = canvasGiving({ getExtension: () => null });
    expect(webglSupported(create)).toBe(true);
    expect(asked).toEqual(["webgl2"]);
  });

  it("releases the test context straight away", () => {
    let released = false;
    const context = { getExtension: (name: string) => (name === "WEBGL_lose_context" ? { loseContext: () => (released = true) } : null) };
    webglSupported(canvasGiving(context).create);
    expect(released).toBe(true);
  });

  it("is false when asking throws (WebGL blocked by policy)", () => {
    const throwing: CanvasFactory = () => ({
      getContext: (() => {
        throw new Error("blocked");
      }) as HTMLCanvasElement["getContext"],
    });
    expect(webglSupported(throwing)).toBe(false);
  });

  it("asks once per page", () => {
    const first = canvasGiving(null);
    const second = canvasGiving({ getExtension: () => null });
    webglSupported(first.create);
    expect(webglSupported(second.create)).toBe(false);
    expect(second.asked).toEqual([]);
  });
});

describe("isWebglFailure", () => {
  it("recognises MapLibre's failure to make a context, and nothing else", () => {
    expect([isWebglFailure(new Error("Failed to initialize WebGL")), isWebglFailure(new TypeError("x is undefined")), isWebglFailure("webgl")]).toEqual([true, false, false]);
  });
});

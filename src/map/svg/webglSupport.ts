/**
 * Whether this browser can draw the WebGL map at all. MapLibre 5 and deck.gl 9 both need
 * WebGL 2, so that is what is asked for: a browser with WebGL 1 only would fail inside them.
 * Asked once per page (a context costs memory and browsers cap how many are open) and the test
 * context released straight away.
 */
let known: boolean | null = null;

/** A canvas to ask; tests pass their own. */
export type CanvasFactory = () => Pick<HTMLCanvasElement, "getContext"> | null;

export function webglSupported(createCanvas: CanvasFactory = defaultCanvas): boolean {
  if (known !== null) return known;
  known = probe(createCanvas);
  return known;
}

/** Forget the answer (tests only). */
export function resetWebglSupport(): void {
  known = null;
}

function probe(createCanvas: CanvasFactory): boolean {
  try {
    const canvas = createCanvas();
    const gl = canvas?.getContext("webgl2") as WebGL2RenderingContext | null | undefined;
    if (gl === null || gl === undefined) return false;
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return true;
  } catch {
    // Some browsers throw instead of returning null when WebGL is blocked by policy.
    return false;
  }
}

function defaultCanvas(): HTMLCanvasElement | null {
  return typeof document === "undefined" ? null : document.createElement("canvas");
}

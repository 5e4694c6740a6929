/**
 * Auto-height, the embedded side: posts the page's content height to the parent window
 * whenever it changes. The one message shape (read by public/embed.js, documented in the README):
 *
 *   { type: "results-atlas:resize", version: 1, height: <CSS px, integer> }
 *
 * Posted to any origin ("*"): the host's origin is not known in advance, and a height says
 * nothing private. Without a parent (opened on its own) nothing is posted.
 */
export const RESIZE_MESSAGE_TYPE = "results-atlas:resize";

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  version: 1;
  height: number;
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, version: 1, height: Math.ceil(height) };
}

/** Starts posting the height of `element`; returns a function that stops. */
export function startAutoHeight(element: HTMLElement, target: Window = window): () => void {
  if (target.parent === target) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    target.parent.postMessage(resizeMessage(height), "*");
  };
  const observer = new ResizeObserver(post);
  observer.observe(element);
  post();
  return () => observer.disconnect();
}

/**
 * What createRoot does with render errors (src/main.tsx). React 19 would otherwise log them
 * in its own words, or, for an error no boundary catches, unmount the page without a word
 * to anyone reading the console. Each line starts with "[atlas]" so a log (or a browser test
 * that provokes a failure on purpose) can tell them apart.
 */
import type { RootOptions } from "react-dom/client";

export type ErrorSeverity = "uncaught" | "caught" | "recoverable";

const WHAT: Record<ErrorSeverity, string> = {
  uncaught: "uncaught render error, React unmounted the page",
  caught: "a region failed and shows its error panel",
  recoverable: "React recovered from an error",
};

/** One console.error line for a render error, with the component stack when React gives one. */
export function reportRenderError(severity: ErrorSeverity, error: unknown, info: { componentStack?: string | null | undefined }): void {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = info.componentStack ?? "";
  console.error(`[atlas] ${WHAT[severity]}: ${message}${stack === "" ? "" : `\n  component stack:${stack}`}`);
}

/** The options for createRoot that route every kind of render error through reportRenderError. */
export const rootErrorOptions: RootOptions = {
  onUncaughtError: (error, info) => reportRenderError("uncaught", error, info),
  onCaughtError: (error, info) => reportRenderError("caught", error, info),
  onRecoverableError: (error, info) => reportRenderError("recoverable", error, info),
};

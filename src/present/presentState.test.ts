import { describe, expect, it } from "vitest";
import { resolveTheme } from "./presentState";

describe("resolveTheme", () => {
  it("keeps a chosen theme, else follows the system's request for more contrast", () => {
    expect(resolveTheme("projector", () => true)).toBe("projector");
    expect(resolveTheme(null, (q) => q === "(prefers-contrast: more)")).toBe("contrast");
    expect(resolveTheme(null, (q) => q === "(prefers-color-scheme: dark)")).toBe("light");
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createRoot } from "react-dom/client";
import { act } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { i18n } from "../i18n";
import { RegionBoundary } from "./RegionBoundary";
import { reportRenderError, rootErrorOptions } from "./reportError";

const faults = () => globalThis as { __atlasFaults?: string[] };

/** A region that throws while `broken.now` is true. */
function createFlaky() {
  const broken = { now: true };
  let mounts = 0;
  function Flaky() {
    if (broken.now) throw new Error("the chart's data is odd");
    mounts++;
    return <p>chart drawn</p>;
  }
  return { broken, Flaky, mounts: () => mounts };
}

function page(children: React.ReactNode) {
  return render(
    <I18nextProvider i18n={i18n}>
      {children}
      <p>the rest of the page</p>
    </I18nextProvider>,
  );
}

beforeEach(async () => {
  await i18n.changeLanguage("en");
  // React reports caught errors through the console in tests (no createRoot options here).
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  delete faults().__atlasFaults;
  vi.restoreAllMocks();
});

describe("RegionBoundary", () => {
  it("names the failed region, keeps the rest, and mounts it again on retry", () => {
    const { broken, Flaky, mounts } = createFlaky();
    page(
      <RegionBoundary region="chart" part="Trend chart">
        <Flaky />
      </RegionBoundary>,
    );
    expect(screen.getByRole("alert").textContent).toContain("“Trend chart” failed");
    expect(screen.getByText("the rest of the page")).toBeTruthy();
    broken.now = false;
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(screen.getByText("chart drawn")).toBeTruthy();
    expect([screen.queryByRole("alert"), mounts()]).toEqual([null, 1]);
  });

  it("runs onRetry before mounting again", () => {
    const { broken, Flaky } = createFlaky();
    const onRetry = vi.fn<() => void>(() => void (broken.now = false));
    page(
      <RegionBoundary region="map" part="Map" onRetry={onRetry}>
        <Flaky />
      </RegionBoundary>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect([onRetry.mock.calls.length, screen.getByText("chart drawn") !== null]).toEqual([1, true]);
  });

  it("fails a region on purpose while a test names it in window.__atlasFaults", () => {
    faults().__atlasFaults = ["table"];
    page(
      <>
        <RegionBoundary region="table" part="Figures table">
          <p>table</p>
        </RegionBoundary>
        <RegionBoundary region="map" part="Map">
          <p>map</p>
        </RegionBoundary>
      </>,
    );
    expect(screen.getByRole("alert").closest("[data-region-error]")?.getAttribute("data-region-error")).toBe("table");
    expect([screen.queryByText("table"), screen.getByText("map") !== null]).toEqual([null, true]);
  });
});

describe("createRoot error reporting", () => {
  it("reports an error a region caught with the [atlas] prefix and the component stack", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { Flaky } = createFlaky();
    const host = document.createElement("div");
    const root = createRoot(host, rootErrorOptions);
    await act(async () => {
      root.render(
        <I18nextProvider i18n={i18n}>
          <RegionBoundary region="chart" part="Trend chart">
            <Flaky />
          </RegionBoundary>
        </I18nextProvider>,
      );
    });
    const lines = logged.mock.calls.map((c) => String(c[0]));
    expect(lines.filter((l) => l.startsWith("[atlas] a region failed and shows its error panel: Error: the chart's data is odd"))).toHaveLength(1);
    expect(lines.find((l) => l.startsWith("[atlas]"))).toContain("component stack:");
    act(() => root.unmount());
  });

  it("says when an error reached no boundary", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    reportRenderError("uncaught", new TypeError("x is undefined"), {});
    expect(logged.mock.calls[0]?.[0]).toBe("[atlas] uncaught render error, React unmounted the page: TypeError: x is undefined");
  });
});

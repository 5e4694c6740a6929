// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n";
import { AboutView } from "./AboutView";

beforeEach(() => {
  localStorage.clear();
  void i18n.changeLanguage("en");
});
afterEach(cleanup);

function details(): HTMLDetailsElement {
  const element = screen.getByTestId("about-view");
  if (!(element instanceof HTMLDetailsElement)) throw new Error("not a <details>");
  return element;
}

function toggle(open: boolean): void {
  details().open = open;
  fireEvent(details(), new Event("toggle"));
}

describe("AboutView", () => {
  it("starts folded, with its summary in the current language", () => {
    render(<AboutView storageKey="test">explained</AboutView>);
    expect(details().open).toBe(false);
    expect(screen.getByText("About this view")).toBeTruthy();
  });

  it("remembers that it was opened, per view", () => {
    const first = render(<AboutView storageKey="test">explained</AboutView>);
    toggle(true);
    first.unmount();
    render(<AboutView storageKey="test">explained</AboutView>);
    expect(details().open).toBe(true);
    cleanup();
    render(<AboutView storageKey="other">explained</AboutView>);
    expect(details().open).toBe(false);
  });

  it("remembers that it was closed again", () => {
    localStorage.setItem("atlas.about.test", "open");
    const first = render(<AboutView storageKey="test">explained</AboutView>);
    expect(details().open).toBe(true);
    toggle(false);
    first.unmount();
    render(<AboutView storageKey="test">explained</AboutView>);
    expect(details().open).toBe(false);
  });
});

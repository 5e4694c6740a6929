// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useRef, useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { SwipeHandle } from "./SwipeHandle";

function Harness({ start = 50 }: { start?: number }) {
  const [value, setValue] = useState(start);
  const stage = useRef<HTMLDivElement>(null);
  return (
    <div ref={stage}>
      <SwipeHandle value={value} onChange={setValue} stageRef={stage} label="Swipe" valueText={`${value}% — left: before 2025, right: after 2025`} />
    </div>
  );
}

afterEach(cleanup);

describe("SwipeHandle", () => {
  it("is a slider with its range, value and value text", () => {
    render(<Harness />);
    const slider = screen.getByRole("slider", { name: "Swipe" });
    expect(["aria-valuemin", "aria-valuemax", "aria-valuenow", "aria-valuetext"].map((a) => slider.getAttribute(a))).toEqual([
      "0",
      "100",
      "50",
      "50% — left: before 2025, right: after 2025",
    ]);
  });

  it("moves one step with an arrow key", () => {
    render(<Harness />);
    const slider = screen.getByRole("slider");
    fireEvent.keyDown(slider, { key: "ArrowRight" });
    expect(slider.getAttribute("aria-valuenow")).toBe("51");
  });

  it("moves ten steps with Shift and an arrow key", () => {
    render(<Harness />);
    const slider = screen.getByRole("slider");
    fireEvent.keyDown(slider, { key: "ArrowLeft", shiftKey: true });
    expect(slider.getAttribute("aria-valuenow")).toBe("40");
  });

  it("goes to the end with End", () => {
    render(<Harness />);
    const slider = screen.getByRole("slider");
    fireEvent.keyDown(slider, { key: "End" });
    expect(slider.style.left).toBe("100%");
  });

  it("can be reached with the keyboard", () => {
    render(<Harness />);
    expect(screen.getByRole("slider").tabIndex).toBe(0);
  });
});

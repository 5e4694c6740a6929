/**
 * "Đọc thêm / About this view / En savoir plus": a view's explanatory paragraphs folded behind
 * one line, so the map and the controls that change it fit a laptop screen. Whether it is open
 * is remembered per view (localStorage), so a reader who opened it once keeps it open.
 */
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

const STORAGE_PREFIX = "atlas.about.";

function readOpen(key: string): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_PREFIX + key) === "open";
  } catch {
    // Storage may be blocked (private mode, embedded frame): the disclosure then starts folded.
    return false;
  }
}

function writeOpen(key: string, open: boolean): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_PREFIX + key, open ? "open" : "closed");
  } catch {
    // Not remembered; the disclosure still works.
  }
}

export function AboutView({ storageKey, children }: { storageKey: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => readOpen(storageKey));
  return (
    <details
      className="about-view"
      open={open}
      data-testid="about-view"
      onToggle={(e) => {
        const next = e.currentTarget.open;
        if (next === open) return;
        setOpen(next);
        writeOpen(storageKey, next);
      }}
    >
      <summary className="about-view__summary">{t("app.about")}</summary>
      <div className="about-view__body">{children}</div>
    </details>
  );
}

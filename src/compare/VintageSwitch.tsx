/**
 * The boundary vintage switch: before or from 1 July 2025. Two radio buttons (keyboard:
 * Tab to the group, arrows to choose) bound to the store's `vintage`, so it is in the URL.
 * Exported for any screen that shows one map (the explorer's header may mount it too).
 */
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Vintage } from "../schema";
import { useAtlasStore } from "../store";
import { VINTAGES } from "./aggregateToVintage";

export function VintageSwitch({ className = "" }: { className?: string }) {
  const { t } = useTranslation();
  const vintage = useAtlasStore((s) => s.vintage);
  const setVintage = useAtlasStore((s) => s.setVintage);
  const name = useId();
  return (
    <fieldset className={`segmented ${className}`.trim()} data-testid="vintage-switch">
      <legend className="segmented__legend">{t("compare.vintage.legend")}</legend>
      {VINTAGES.map((v: Vintage) => (
        <label key={v} className="segmented__option">
          <input type="radio" name={name} value={v} checked={vintage === v} onChange={() => setVintage(v)} />
          <span>{t(`compare.vintage.${v}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

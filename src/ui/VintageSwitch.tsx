/**
 * The one boundary-vintage switch: before or from 1 July 2025. Two radio buttons in a labelled
 * group (Tab to the group, arrow keys to choose), bound to the store's `vintage`, so it is in
 * the URL (v=post) and the map, table, profile, charts and search all follow it.
 */
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Vintage } from "../schema";
import { useAtlasStore } from "../store";
import "./vintage.css";

const VINTAGES: readonly Vintage[] = ["pre2025", "post2025"];

export function VintageSwitch({ className = "", showHint = false }: { className?: string; showHint?: boolean }) {
  const { t } = useTranslation();
  const vintage = useAtlasStore((s) => s.vintage);
  const setVintage = useAtlasStore((s) => s.setVintage);
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className={`vintage-switch ${className}`.trim()} data-testid="vintage-switch" aria-describedby={showHint ? hintId : undefined}>
      <legend className="vintage-switch__legend">{t("vintage.switch.legend")}</legend>
      <div className="vintage-switch__options">
        {VINTAGES.map((v) => (
          <label key={v} className="vintage-switch__option">
            <input type="radio" name={name} value={v} checked={vintage === v} onChange={() => setVintage(v)} />
            <span>{t(`vintage.switch.${v}`)}</span>
          </label>
        ))}
      </div>
      {showHint && (
        <p id={hintId} className="vintage-switch__hint">
          {t("vintage.switch.hint")}
        </p>
      )}
    </fieldset>
  );
}

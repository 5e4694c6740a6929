/** The method in one short paragraph: when a figure moves to a new unit, and that nothing is divided. */
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import "../ui/vintage.css";

export function MethodNote({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="vintage-method" aria-labelledby={headingId} data-testid="vintage-method">
      <h3 id={headingId}>{t("vintage.method.title")}</h3>
      <p>{t("vintage.method.text")}</p>
      {children}
    </section>
  );
}

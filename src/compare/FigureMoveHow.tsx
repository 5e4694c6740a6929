/** How a figure reached the area it is filed under after 1 July 2025, in words (a short badge). */
import { useTranslation } from "react-i18next";
import type { Placement } from "../model/aggregateToVintage";

export function FigureMoveHow({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  switch (placement.kind) {
    case "native":
      return <span className="how how--native">{t("compare.how.native")}</span>;
    case "carried":
      return <span className="how how--carried">{t(`compare.how.rule.${placement.rule}`)}</span>;
    case "not-carried":
      return <span className="how how--not-carried">{t(`compare.how.reason.${placement.reason}`)}</span>;
  }
}

/**
 * The partner format's problems in the reader's language. The check (src/schema/partner.ts) gives
 * each problem its words by id with their values (`words`); the words themselves are in
 * ./locales/partnerProblems.{vi,en,fr}.json, an i18next namespace of their own fetched only when a
 * partner's file is checked, so no reader of the map downloads them. The English `message` and
 * `hint` the check also writes (for the command line) are what English says here:
 * partnerProblems.test.ts holds the two equal.
 */
import type { TFunction } from "i18next";
import type { Lang } from "../schema";
import type { PartnerParams, PartnerProblem, PartnerUnitRef } from "../schema/partner";
import { formatList, INTL_LOCALE } from "./format";
import { i18n } from "./index";

export const PARTNER_PROBLEMS_NS = "partnerProblems";

const BUNDLES: Record<Lang, () => Promise<{ default: unknown }>> = {
  vi: () => import("./locales/partnerProblems.vi.json"),
  en: () => import("./locales/partnerProblems.en.json"),
  fr: () => import("./locales/partnerProblems.fr.json"),
};

let loading: Promise<void> | null = null;

/** Fetches the words of every language once (a few KB); never rejects: without them the English of the check shows. */
export function loadPartnerProblemWords(): Promise<void> {
  loading ??= Promise.all(
    Object.entries(BUNDLES).map(([lang, load]) => load().then((m) => void i18n.addResourceBundle(lang, PARTNER_PROBLEMS_NS, m.default, true, false))),
  ).then(
    () => undefined,
    (error: unknown) => {
      loading = null;
      console.warn("[atlas] the partner problems' words could not be loaded; showing English", error);
    },
  );
  return loading;
}

function isUnit(value: unknown): value is PartnerUnitRef {
  return typeof value === "object" && value !== null && "id" in value && "vintage" in value;
}

/** The values of a problem as words of `lang`: vintages, units and lists of units or ids. */
function paramsIn(params: PartnerParams, t: TFunction, lang: Lang): Record<string, string | number> {
  const vintage = (v: string) => t(`vintage.${v}`, { ns: PARTNER_PROBLEMS_NS });
  const unit = (u: PartnerUnitRef) => t("unit", { ns: PARTNER_PROBLEMS_NS, name: u.name, id: u.id, vintage: vintage(u.vintage) });
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === "vintage" && typeof value === "string") out[key] = vintage(value);
    else if (isUnit(value)) out[key] = unit(value);
    else if (Array.isArray(value) && key === "codes") out[key] = new Intl.ListFormat(INTL_LOCALE[lang], { type: "disjunction" }).format(value as string[]);
    else if (Array.isArray(value)) out[key] = formatList((value as unknown[]).map((v) => (isUnit(v) ? unit(v) : String(v))), lang);
    else out[key] = value as string | number;
  }
  return out;
}

/** A problem's message and hint in `lang`; the check's English when it has no words by id or they are not loaded. */
export function partnerProblemText(problem: PartnerProblem, lang: Lang, t: TFunction = i18n.getFixedT(lang)): { message: string; hint: string } {
  const words = problem.words;
  const messageKey = `messages.${words?.code}`;
  const hintKey = `hints.${words?.hintCode}`;
  if (words === undefined || !i18n.exists(messageKey, { ns: PARTNER_PROBLEMS_NS, lng: lang }) || !i18n.exists(hintKey, { ns: PARTNER_PROBLEMS_NS, lng: lang })) {
    return { message: problem.message, hint: problem.hint };
  }
  const params = { ...paramsIn(words.params, t, lang), ns: PARTNER_PROBLEMS_NS, lng: lang };
  return { message: t(messageKey, params), hint: t(hintKey, params) };
}

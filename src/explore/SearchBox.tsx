/**
 * Unit search as an ARIA 1.2 combobox (list autocomplete): the input keeps focus, the options
 * are announced through aria-activedescendant; ArrowDown/ArrowUp move, Enter selects, Escape
 * closes (then clears). Units of the boundaries on screen come first; choosing a unit selects
 * it in the store and switches the boundaries to its vintage, so the map, table, profile,
 * charts and URL follow.
 */
import { useId, useMemo, useState, type KeyboardEvent, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { unitName, type AtlasIndex } from "../data/atlas";
import { useAtlasIndex } from "../data/hooks";
import type { Lang, UnitId } from "../schema";
import { useAtlasStore, useAtlasStoreApi } from "../store";
import { searchCandidates, searchUnits, type UnitSearchResult } from "./searchUnits";
import "./explore.css";

export default function SearchBox(): ReactElement {
  const { t } = useTranslation();
  const state = useAtlasIndex();
  const lang = useAtlasStore((s) => s.lang);
  const id = useId();
  if (state.status !== "ready") {
    return (
      <div className="search-box">
        <label htmlFor={`${id}-input`}>{t("explore.search.label")}</label>
        <input id={`${id}-input`} type="search" disabled placeholder={t("explore.search.placeholder")} />
      </div>
    );
  }
  return <SearchCombobox index={state.data} lang={lang} id={id} />;
}

function SearchCombobox({ index, lang, id }: { index: AtlasIndex; lang: Lang; id: string }): ReactElement {
  const { t } = useTranslation();
  const select = useAtlasStore((s) => s.select);
  const setVintage = useAtlasStore((s) => s.setVintage);
  const store = useAtlasStoreApi();
  const vintage = useAtlasStore((s) => s.vintage);
  const candidates = useMemo(() => searchCandidates(index), [index]);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useMemo(() => (query.trim() === "" ? [] : searchUnits(candidates, query, undefined, vintage)), [candidates, query, vintage]);
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const expanded = open && results.length > 0;

  const choose = (result: UnitSearchResult) => {
    const unit = index.units.get(result.unitId);
    if (unit === undefined) return;
    if (store.getState().vintage !== unit.vintage) setVintage(unit.vintage);
    select([unit.id]);
    setQuery(unitName(unit, lang));
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        setOpen(true);
        if (!e.altKey && results.length > 0) setActive((i) => (i + 1) % results.length);
        return;
      case "ArrowUp":
        e.preventDefault();
        setOpen(true);
        if (results.length > 0) setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
        return;
      case "Enter": {
        // With nothing highlighted, Enter takes the best match: "bo trach" + Enter selects Bố Trạch.
        const pick = results[active >= 0 ? active : 0];
        if (pick === undefined) return;
        e.preventDefault();
        choose(pick);
        return;
      }
      case "Escape":
        e.preventDefault();
        if (expanded) setOpen(false);
        else setQuery("");
        setActive(-1);
        return;
      default:
        return;
    }
  };

  return (
    <div className="search-box" data-testid="search-box">
      <label htmlFor={inputId}>{t("explore.search.label")}</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={t("explore.search.placeholder")}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => query.trim() !== "" && setOpen(true)}
      />
      <span id={`${id}-hint`} className="sr-only">
        {t("explore.search.hint")}
      </span>
      {/* A custom listbox (ARIA 1.2 combobox pattern): <datalist> cannot show each unit's level and vintage. */}
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role */}
      <div role="listbox" id={listId} aria-label={t("explore.search.results")} className="search-options" hidden={!expanded}>
        {results.map((result, i) => (
          <SearchOption
            key={result.unitId}
            id={optionId(i)}
            index={index}
            result={result}
            lang={lang}
            active={i === active}
            otherVintage={index.units.get(result.unitId)?.vintage !== vintage}
            onChoose={() => choose(result)}
          />
        ))}
      </div>
      <p className="sr-only" aria-live="polite">
        {open && query.trim() !== "" ? t("explore.search.count", { count: results.length }) : ""}
      </p>
    </div>
  );
}

interface SearchOptionProps {
  id: string;
  index: AtlasIndex;
  result: UnitSearchResult;
  lang: Lang;
  active: boolean;
  /** The unit is of the other boundaries: choosing it switches the map, said in the option. */
  otherVintage: boolean;
  onChoose: () => void;
}

function SearchOption({ id, index, result, lang, active, otherVintage, onChoose }: SearchOptionProps): ReactElement | null {
  const { t } = useTranslation();
  const unit = index.units.get(result.unitId);
  if (unit === undefined) return null;
  const formerly = result.formerly === null ? undefined : index.units.get(result.formerly as UnitId);
  return (
    // Options are chosen with the keyboard from the input (aria-activedescendant), so no key handler here.
    // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/prefer-tag-over-role
    <div role="option"
      id={id}
      tabIndex={-1}
      aria-selected={active}
      className={`search-option${active ? " is-active" : ""}${otherVintage ? " search-option--other-vintage" : ""}`}
      data-vintage={unit.vintage}
      // mousedown would blur the input and close the list before the click lands.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onChoose}
    >
      <span className="search-option-name">{unitName(unit, lang)}</span>
      <span className="search-option-meta">
        {t(`profile.unitType.${unit.type}`)} · {t(`common.vintage.${unit.vintage}`)}
        {formerly !== undefined && <> · {t("explore.search.formerly", { name: formerly.shortVi })}</>}
      </span>
      {otherVintage && (
        <span className="search-option-switch">{t("vintage.search.otherVintage", { vintage: t(`vintage.switch.${unit.vintage}`) })}</span>
      )}
    </div>
  );
}

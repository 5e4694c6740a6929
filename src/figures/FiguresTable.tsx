/**
 * The donor's first screen: every figure, sortable, with its area and the level it is
 * reported at, its source, and (on demand) the verbatim quote. Clicking an area selects
 * it for the map, profile and charts. Under the post-2025 boundaries a column says where
 * each figure sits on the new map, below the method and the check that totals agree.
 */
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from "@tanstack/react-table";
import { Fragment, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { currentIndicator, indicatorName, localName, programmeFilter, type AtlasIndex } from "../data/atlas";
import { useFiguresIndex } from "../data/hooks";
import { INTL_LOCALE, formatPeriod } from "../i18n/format";
import type { Lang, Vintage } from "../schema";
import { useAtlasStore } from "../store";
import { MethodNote } from "./MethodNote";
import { TotalsAgree } from "./TotalsAgree";
import { ErrorPanel } from "../ui/ErrorPanel";
import { SlotLoading } from "../ui/slots";
import { AreaCell, PlaceCell, SourceCell, ValueCell } from "./FigureCells";
import { FigureDetail } from "./FigureDetail";
import { placeText } from "../i18n/placeText";
import { anyInferred } from "../data/inconsistency";
import { InferredMark } from "../ui/BasisMarks";
import { TABLE_PAGE_ROWS, buildFigureRows, periodSortKey, selectedAreaKeys, summariseRows, tableScope, valueSortKey, type FigureRow } from "./rows";
import "./FiguresTable.css";

type ColumnId = "area" | "newMap" | "indicator" | "value" | "period" | "programme" | "partners" | "source";

/** Whether a row concerns the selection: its own area, or the new unit it is filed under. */
function isSelected(selected: Set<string>, row: FigureRow): boolean {
  return selected.has(row.areaKey) || selected.has(row.filedUnderKey);
}

/** What the cells read from the table rather than from the columns (table.options.meta). */
interface FiguresTableMeta {
  selected: Set<string>;
}

/**
 * The columns depend on the language, the vintage and the data, not on the selection: a cell
 * renderer is a component to React, so new column definitions at each selection would remount
 * every cell of the table. The selection reaches the cells through the table's meta.
 */
function useColumns(index: AtlasIndex, lang: Lang, vintage: Vintage): ColumnDef<FigureRow>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const collator = new Intl.Collator(INTL_LOCALE[lang]);
    const text = (get: (r: FigureRow) => string) => (a: { original: FigureRow }, b: { original: FigureRow }) =>
      collator.compare(get(a.original), get(b.original));
    const columns: (ColumnDef<FigureRow> & { id: ColumnId })[] = [
      {
        id: "area",
        accessorFn: (r) => r.areaName,
        sortingFn: text((r) => r.areaName),
        cell: ({ row, table }) => <AreaCell row={row.original} index={index} selected={isSelected((table.options.meta as FiguresTableMeta).selected, row.original)} />,
      },
      ...(vintage === "post2025"
        ? [
            {
              id: "newMap" as const,
              accessorFn: (r: FigureRow) => (r.place === null ? "" : (placeText(t, index, r.place, lang) ?? "")),
              sortingFn: text((r) => (r.place === null ? "" : (placeText(t, index, r.place, lang) ?? ""))),
              cell: ({ row }: { row: { original: FigureRow } }) => <PlaceCell row={row.original} index={index} lang={lang} />,
            },
          ]
        : []),
      { id: "indicator", accessorFn: (r) => r.indicatorName, sortingFn: text((r) => r.indicatorName) },
      {
        id: "value",
        accessorFn: valueSortKey,
        sortingFn: "basic",
        cell: ({ row }) => <ValueCell row={row.original} lang={lang} />,
      },
      {
        id: "period",
        accessorFn: periodSortKey,
        sortingFn: "text",
        cell: ({ row }) => {
          const o = row.original.observations[0];
          const inferred = anyInferred(row.original.observations).period;
          return (
            <>
              {formatPeriod(o.periodStart, o.periodEnd, lang, "short")}
              {inferred && <> <InferredMark what="period" /></>}
            </>
          );
        },
      },
      {
        id: "programme",
        accessorFn: (r) => r.programmeName,
        sortingFn: text((r) => `${r.programmeName} ${r.phaseName ?? ""}`),
        cell: ({ row }) => (
          <>
            {row.original.programmeName}
            {row.original.phaseName !== null && <span className="programme-cell__phase">{row.original.phaseName}</span>}
          </>
        ),
      },
      {
        id: "partners",
        accessorFn: (r) => r.partnerNames.join(", "),
        enableSorting: false,
        cell: ({ row }) => (row.original.partnerNames.length === 0 ? "—" : row.original.partnerNames.join(", ")),
      },
      {
        id: "source",
        accessorFn: (r) => index.sources.get(r.observations[0].sourceId)?.publisher ?? "",
        sortingFn: text((r) => index.sources.get(r.observations[0].sourceId)?.publisher ?? ""),
        cell: ({ row }) => <SourceCell row={row.original} index={index} lang={lang} />,
      },
    ];
    return columns;
  }, [index, lang, vintage, t]);
}

function ariaSort(sorted: false | "asc" | "desc"): "ascending" | "descending" | undefined {
  if (sorted === "asc") return "ascending";
  if (sorted === "desc") return "descending";
  return undefined;
}

function SortIcon({ sorted }: { sorted: false | "asc" | "desc" }) {
  return (
    <span className="sort-icon" aria-hidden="true">
      {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
    </span>
  );
}

function Table({ index }: { index: AtlasIndex }) {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const selection = useAtlasStore(useShallow((s) => s.selection));
  const vintage = useAtlasStore((s) => s.vintage);
  // The programme chosen on the map (prog=): the table lists what the map shows.
  const programmeId = programmeFilter(index, useAtlasStore((s) => s.programme));
  const chosenIndicator = useAtlasStore((s) => s.indicator);
  const period = useAtlasStore((s) => s.period);
  const indicator = currentIndicator(index, chosenIndicator, programmeId);
  // A national dataset's table lists what the map shows (rows.ts, tableScope); the programme's, every figure.
  const scope = useMemo(() => tableScope(index, indicator?.id ?? null, period), [index, indicator, period]);
  const rows = useMemo(() => buildFigureRows(index, lang, vintage, programmeId, scope), [index, lang, vintage, programmeId, scope]);
  const programme = programmeId === null ? undefined : index.programmes.get(programmeId);
  const selected = useMemo(() => selectedAreaKeys(index, selection), [index, selection]);
  const columns = useColumns(index, lang, vintage);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const baseId = useId();
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (r) => r.key,
    meta: { selected } satisfies FiguresTableMeta,
  });
  const counts = summariseRows(rows);
  const toggle = (key: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const captionId = `${baseId}-caption`;
  const summaryId = `${baseId}-summary`;
  const columnCount = columns.length + 1;

  if (rows.length === 0) return <p>{t("table.empty")}</p>;
  return (
    <>
      {/* The visible title sits outside the scrolling box so a phone shows it whole; the caption names the table. */}
      <h2 className="figures-table__title">
        {t("table.caption")}
      </h2>
      <p id={summaryId} className="figures-table__summary">
        {t("table.summary", {
          figures: t("table.figures", { count: counts.figures }),
          sources: t("table.sources", { count: counts.sources }),
          areas: t("table.areas", { count: counts.areas }),
        })}
        {counts.conflicts > 0 && ` ${t("table.summaryConflicts", { conflicts: t("table.conflicts", { count: counts.conflicts }) })}`}
      </p>
      {programme !== undefined && (
        <p className="figures-table__filter" data-testid="figures-programme-filter">
          {t("table.programmeOnly", { programme: localName(programme, lang) })}
        </p>
      )}
      {scope.kind === "map" && (
        <p className="figures-table__filter" data-testid="figures-map-scope">
          {t("table.mapScope", {
            indicator: indicator === undefined ? scope.indicatorId : indicatorName(indicator, lang),
            shown: Math.min(TABLE_PAGE_ROWS, rows.length).toLocaleString(INTL_LOCALE[lang]),
            figures: t("table.figures", { count: counts.figures }),
          })}
        </p>
      )}
      {vintage === "post2025" && scope.kind === "all" && (
        <MethodNote>
          <TotalsAgree index={index} lang={lang} />
        </MethodNote>
      )}
      {/* Focusable so keyboard users can scroll a table wider than a phone. */}
      <div className="figures-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="figures-table" aria-describedby={summaryId}>
          <caption id={captionId} className="sr-only">
            {t("table.caption")}
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                <th scope="col" className="figures-table__details-col">
                  <span className="sr-only">{t("table.columns.details")}</span>
                </th>
                {group.headers.map((header) => {
                  const label = header.column.id === "newMap" ? t("vintage.table.column") : t(`table.columns.${header.column.id}`);
                  const sorted = header.column.getIsSorted();
                  return (
                    <th key={header.id} scope="col" aria-sort={ariaSort(sorted)} className={`col-${header.column.id}`}>
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          {label}
                          <SortIcon sorted={sorted} />
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {(scope.kind === "map" ? table.getRowModel().rows.slice(0, TABLE_PAGE_ROWS) : table.getRowModel().rows).map((row) => {
              const r = row.original;
              const open = expanded.has(r.key);
              const detailId = `${baseId}-detail-${r.key}`;
              const classes = ["figures-table__row"];
              if (isSelected(selected, r)) classes.push("is-selected");
              if (r.conflict) classes.push("is-conflict");
              return (
                <Fragment key={row.id}>
                  <tr className={classes.join(" ")} data-row-key={r.key} data-placement={r.place?.placement.kind}>
                    <td className="figures-table__details-col">
                      <button
                        type="button"
                        className="expand-button"
                        aria-expanded={open}
                        aria-controls={open ? detailId : undefined}
                        aria-label={t("table.expandLabel", { indicator: r.indicatorName, area: r.areaName })}
                        onClick={() => toggle(r.key)}
                      >
                        <span aria-hidden="true" className="expand-button__icon">
                          {open ? "−" : "+"}
                        </span>
                        <span aria-hidden="true">{t("table.expand")}</span>
                      </button>
                    </td>
                    {row.getVisibleCells().map((cell) => (
                      <td key={cell.id} className={`col-${cell.column.id}`}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                  {open && (
                    <tr className="figures-table__detail-row" id={detailId}>
                      <td colSpan={columnCount}>
                        <FigureDetail row={r} index={index} lang={lang} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function FiguresTable() {
  const state = useFiguresIndex();
  switch (state.status) {
    case "loading":
      return <SlotLoading />;
    case "error":
      return <ErrorPanel error={state} />;
    case "ready":
      return <Table index={state.data} />;
  }
}

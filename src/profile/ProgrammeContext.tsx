/**
 * The programme panel of the area profile: for each programme that ran at the place, what its
 * sources say besides figures (names, aims, how cases are handled, targets, stories), its
 * partners in the roles the sources give them and its dated milestones, each with its source and
 * the sentence it rests on; and the caveats on the unit itself, with a conflict mark.
 */
import { useMemo, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { localName } from "../data/atlas";
import { useDataset } from "../data/hooks";
import { formatPartialDate } from "../i18n/format";
import type { ContextNote, FiguresFile, Lang, Phase, Programme, Source, UnitId } from "../schema";
import { CaveatMark, contextText } from "../ui/Caveats";
import { SourceProvenance } from "../ui/SourceProvenance";
import { isCaveat, placeContext } from "../model/context";

function Cited({ sources, basis, quote, quoteLang }: { sources: readonly Source[]; basis?: string | undefined; quote: string; quoteLang: Lang }): ReactElement {
  const { t } = useTranslation();
  return (
    <details className="profile-context__cite">
      <summary>{t("context.sourceToggle")}</summary>
      <blockquote lang={quoteLang} className="profile-quote">
        {quote}
      </blockquote>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            {s.publisher}, <cite lang={s.language}>{s.title}</cite>
            <SourceProvenance source={s} />
          </li>
        ))}
        {basis !== undefined && <li>{basis}</li>}
      </ul>
    </details>
  );
}

function Note({ note, lang, sources }: { note: ContextNote; lang: Lang; sources: ReadonlyMap<string, Source> }): ReactElement {
  const { t } = useTranslation();
  const cited = note.sourceIds.flatMap((id) => sources.get(id) ?? []);
  return (
    <li className={isCaveat(note) ? "profile-context__note profile-conflict" : "profile-context__note"} data-context-id={note.id} data-context-kind={note.kind}>
      {note.kind === "conflict" || note.kind === "quality" ? <CaveatMark kind={note.kind} /> : <strong>{t(`context.kind.${note.kind}`)}: </strong>}{" "}
      {contextText(note, lang)}
      <Cited sources={cited} basis={note.basis} quote={note.quote} quoteLang={note.quoteLang} />
    </li>
  );
}

/** The notes data/programmes.csv and data/phases.csv keep (in English): caveats the reader must see where the programme is shown. */
function DataNotes({ figures, programme, phaseIds, lang }: { figures: FiguresFile; programme: Programme; phaseIds: readonly string[]; lang: Lang }): ReactElement | null {
  const { t } = useTranslation();
  const phases = figures.phases.filter((p) => phaseIds.includes(p.id) && p.note !== undefined);
  if (programme.note === undefined && phases.length === 0) return null;
  return (
    <ul className="profile-context__data-notes">
      {programme.note !== undefined && (
        <li data-note-of={`programme:${programme.id}`}>
          {t("context.programmeNote")} <span lang="en">{programme.note}</span>
        </li>
      )}
      {phases.map((p) => (
        <li key={p.id} data-note-of={`phase:${p.id}`}>
          {t("context.phaseNote", { phase: localName(p, lang) })} <span lang="en">{p.note}</span>
        </li>
      ))}
    </ul>
  );
}

export function ProgrammeContextView({ figures, unitId, phases, lang, headingId }: {
  figures: FiguresFile;
  unitId: UnitId;
  phases: readonly Pick<Phase, "id" | "programmeId">[];
  lang: Lang;
  headingId: string;
}): ReactElement | null {
  const { t } = useTranslation();
  const place = useMemo(() => placeContext(figures, unitId, phases), [figures, unitId, phases]);
  const sources = useMemo(() => new Map(figures.sources.map((s) => [s.id, s])), [figures]);
  if (place.programmes.length === 0 && place.unitNotes.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="profile-context" data-testid="programme-context">
      <h3 id={headingId}>{t("context.heading")}</h3>
      {place.unitNotes.length > 0 && (
        <ul className="profile-context__notes" data-context-unit={unitId}>
          {place.unitNotes.map((n) => (
            <Note key={n.id} note={n} lang={lang} sources={sources} />
          ))}
        </ul>
      )}
      {place.programmes.map(({ programme, notes, partners, milestones }) => (
        <article key={programme.id} className="profile-context__programme" data-programme-id={programme.id}>
          <h4>{localName(programme, lang)}</h4>
          <DataNotes figures={figures} programme={programme} phaseIds={phases.filter((p) => p.programmeId === programme.id).map((p) => p.id)} lang={lang} />
          {notes.length > 0 && (
            <ul className="profile-context__notes">
              {notes.map((n) => (
                <Note key={n.id} note={n} lang={lang} sources={sources} />
              ))}
            </ul>
          )}
          {partners.length > 0 && (
            <>
              <h5>{t("context.partners")}</h5>
              <ul className="profile-context__partners">
                {partners.map(({ organisation, partnership: p }) => (
                  <li key={`${p.organisationId}|${p.phaseId ?? ""}|${p.sourceId}`} data-partner-id={p.organisationId}>
                    <strong>{localName(organisation, lang)}</strong> — {lang === "vi" ? p.roleVi : lang === "fr" ? p.roleFr : p.roleEn}
                    <Cited sources={sources.get(p.sourceId) === undefined ? [] : [sources.get(p.sourceId) as Source]} quote={p.quote} quoteLang={p.quoteLang} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {milestones.length > 0 && (
            <>
              <h5>{t("context.milestones")}</h5>
              <ul className="profile-context__milestones">
                {milestones.map((m) => (
                  <li key={m.id} data-milestone-id={m.id}>
                    <time dateTime={m.date}>{formatPartialDate(m.date, lang)}</time>: {milestoneLabel(m, lang)}
                    {m.quote !== undefined && (
                      <Cited sources={m.sourceIds.flatMap((id) => sources.get(id) ?? [])} quote={m.quote} quoteLang={m.quoteLang ?? "vi"} />
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
    </section>
  );
}

/** The panel, fed from figures.json; nothing while it loads (the rest of the profile does not wait for it). */
export function ProgrammeContext(props: { unitId: UnitId; phases: readonly Pick<Phase, "id" | "programmeId">[]; lang: Lang; headingId: string }): ReactElement | null {
  const figures = useDataset("figures");
  if (figures.status !== "ready") return null;
  return <ProgrammeContextView figures={figures.data} {...props} />;
}

/** A milestone's label in the reader's language; French falls back to English where the file has no French. */
function milestoneLabel(m: { labelVi: string; labelEn: string; labelFr?: string | undefined }, lang: Lang): string {
  switch (lang) {
    case "vi":
      return m.labelVi;
    case "en":
      return m.labelEn;
    case "fr":
      return m.labelFr ?? m.labelEn;
  }
}

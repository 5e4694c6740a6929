/**
 * What the sources say about the programmes at a place besides figures (pure): names and aims,
 * how cases are handled, targets, stories told by place and role, partners in the roles a source
 * gives them, dated milestones; and the caveats on the phases and on the unit itself (dates that
 * disagree, doubtful values), which the profile shows with a conflict mark.
 */
import type { ContextNote, FiguresFile, Milestone, Organisation, Partnership, Phase, Programme, UnitId } from "../schema";

export interface PartnerInRole {
  organisation: Organisation;
  partnership: Partnership;
}

export interface ProgrammeContext {
  programme: Programme;
  /** Notes on the programme and on its phases at this place, programme first, in file order. */
  notes: ContextNote[];
  partners: PartnerInRole[];
  milestones: Milestone[];
}

export interface PlaceContext {
  programmes: ProgrammeContext[];
  /** Notes about the unit itself: stories told there, doubtful values of its area or population. */
  unitNotes: ContextNote[];
}

type ContextData = Pick<FiguresFile, "programmes" | "organisations" | "milestones" | "partnerships" | "context">;

/** Caveats are drawn with a conflict mark, as figures whose sources disagree are. */
export function isCaveat(note: Pick<ContextNote, "kind">): boolean {
  return note.kind === "conflict" || note.kind === "quality";
}

/** The context for a unit, given the phases that ran there (as the profile's phase list finds them). */
export function placeContext(data: ContextData, unitId: UnitId, phases: readonly Pick<Phase, "id" | "programmeId">[]): PlaceContext {
  const context = data.context ?? [];
  const partnerships = data.partnerships ?? [];
  const organisations = new Map(data.organisations.map((o) => [o.id, o]));
  const phaseIds = new Set(phases.map((p) => p.id));
  const programmeIds = [...new Set(phases.map((p) => p.programmeId))];
  const programmes = programmeIds.flatMap((programmeId): ProgrammeContext[] => {
    const programme = data.programmes.find((p) => p.id === programmeId);
    if (programme === undefined) return [];
    const about = (n: ContextNote) => n.subjects.includes(`programme:${programmeId}`) || n.subjects.some((s) => s.startsWith("phase:") && phaseIds.has(s.slice("phase:".length)));
    const notes = [...context.filter((n) => n.subjects.includes(`programme:${programmeId}`)), ...context.filter((n) => about(n) && !n.subjects.includes(`programme:${programmeId}`))];
    const partners = partnerships
      .filter((p) => p.programmeId === programmeId && (p.phaseId === null || phaseIds.has(p.phaseId)))
      .flatMap((partnership) => {
        const organisation = organisations.get(partnership.organisationId);
        return organisation === undefined ? [] : [{ organisation, partnership }];
      });
    const milestones = data.milestones.filter((m) => m.programmeId === programmeId).sort((a, b) => a.date.localeCompare(b.date));
    return [{ programme, notes, partners, milestones }];
  });
  // A note already shown under a programme (a story told in this commune) is not repeated.
  const shown = new Set(programmes.flatMap((p) => p.notes.map((n) => n.id)));
  const unitNotes = context.filter((n) => n.subjects.includes(`unit:${unitId}`) && !shown.has(n.id));
  return { programmes, unitNotes };
}

/** The caveats (dates that disagree) on one phase: for the phase list's conflict mark. */
export function phaseCaveats(data: Pick<FiguresFile, "context">, phaseId: string): ContextNote[] {
  return (data.context ?? []).filter((n) => isCaveat(n) && n.subjects.includes(`phase:${phaseId}`));
}

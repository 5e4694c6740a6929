/**
 * The partner preview's state: a file a partner dropped, checked in a worker, shown beside the
 * programme's figures until cleared. Kept in the store (the map, the table and the panel read it)
 * but never in the URL: the records stay in this browser tab, and a shared link never carries them.
 */
import type { StateCreator } from "zustand/vanilla";
import type { PartnerRecord } from "../schema";
import type { PartnerProblem } from "../schema/partner";

export type PartnerPreview =
  /** The file is being read and checked; nothing of it is shown yet. */
  | { status: "checking"; fileName: string; token: number }
  /** Refused: every problem is listed, and no record is shown. */
  | { status: "invalid"; fileName: string; problems: PartnerProblem[] }
  /** Every row passed: its records are shown, labelled as the partner's. */
  | { status: "ready"; fileName: string; records: PartnerRecord[] };

export type PartnerCheckResult = { ok: true; records: PartnerRecord[] } | { ok: false; problems: PartnerProblem[] };

export interface PartnerPreviewSlice {
  /** null: no preview. */
  partnerPreview: PartnerPreview | null;
  /** Replaces any preview by "checking"; returns the token its result must bring back. */
  beginPartnerPreview: (fileName: string) => number;
  /** Shows a check's result, unless another file was dropped or the preview cleared since (a stale result is dropped). */
  endPartnerPreview: (token: number, result: PartnerCheckResult) => void;
  clearPartnerPreview: () => void;
  /**
   * The published partners' records (public/data/partner_records.json, manifest role
   * "partnerRecords"), once loaded after the first map: drawn on the explorer map beside a
   * preview, never in the programme's figures. null: none published, or not loaded yet.
   */
  publishedPartners: readonly PartnerRecord[] | null;
  setPublishedPartners: (records: readonly PartnerRecord[] | null) => void;
}

export function createPartnerPreviewSlice<S extends PartnerPreviewSlice>(): StateCreator<S, [], [], PartnerPreviewSlice> {
  let next = 0;
  return (set, get) => ({
    partnerPreview: null,
    beginPartnerPreview: (fileName) => {
      next += 1;
      set({ partnerPreview: { status: "checking", fileName, token: next } } as Partial<S>);
      return next;
    },
    endPartnerPreview: (token, result) => {
      const current = get().partnerPreview;
      if (current === null || current.status !== "checking" || current.token !== token) return;
      const fileName = current.fileName;
      set({ partnerPreview: result.ok ? { status: "ready", fileName, records: result.records } : { status: "invalid", fileName, problems: result.problems } } as Partial<S>);
    },
    clearPartnerPreview: () => set({ partnerPreview: null } as Partial<S>),
    publishedPartners: null,
    setPublishedPartners: (records) => set({ publishedPartners: records } as Partial<S>),
  });
}

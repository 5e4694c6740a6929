/**
 * The partner preview's worker: reads a dropped file (UTF-8, RFC 4180, with csv-parse as the
 * pipeline does) and checks it with the partner format's one definition (src/schema/partner.ts),
 * off the page's thread so a large file never freezes the map. It answers one message with the
 * records or every problem; it makes no request: the file never leaves the browser.
 */
import { parse } from "csv-parse/browser/esm/sync";
import { checkPartnerTable, type PartnerCheck, type PartnerContext, type PartnerProblem, type PartnerWords } from "../schema/partner";

export interface PartnerWorkerRequest {
  fileName: string;
  bytes: ArrayBuffer;
  context: PartnerContext;
}

/** Larger files are refused before reading: a preview is for a partner's submission, not a national table. */
export const PREVIEW_MAX_BYTES = 20 * 1024 * 1024;

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** Start line of a record: its end line minus the line breaks inside it (as src/pipeline/csv.ts counts). */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(\r?\n)+/, "").replace(/\r?\n$/, "");
  return endLine - (body.match(/\r?\n/g)?.length ?? 0);
}

function refuse(file: string, line: number | null, field: string | null, message: string, hint: string, words: PartnerWords): PartnerCheck {
  const problem: PartnerProblem = { file, line, field, message, hint, words };
  return { ok: false, problems: [problem] };
}

export function checkPartnerBytes({ fileName: file, bytes, context }: PartnerWorkerRequest): PartnerCheck {
  if (bytes.byteLength > PREVIEW_MAX_BYTES) {
    const size = (bytes.byteLength / 1024 / 1024).toFixed(1);
    const limit = PREVIEW_MAX_BYTES / 1024 / 1024;
    return refuse(file, null, null, `the file is ${size} MB, more than the preview reads (${limit} MB)`, "split it into smaller files, or add it with npm run data -- --add FILE", { code: "tooBig", hintCode: "splitFile", params: { size, limit } });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(file, null, "encoding", "the file is not UTF-8 (a spreadsheet saved it as Windows-1258, Latin-1 or UTF-16): its accented letters would be read damaged", 'save it again as UTF-8: in Excel "Save as" > "CSV UTF-8 (comma delimited)"; in LibreOffice tick "Edit filter settings" and choose "Unicode (UTF-8)"', { code: "notUtf8", hintCode: "saveUtf8", params: {} });
  }
  if (text.trim() === "") return refuse(file, 1, "header", "the file is empty", "write the header row of the template and one row per figure", { code: "emptyFile", hintCode: "writeHeader", params: {} });
  let parsed: ParsedRecord[];
  try {
    parsed = parse(text, { bom: true, info: true, raw: true, skip_empty_lines: true }) as unknown as ParsedRecord[];
  } catch (error: unknown) {
    const e = error as { message?: string; lines?: number };
    const detail = e.message ?? String(error);
    return refuse(file, typeof e.lines === "number" ? e.lines : 1, "quoting", `not readable as CSV (${detail})`, "check the quoting on this line: a cell with a comma, quote or line break must be wrapped in double quotes, and quotes inside it doubled", { code: "notCsv", hintCode: "quoting", params: { detail } });
  }
  const [header, ...records] = parsed;
  const columns = (header?.record ?? []).map((c) => c.trim());
  const rows = records.map(({ record, raw, info }) => ({
    line: startLine(info.lines, raw),
    cells: Object.fromEntries(columns.map((c, i) => [c, (record[i] ?? "").trim()])),
  }));
  return checkPartnerTable({ file, columns, rows }, context);
}

// Only inside a worker: a test imports the function above without starting anything.
const scope = globalThis as unknown as {
  WorkerGlobalScope?: unknown;
  addEventListener(type: "message", listener: (e: MessageEvent<PartnerWorkerRequest>) => void): void;
  postMessage(message: PartnerCheck): void;
};
if (scope.WorkerGlobalScope !== undefined) {
  // A worker answers its own page: a worker's postMessage has no target origin to give.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  scope.addEventListener("message", (event) => scope.postMessage(checkPartnerBytes(event.data)));
}

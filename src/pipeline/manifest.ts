/** The manifest: what was generated, its hash and size, and the credit each source requires. */
import { createHash } from "node:crypto";
import { type Attribution, type FileRole, type LegalAct, type Manifest, SCHEMA_VERSION } from "../schema";

export interface OutputFile {
  path: string;
  role: FileRole;
  content: string;
}

export function sha256(content: string): string {
  return createHash("sha256").update(content, "utf8").digest("hex");
}

/**
 * Generation time from SOURCE_DATE_EPOCH (seconds) when set, else data/release.json's dataAsOf
 * at 00:00 UTC — never the clock, so that a rebuild reproduces the committed bytes.
 */
export function generatedAt(env: Record<string, string | undefined>, dataAsOf: string): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date(`${dataAsOf}T00:00:00Z`).toISOString();
}

export function attributions(legalActs: LegalAct[]): Attribution[] {
  const acts = legalActs.map((a) => a.number).join(", ");
  return [
    {
      dataset: "geoBoundaries VNM ADM1 (gbOpen, VNM-ADM1-63759600): 63 provinces before 1 July 2025",
      publisher: "geoBoundaries (William & Mary geoLab)",
      licence: "Public domain",
      text: "Administrative boundaries courtesy of geoBoundaries.org",
      url: "https://www.geoboundaries.org",
      // The archipelagos of the post-2025 Đà Nẵng and Khánh Hòa are these polygons too.
      usedIn: ["boundaries.topo.json#provinces_pre2025", "boundaries.topo.json#provinces_post2025"],
    },
    {
      dataset: "geoBoundaries VNM ADM2 (gbOpen, VNM-ADM2-81297802): districts of Hà Tĩnh, Quảng Bình and Tuyên Quang",
      publisher: "geoBoundaries (William & Mary geoLab); source OCHA ROAP / Government of Viet Nam",
      licence: "CC BY 3.0 IGO",
      text: "Administrative boundaries: OCHA ROAP / Government of Viet Nam, via geoBoundaries (CC BY 3.0 IGO)",
      url: "https://www.geoboundaries.org",
      usedIn: ["boundaries.topo.json#districts_pre2025"],
    },
    {
      dataset:
        "34 provinces from 1 July 2025 and the 271 communes of Hà Tĩnh, Quảng Trị and Tuyên Quang, from the government's 2025 merger map portal as collected by thanglequoc/vietnamese-provinces-database (commit 3b0e1aa, 15 March 2026). Caveats: the portal's province polygons leave out the Hoàng Sa and Trường Sa archipelagos (drawn from geoBoundaries ADM1); its per-commune areas disagree with its polygons, so official areas come from the admin facts; four provinces differ from their official area by more than 3% (area_report.json)",
      publisher: "sapnhap.bando.com.vn (bản đồ sắp xếp đơn vị hành chính 2025), via thanglequoc/vietnamese-provinces-database",
      licence: "No licence stated by the portal; the collecting repository is MIT-licensed",
      text: "Ranh giới sau sắp xếp: sapnhap.bando.com.vn (bản đồ sắp xếp đơn vị hành chính 2025), qua thanglequoc/vietnamese-provinces-database (MIT)",
      url: "https://sapnhap.bando.com.vn",
      usedIn: ["boundaries.topo.json#provinces_post2025", "communes.topo.json", "area_report.json"],
    },
    {
      dataset: "Natural Earth 1:50m countries, as packaged by world-atlas 2.0.2",
      publisher: "Natural Earth; world-atlas (npm)",
      licence: "Public domain (Natural Earth); ISC (world-atlas)",
      text: "Made with Natural Earth",
      url: "https://www.naturalearthdata.com",
      usedIn: ["basemap.topo.json"],
    },
    {
      dataset: "Administrative unit codes (lists of 2025-01-04 and 2025-07-01; letters 915/CTK-CSCL and 1027/CTK-CSCL)",
      publisher: "General Statistics Office of Viet Nam (Cục Thống kê)",
      licence: "Official code lists, public",
      text: "Unit codes: General Statistics Office of Viet Nam (Cục Thống kê)",
      url: "https://danhmuchanhchinh.nso.gov.vn",
      usedIn: ["units.json", "crosswalk.json"],
    },
    {
      dataset: `Resolutions of the 2025 reorganisation: ${acts}`,
      publisher: "National Assembly of Viet Nam (Quốc hội) and its Standing Committee (Ủy ban Thường vụ Quốc hội)",
      licence: "Official legal texts, public",
      text: `Reorganisation of 1 July 2025: ${acts}`,
      url: "https://xaydungchinhsach.chinhphu.vn",
      usedIn: ["crosswalk.json", "units.json"],
    },
    {
      dataset: "Areas and populations of the new provinces and communes (provisional for communes)",
      publisher: "sapnhap.bando.com.vn (map portal on the 2025 reorganisation)",
      licence: "No licence stated; figures cited as facts with their source",
      text: "Areas and populations of new units: sapnhap.bando.com.vn",
      url: "https://sapnhap.bando.com.vn",
      usedIn: ["units.json"],
    },
  ];
}

export function buildManifest(files: OutputFile[], at: string, dataVersion: string, legalActs: LegalAct[]): Manifest {
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: at,
    dataVersion,
    files: files.map((f) => ({ path: f.path, role: f.role, sha256: sha256(f.content), bytes: Buffer.byteLength(f.content, "utf8") })),
    attribution: attributions(legalActs),
  };
}

import { describe, expect, it } from "vitest";
import { clauseWords } from "./crosswalk";
import { nameEn, shortAscii, shortVi, tidyVi, unitTypeFromName, unitTypeOf } from "./names";

describe("unit names", () => {
  it("strips the type word for the short name", () => {
    expect([shortVi("Thành Phố Đồng Hới"), shortAscii("Thanh pho Dong Hoi"), shortVi("Thị trấn Nông trường Việt Trung")]).toEqual(["Đồng Hới", "Dong Hoi", "Nông trường Việt Trung"]);
  });

  it("writes the English name from the short ASCII name and the type", () => {
    expect([nameEn("Dong Hoi", "thanh_pho"), nameEn("Nghen", "thi_tran")]).toEqual(["Dong Hoi City", "Nghen Township"]);
  });

  it("normalises the capitalisation of the type word", () => {
    expect(tidyVi("Thành Phố Đồng Hới")).toBe("Thành phố Đồng Hới");
  });

  it("maps the admin facts' type words to the schema's types", () => {
    expect([unitTypeOf("thanh pho truc thuoc trung uong"), unitTypeOf("thanh pho (thuoc tinh)"), unitTypeFromName("Phường Bắc Lý")]).toEqual(["thanh_pho_tw", "thanh_pho", "phuong"]);
  });
});

describe("clauseWords", () => {
  it("drops the transcription's bold markers and restores a swallowed space", () => {
    expect(clauseWords("thành phường mới có tên gọi là phường**Bắc Hồng Lĩnh**.")).toBe("thành phường mới có tên gọi là phường Bắc Hồng Lĩnh.");
  });
});

import { describe, expect, it } from "vitest";
import { MatchRank, foldDiacritics, matchKey, matchRank, normalizeName, rankMatches } from "./normalize";

describe("foldDiacritics", () => {
  it("strips Vietnamese tone and vowel marks", () => {
    expect(foldDiacritics("Bố Trạch")).toBe("Bo Trach");
  });
  it("maps đ and Đ to d and D", () => {
    expect(foldDiacritics("Đồng Hới đ")).toBe("Dong Hoi d");
  });
  it("folds decomposed (NFD) input the same as composed (NFC)", () => {
    expect(foldDiacritics("Quảng Bình".normalize("NFD"))).toBe(foldDiacritics("Quảng Bình".normalize("NFC")));
  });
});

describe("normalizeName", () => {
  it("lower-cases and collapses spaces", () => {
    expect(normalizeName("  Hàm   Yên ")).toBe("ham yen");
  });
  it("turns punctuation into spaces", () => {
    expect(normalizeName("TP. Đồng Hới")).toBe("tp dong hoi");
  });
});

describe("matchKey", () => {
  it("drops a Vietnamese administrative prefix", () => {
    expect(matchKey("Huyện Bố Trạch")).toBe("bo trach");
  });
  it("drops the two-word prefix 'thành phố' whole", () => {
    expect(matchKey("Thành phố Đồng Hới")).toBe("dong hoi");
  });
  it("prefers 'thị xã' over 'thị trấn' and 'xã'", () => {
    expect(matchKey("Thị xã Hồng Lĩnh")).toBe("hong linh");
  });
  it("drops an English suffix", () => {
    expect(matchKey("Bo Trach District")).toBe("bo trach");
  });
  it("drops only one prefix, so a name that starts like a prefix survives", () => {
    expect(matchKey("Xã Xuân Lộc")).toBe("xuan loc");
  });
  it("keeps a lone administrative word", () => {
    expect(matchKey("Huyện")).toBe("huyen");
  });
});

describe("matchRank", () => {
  it("ranks an unaccented query equal to the full name as exact", () => {
    expect(matchRank("bo trach", "Huyện Bố Trạch")).toBe(MatchRank.exact);
  });
  it("ranks a start of the name as prefix", () => {
    expect(matchRank("dong", "Thành phố Đồng Hới")).toBe(MatchRank.prefix);
  });
  it("ranks the start of a later word as word prefix", () => {
    expect(matchRank("trach", "Huyện Bố Trạch")).toBe(MatchRank.wordPrefix);
  });
  it("ranks a match inside a word as substring", () => {
    expect(matchRank("rach", "Huyện Bố Trạch")).toBe(MatchRank.substring);
  });
  it("finds a type word through the full name", () => {
    expect(matchRank("thi xa", "Thị xã Hồng Lĩnh")).toBe(MatchRank.prefix);
  });
  it("returns null when nothing matches", () => {
    expect(matchRank("ha tinh", "Huyện Bố Trạch")).toBeNull();
  });
  it("returns null for an empty query", () => {
    expect(matchRank("  ", "Huyện Bố Trạch")).toBeNull();
  });
});

describe("rankMatches", () => {
  it("puts exact matches before prefix and substring matches", () => {
    const found = rankMatches("bo trach", [
      { item: "substring", names: ["Xã Tây Bố Trạch"] },
      { item: "prefix", names: ["Bố Trạch Mới"] },
      { item: "exact", names: ["Huyện Bố Trạch"] },
    ]);
    expect(found.map((m) => m.item)).toEqual(["exact", "prefix", "substring"]);
  });
  it("keeps input order among equal ranks", () => {
    const found = rankMatches("dong hoi", [
      { item: "city", names: ["Thành phố Đồng Hới"] },
      { item: "ward", names: ["Phường Đồng Hới"] },
    ]);
    expect(found.map((m) => m.item)).toEqual(["city", "ward"]);
  });
  it("reports which of a candidate's names matched best", () => {
    const [match] = rankMatches("quang binh", [{ item: "new", names: ["Tỉnh Quảng Trị", "Tỉnh Quảng Bình"] }]);
    expect(match?.nameIndex).toBe(1);
  });
  it("leaves out candidates that do not match", () => {
    expect(rankMatches("can loc", [{ item: "x", names: ["Huyện Nghi Xuân"] }])).toEqual([]);
  });
});

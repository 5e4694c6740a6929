import { describe, expect, it } from "vitest";
import { embedSnippet, embedUrl, fullAtlasUrl, hostScriptUrl, parseEmbedOptions } from "./links";

describe("parseEmbedOptions", () => {
  it("is off without embed=1", () => {
    expect(parseEmbedOptions("view=compare", "compare")).toEqual({ embed: false, part: "compare", controls: true, rejected: [] });
  });

  it("reads the explorer's part and the controls", () => {
    expect(parseEmbedOptions("embed=1&part=chart&controls=0", "explorer")).toEqual({ embed: true, part: "chart", controls: false, rejected: [] });
  });

  it("falls back to the map for an unknown part, and says which option it did not understand", () => {
    const o = parseEmbedOptions("embed=1&part=globe&controls=maybe", "explorer");
    expect(o.part).toBe("map");
    expect(o.controls).toBe(true);
    expect(o.rejected).toEqual(["part", "controls"]);
  });

  it("shows a compare or national view whole, whatever the part", () => {
    expect(parseEmbedOptions("embed=1&part=chart", "national").part).toBe("national");
  });
});

describe("links", () => {
  const page = "https://atlas.example.org/atlas/?view=compare&embed=1&part=chart&controls=0&loadTimeout=500#figures";

  it("the full atlas link drops the embed options and the fragment, keeps other parameters", () => {
    expect(fullAtlasUrl(page, "view=compare&cmp=side&sw=20")).toBe("https://atlas.example.org/atlas/?view=compare&cmp=side&sw=20&loadTimeout=500");
  });

  it("the embed link adds embed=1 and the explorer's part", () => {
    expect(embedUrl("https://a.example/x/index.html?lang=en", "sel=pre2025:450,pre2025:455", "chart", "explorer")).toBe(
      "https://a.example/x/index.html?sel=pre2025:450,pre2025:455&embed=1&part=chart",
    );
    expect(embedUrl("https://a.example/", "", "map", "explorer")).toBe("https://a.example/?embed=1");
  });

  it("the embed link keeps the page's chosen theme (theme=), which the embedded page draws in", () => {
    expect(embedUrl("https://a.example/x/?theme=dark", "ind=trained", "map", "explorer")).toBe("https://a.example/x/?ind=trained&theme=dark&embed=1");
  });

  it("the host script sits beside index.html", () => {
    expect(hostScriptUrl("https://a.example/x/index.html?view=national")).toBe("https://a.example/x/embed.js");
    expect(hostScriptUrl("https://a.example/x/")).toBe("https://a.example/x/embed.js");
  });

  it("the snippet is an escaped, titled, lazy iframe and one script tag", () => {
    const s = embedSnippet('https://a.example/?embed=1&x="1"', "Bản đồ <kết quả>", 480, "https://a.example/embed.js");
    const [iframe, script, extra] = s.split("\n");
    expect(extra).toBeUndefined();
    expect(iframe).toContain('src="https://a.example/?embed=1&amp;x=&quot;1&quot;"');
    expect(iframe).toContain('title="Bản đồ &lt;kết quả&gt;"');
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('width="100%" height="480"');
    expect(script).toBe('<script src="https://a.example/embed.js" async></script>');
  });
});

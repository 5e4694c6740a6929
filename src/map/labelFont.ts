/**
 * The self-hosted Noto Sans for map labels. deck.gl's TextLayer draws its glyph atlas on a
 * canvas once, with whatever font the browser has at that moment: if Noto Sans (and its
 * Vietnamese subset, loaded on demand by unicode-range) is not loaded yet, the atlas falls back
 * to another font and diacritics can come out wrong. So the map waits for this promise.
 */
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/vietnamese-400.css";

/** The CSS font shorthand the labels are drawn with (weight, size, family). */
export const LABEL_FONT_CSS = '400 16px "Noto Sans"';

/** Resolves once the font faces needed for `text` are loaded (or at once where the Font Loading API is missing). Never rejects. */
export async function loadLabelFont(text: string): Promise<void> {
  const fonts = typeof document === "undefined" ? undefined : document.fonts;
  if (fonts === undefined) return;
  try {
    await fonts.load(LABEL_FONT_CSS, text || "Bố Trạch Đồng Hới Hà Tĩnh");
  } catch {
    // A font that fails to load leaves the fallback font; labels still draw.
  }
}

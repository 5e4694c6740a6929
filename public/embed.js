/*
 * Results Atlas host script: sizes embedded atlas iframes to their content.
 *
 * Paste beside the iframe (see the README, "Share, embed and download"):
 *   <iframe src="…/?view=…&embed=1" data-atlas-embed …></iframe>
 *   <script src="…/embed.js" async></script>
 *
 * The embedded page posts { type: "results-atlas:resize", version: 1, height: <px> } to its
 * parent. This script accepts a message only when it comes from the window of an iframe
 * marked data-atlas-embed, from that iframe's own origin, and has exactly that shape; every
 * other message is ignored. No dependencies; safe to include more than once.
 */
(function () {
  "use strict";
  if (window.__resultsAtlasHost) return;
  window.__resultsAtlasHost = true;

  var TYPE = "results-atlas:resize";
  var MAX_HEIGHT = 20000;

  function isResize(data) {
    if (data === null || typeof data !== "object") return false;
    var keys = Object.keys(data).sort().join(",");
    return (
      keys === "height,type,version" &&
      data.type === TYPE &&
      data.version === 1 &&
      typeof data.height === "number" &&
      isFinite(data.height) &&
      data.height > 0 &&
      data.height <= MAX_HEIGHT
    );
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener("message", function (event) {
    if (!isResize(event.data)) return;
    var frames = document.querySelectorAll("iframe[data-atlas-embed]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) return;
      var height = Math.ceil(event.data.height) + "px";
      if (frame.style.height !== height) frame.style.height = height;
      return;
    }
  });
})();

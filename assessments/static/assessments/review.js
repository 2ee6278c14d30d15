// On wider screens, open the answers that were not right; on a phone every answer
// stays folded so the page stays short. Without JavaScript they are all folded and
// each opens with a tap, as <details> does by itself.
(function () {
  "use strict";
  if (!window.matchMedia || !window.matchMedia("(min-width: 48.0625em)").matches) {
    return;
  }
  document.querySelectorAll("details[data-review-not-right]").forEach(function (el) {
    el.open = true;
  });
})();

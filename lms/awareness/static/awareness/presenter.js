// Progressive enhancement for the presenter views: the section timer counts down,
// and the shared screen follows when the presenter moves on from their own device.
// Without this file each page still shows the time left as it was when loaded.
(function () {
  "use strict";
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function format(seconds) {
    var s = Math.abs(seconds);
    return Math.floor(s / 60) + ":" + pad(s % 60);
  }
  function startTimer(el) {
    var planned = parseInt(el.getAttribute("data-planned"), 10) || 0;
    var elapsed = parseInt(el.getAttribute("data-elapsed"), 10) || 0;
    var started = Date.now() - elapsed * 1000;
    function tick() {
      var done = Math.floor((Date.now() - started) / 1000);
      var left = planned - done;
      el.textContent = left >= 0
        ? "Time left in this section: " + format(left) + " of " + format(planned)
        : "Over the planned time by " + format(left);
      el.classList.toggle("alongside-presenter__timer--over", left < 0);
    }
    tick();
    window.setInterval(tick, 1000);
  }
  function follow(stage) {
    var url = stage.getAttribute("data-presenter-state");
    var shown = stage.getAttribute("data-section");
    if (!url || !window.fetch || shown === "ended") return;
    window.setInterval(function () {
      window.fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (state) {
          if (state && (String(state.section) !== shown || !state.open)) {
            window.location.reload();
          }
        })
        .catch(function () { /* offline for a moment: try again next time */ });
    }, 5000);
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-timer]"), startTimer);
    var stage = document.querySelector("[data-presenter-state]");
    if (stage) follow(stage);
  });
})();

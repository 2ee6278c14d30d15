// Progressive enhancement for the presenter view: a live section timer.
// Without this file the page still says when the section started and its planned length.
(function () {
  "use strict";
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function format(seconds) {
    var s = Math.abs(seconds);
    return Math.floor(s / 60) + ":" + pad(s % 60);
  }
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.querySelector("[data-timer]");
    if (!el) return;
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
  });
})();

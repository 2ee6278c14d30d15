// Progressive enhancement only: every journey works without this file.
(function () {
  "use strict";
  function leave(link) {
    // The link ends the session on its way to the neutral site. With JavaScript, end
    // it in the background (keepalive outlives this page) and go to the neutral site
    // at once, replacing this page in the history so "back" does not return here.
    var away = link.getAttribute("data-quick-exit") || link.href;
    if (link.href !== away && window.fetch) {
      try {
        window.fetch(link.href, {
          credentials: "same-origin", keepalive: true, redirect: "manual"
        }).catch(function () {});
      } catch (error) {
        away = link.href;
      }
    } else {
      away = link.href;
    }
    window.location.replace(away);
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (!link) return;
    event.preventDefault();
    leave(link);
  });
  // After a form is sent back with errors, move focus to the list of problems so it
  // is read out first (as NHS.UK frontend's own script does).
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".nhsuk-error-summary");
    if (summary) summary.focus();
  });
  // Pressing Escape three times leaves quickly, as on many support sites.
  var presses = 0;
  var timer = null;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { presses = 0; }, 1500);
    if (presses >= 3) {
      var link = document.querySelector("[data-quick-exit]");
      if (link) leave(link);
    }
  });
})();

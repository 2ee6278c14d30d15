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
  // Counters under long text boxes (words for essays, characters for reflections).
  // The server checks the same limits and says so; this only shows it as you type.
  function plural(n, one, many) { return n === 1 ? one : many; }
  function countMessage(box) {
    var text = box.value.trim();
    var max = parseInt(box.getAttribute("data-count-max"), 10) || 0;
    var characters = parseInt(box.getAttribute("data-count-characters"), 10) || 0;
    if (box.getAttribute("data-count") === "characters") {
      var left = max - box.value.length;
      if (left >= 0) {
        return "You have " + left.toLocaleString("en-GB") + " " +
          plural(left, "character", "characters") + " left.";
      }
      return "You have " + (-left).toLocaleString("en-GB") + " " +
        plural(-left, "character", "characters") + " too many.";
    }
    var words = text ? text.split(/\s+/).length : 0;
    var min = parseInt(box.getAttribute("data-count-min"), 10) || 0;
    var message = "You have written " + words + " " + plural(words, "word", "words");
    if (characters && box.value.length > characters) {
      return message + ": that is over the " + characters.toLocaleString("en-GB") +
        " characters an answer can hold, so please shorten it.";
    }
    if (min && words < min) return message + ": the task asks for at least " + min + ".";
    if (max && words > max) return message + ": the task suggests " + max + " at most.";
    return message + ".";
  }
  document.addEventListener("DOMContentLoaded", function () {
    var boxes = document.querySelectorAll("textarea[data-count]");
    Array.prototype.forEach.call(boxes, function (box) {
      var output = document.getElementById(box.id + "-count");
      if (!output) return;
      var timer = null;
      output.textContent = countMessage(box);
      box.addEventListener("input", function () {
        clearTimeout(timer);
        // Wait for a pause in typing, so screen readers are not talked over.
        timer = setTimeout(function () { output.textContent = countMessage(box); }, 400);
      });
    });
  });

  // Quiz answers and reflection drafts are saved as they are given. Without this,
  // they are saved by the form's own buttons ("Save", "Save a draft", "Take a
  // break", "Get support").
  function autosave(form) {
    var status = form.querySelector("[data-autosave-status]");
    var busy = false;
    var again = false;
    var timer = null;
    var waitingSubmitter = null;
    function say(message) { if (status && message) status.textContent = message; }
    function done() {
      busy = false;
      if (waitingSubmitter) {
        var submitter = waitingSubmitter;
        waitingSubmitter = null;
        if (form.requestSubmit) form.requestSubmit(submitter); else form.submit();
      } else if (again) {
        again = false;
        send();
      }
    }
    function send() {
      clearTimeout(timer);
      if (busy) { again = true; return; }
      busy = true;
      var data = new FormData(form);
      data.set("action", "autosave");
      // Not form.action: the form's buttons are named "action" and hide it.
      window.fetch(form.getAttribute("action") || window.location.href, {
        method: "POST", body: data, credentials: "same-origin",
        headers: { "Accept": "application/json" }
      }).then(function (response) {
        return response.json().then(function (body) {
          if (response.ok && body.revision !== undefined) {
            form.elements.revision.value = body.revision;
          }
          // A new reflection, once saved, is saved into the same entry from then
          // on, and a reload opens it.
          if (response.ok && body.url) {
            form.setAttribute("action", body.url);
            // A reflection written inside a lesson stays on the lesson's address.
            if (window.history.replaceState && !form.hasAttribute("data-autosave-stay")) {
              window.history.replaceState(null, "", body.url);
            }
          }
          say(body.message);
        });
      }).catch(function () {
        say("This could not be saved just now. It will be saved when you press one of the buttons.");
      }).then(done);
    }
    form.addEventListener("change", send);
    form.addEventListener("input", function (event) {
      if (event.target.tagName !== "TEXTAREA" && event.target.type !== "text") return;
      clearTimeout(timer);
      timer = setTimeout(send, 1500);
    });
    // A button pressed while a save is on its way waits for it, so the form it
    // sends carries the newest revision.
    form.addEventListener("submit", function (event) {
      clearTimeout(timer);
      if (!busy) return;
      event.preventDefault();
      waitingSubmitter = event.submitter || null;
      again = false;
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (!window.fetch || !window.FormData) return;
    var forms = document.querySelectorAll("form[data-autosave]");
    Array.prototype.forEach.call(forms, autosave);
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

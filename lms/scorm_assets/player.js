/*
 * An Alongside course or module as a SCORM 1.2 SCO (built by lms/scorm.py): shows the
 * parts (the course's sections or the module's lessons) one step at a time and talks
 * to the learning system through its SCORM 1.2 API.
 *
 * Plain JavaScript with no dependencies and no calls to any server: the package works
 * offline from the zip. Without a learning system (opened on its own) the course still
 * plays; nothing is saved.
 *
 * What it keeps in the learning system:
 *   cmi.core.lesson_location  the step on show ("section-3", "check", "result")
 *   cmi.suspend_data          JSON: parts done, seconds counted per part, the
 *                             check's result, so a later sitting resumes and the
 *                             minimum-time rule holds across sittings
 *   cmi.core.lesson_status    incomplete, then passed (or completed with no check),
 *                             or failed after a check below the pass mark
 *   cmi.core.score.*          the check's score in per cent
 *   cmi.core.session_time     this sitting's length (HHHH:MM:SS.SS)
 *   cmi.core.exit             "suspend" when leaving part-way, "" once completed
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("course-data").textContent);
  var hasCheck = data.answers.length > 0;
  var noun = data.noun || "course";
  var partNoun = data.partNoun || "section";
  var mustPass = data.mustPass || [];

  // --- The SCORM 1.2 API: ADL's search up the parent windows, then the opener ---

  function findAPIFrom(win) {
    var tries = 0;
    while (win && tries < 500) {
      tries += 1;
      try {
        if (win.API) {
          return win.API;
        }
      } catch (e) {
        // A window from another origin: it cannot be the API's.
      }
      if (!win.parent || win.parent === win) {
        return null;
      }
      win = win.parent;
    }
    return null;
  }

  function findAPI() {
    var api = findAPIFrom(window);
    if (!api && window.opener) {
      api = findAPIFrom(window.opener);
    }
    return api;
  }

  var lms = {
    api: null,
    live: false,
    finished: false,
    start: function () {
      this.api = findAPI();
      if (this.api) {
        this.live = String(this.api.LMSInitialize("")) === "true";
      }
      return this.live;
    },
    get: function (name) {
      if (!this.live || this.finished) {
        return "";
      }
      var value = this.api.LMSGetValue(name);
      return value === null || value === undefined ? "" : String(value);
    },
    set: function (name, value) {
      if (this.live && !this.finished) {
        this.api.LMSSetValue(name, String(value));
      }
    },
    commit: function () {
      if (this.live && !this.finished) {
        this.api.LMSCommit("");
      }
    },
    finish: function () {
      if (this.live && !this.finished) {
        this.api.LMSFinish("");
      }
      this.finished = true;
    },
  };

  // --- What the learner has done, kept in cmi.suspend_data ---

  var state = {
    done: [], // 1 for each section read
    seconds: [], // seconds counted on each section
    score: null, // the check's last score in per cent
    right: null, // and how many were right
    checkPassed: false,
    completed: false,
  };

  function fillState(saved) {
    for (var i = 0; i < data.sectionCount; i += 1) {
      state.done[i] = saved && saved.d && saved.d[i] ? 1 : 0;
      var seconds = saved && saved.s ? Number(saved.s[i]) : 0;
      state.seconds[i] = isFinite(seconds) && seconds > 0 ? Math.min(seconds, data.sectionCaps[i]) : 0;
    }
    if (saved) {
      state.score = typeof saved.k === "number" ? saved.k : null;
      state.right = typeof saved.r === "number" ? saved.r : null;
      state.checkPassed = saved.c === 1;
      state.completed = saved.f === 1;
    }
  }

  function readSaved() {
    var text = lms.get("cmi.suspend_data");
    if (!text) {
      return null;
    }
    try {
      var saved = JSON.parse(text);
      if (!saved || typeof saved !== "object") {
        return null;
      }
      // From an earlier version of the course with other sections: the sections
      // done would point at the wrong ones, so start them afresh.
      if (saved.v !== data.version && (saved.d || []).length !== data.sectionCount) {
        return null;
      }
      return saved;
    } catch (e) {
      return null; // Something else wrote there: start afresh rather than fail.
    }
  }

  function suspendData() {
    return JSON.stringify({
      v: data.version,
      d: state.done,
      s: state.seconds.map(function (s) {
        return Math.floor(s);
      }),
      k: state.score,
      r: state.right,
      c: state.checkPassed ? 1 : 0,
      f: state.completed ? 1 : 0,
    });
  }

  // --- The clock: time counts while a section is on show, capped per section ---

  var clock = { section: null, since: 0 };
  var sessionStart = Date.now();

  function clockStop() {
    if (clock.section !== null) {
      var i = clock.section;
      var elapsed = Math.max(0, (Date.now() - clock.since) / 1000);
      state.seconds[i] = Math.min(data.sectionCaps[i], state.seconds[i] + elapsed);
    }
    clock.section = null;
  }

  function clockStart(section) {
    clockStop();
    clock.section = section;
    clock.since = Date.now();
  }

  function clockFlush() {
    var section = clock.section;
    if (section !== null) {
      clockStart(section);
    }
  }

  function secondsSpent() {
    return state.seconds.reduce(function (sum, s) {
      return sum + s;
    }, 0);
  }

  function sessionTime() {
    var hundredths = Math.max(0, Math.round((Date.now() - sessionStart) / 10));
    var hours = Math.floor(hundredths / 360000);
    var minutes = Math.floor((hundredths % 360000) / 6000);
    var seconds = Math.floor((hundredths % 6000) / 100);
    var rest = hundredths % 100;
    function pad(n, width) {
      var text = String(n);
      while (text.length < width) {
        text = "0" + text;
      }
      return text;
    }
    return pad(Math.min(hours, 9999), 4) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2) + "." + pad(rest, 2);
  }

  // --- Completion: every section, the check, and the minimum time ---

  function sectionsLeft() {
    var left = [];
    for (var i = 0; i < data.sectionCount; i += 1) {
      if (!state.done[i]) {
        left.push(i);
      }
    }
    return left;
  }

  function timeMet() {
    return secondsSpent() >= data.minimumSeconds;
  }

  function isComplete() {
    return state.completed || (sectionsLeft().length === 0 && (!hasCheck || state.checkPassed) && timeMet());
  }

  function report() {
    clockFlush();
    if (!state.completed && isComplete()) {
      state.completed = true;
    }
    if (state.score !== null) {
      lms.set("cmi.core.score.min", 0);
      lms.set("cmi.core.score.max", 100);
      lms.set("cmi.core.score.raw", state.score);
    }
    var status = "incomplete";
    if (state.completed) {
      status = hasCheck ? "passed" : "completed";
    } else if (hasCheck && state.score !== null && !state.checkPassed) {
      status = "failed";
    }
    lms.set("cmi.core.lesson_status", status);
    lms.set("cmi.suspend_data", suspendData());
    lms.commit();
  }

  // --- Showing the steps ---

  var steps = Array.prototype.slice.call(document.querySelectorAll("[data-step]"));
  var statusLine = document.querySelector("[data-status]");
  var current = null;

  function stepElement(name) {
    return document.querySelector('[data-step="' + name + '"]');
  }

  function updateProgress() {
    var total = data.sectionCount + (hasCheck ? 1 : 0);
    var done = state.done.reduce(function (sum, d) {
      return sum + d;
    }, 0) + (hasCheck && state.checkPassed ? 1 : 0);
    if (state.completed) {
      done = total;
    }
    var box = document.querySelector("[data-progress]");
    box.hidden = false;
    box.querySelector("progress").value = done;
    box.querySelector("[data-progress-text]").textContent = done + " of " + total + " parts done";
  }

  function show(name, options) {
    if (name === "check" && state.checkPassed) {
      name = "result"; // passed already: straight on to the record
    }
    var target = stepElement(name);
    if (!target) {
      name = "intro";
      target = stepElement(name);
    }
    steps.forEach(function (step) {
      step.hidden = step !== target;
    });
    current = name;
    if (target.hasAttribute("data-section")) {
      clockStart(Number(target.getAttribute("data-section")));
    } else {
      clockStop();
    }
    if (name === "result") {
      renderResult();
    }
    var heading = target.querySelector("h2");
    document.title = (name === "intro" ? "" : heading.textContent + " – ") + data.title;
    lms.set("cmi.core.lesson_location", name);
    report();
    updateProgress();
    if (!options || options.focus !== false) {
      heading.focus();
      window.scrollTo(0, 0);
    }
  }

  function element(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      node.setAttribute(key, attrs[key]);
    });
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function renderResult() {
    var box = document.querySelector("[data-result]");
    var heading = document.querySelector("[data-result-heading]");
    box.textContent = "";
    if (isComplete()) {
      heading.textContent = noun.charAt(0).toUpperCase() + noun.slice(1) + " completed";
      box.appendChild(
        element(
          "p",
          {},
          "Thank you for taking the time. Your learning system now has a record that you completed " + data.title + "."
        )
      );
      renderAnswers(box);
      box.appendChild(element("p", {}, "You can close this window, or press the button to finish now."));
      var finish = element("button", { type: "button", class: "nhsuk-button", "data-finish": "" }, "Finish and save my record");
      box.appendChild(finish);
      return;
    }
    heading.textContent = "Not finished yet";
    var left = sectionsLeft();
    if (left.length) {
      box.appendChild(
        element("p", {}, "You have " + plural(left.length, partNoun) + " left. Pick up where you left off whenever suits you.")
      );
      box.appendChild(goButton("section-" + (left[0] + 1), "Continue"));
    } else if (hasCheck && !state.checkPassed) {
      if (state.right !== null) {
        box.appendChild(
          element(
            "p",
            {},
            "You got " + state.right + " of " + data.answers.length + " right. To complete the " + noun + " you need " +
              data.neededRight + " of " + data.answers.length +
              (mustPass.length ? ", including every question that must be right" : "") +
              ". Have another look at the " + partNoun + "s if it helps, then try the check again: the right answers are shown once you pass."
          )
        );
        box.appendChild(goButton("check", "Try the quick check again"));
      } else {
        box.appendChild(goButton("check", "Take the quick check"));
      }
    }
    if (!timeMet()) {
      var spent = Math.floor(secondsSpent() / 60);
      var needed = Math.max(1, Math.ceil((data.minimumSeconds - secondsSpent()) / 60));
      var note = element("div", { class: "nhsuk-inset-text" });
      note.appendChild(element("span", { class: "nhsuk-u-visually-hidden" }, "Information: "));
      note.appendChild(
        element(
          "p",
          {},
          "This " + noun + " is planned to take about " + data.totalMinutes + " minutes, and it counts as completed once you have spent at least " +
            data.minimumMinutes + " minutes on its " + partNoun + "s. So far we have counted " + plural(spent, "minute") +
            ", so it needs about " + plural(needed, "minute") + " more."
        )
      );
      note.appendChild(element("p", {}, "There is no rush, and nothing you have done is lost. The time you spend reading a " + partNoun + " counts."));
      box.appendChild(note);
      var brief = [];
      for (var i = 0; i < data.sectionCount; i += 1) {
        if (state.seconds[i] < data.sectionMinutes[i] * 60) {
          brief.push(i);
        }
      }
      if (brief.length) {
        box.appendChild(element("h3", { class: "nhsuk-heading-s" }, partNoun.charAt(0).toUpperCase() + partNoun.slice(1) + "s you read more quickly than planned"));
        var list = element("ul", { class: "nhsuk-list" });
        brief.forEach(function (index) {
          var item = element("li");
          var title = stepElement("section-" + (index + 1)).querySelector("h2").textContent;
          item.appendChild(goButton("section-" + (index + 1), index + 1 + ". " + title, "alongside-link-button"));
          list.appendChild(item);
        });
        box.appendChild(list);
      }
    }
  }

  function goButton(step, label, className) {
    return element("button", { type: "button", class: className || "nhsuk-button", "data-go": step }, label);
  }

  function renderAnswers(box) {
    if (!hasCheck || state.right === null) {
      return;
    }
    box.appendChild(element("p", {}, "You got " + state.right + " of " + data.answers.length + " right in the quick check."));
    var questions = document.querySelectorAll("[data-question]");
    Array.prototype.forEach.call(questions, function (question, index) {
      var card = element("div", { class: "nhsuk-card" });
      var content = element("div", { class: "nhsuk-card__content" });
      content.appendChild(element("h3", { class: "nhsuk-card__heading nhsuk-heading-s" }, question.querySelector("legend").textContent));
      content.appendChild(element("p", {}, "The answer: " + data.answerTexts[index]));
      if (data.explanations[index]) {
        content.appendChild(element("p", { class: "nhsuk-body-s" }, data.explanations[index]));
      }
      card.appendChild(content);
      box.appendChild(card);
    });
  }

  // --- The knowledge check, marked here: SCORM has no server to mark it ---

  function submitCheck(event) {
    event.preventDefault();
    var form = event.target;
    var summary = document.querySelector("[data-check-errors]");
    var list = document.querySelector("[data-check-error-list]");
    var chosen = [];
    var missing = [];
    list.textContent = "";
    data.answers.forEach(function (answer, index) {
      var number = index + 1;
      var picked = form.querySelector('input[name="question-' + number + '"]:checked');
      var group = form.querySelector('[data-question="' + index + '"]');
      var fieldset = group.querySelector("fieldset");
      var error = document.getElementById("question-" + number + "-error");
      var hint = document.getElementById("question-" + number + "-hint");
      var described = hint ? [hint.id] : [];
      if (picked) {
        chosen.push(Number(picked.value));
        group.classList.remove("nhsuk-form-group--error");
        setDescribedBy(fieldset, described);
        error.hidden = true;
      } else {
        missing.push(number);
        group.classList.add("nhsuk-form-group--error");
        setDescribedBy(fieldset, described.concat([error.id]));
        error.hidden = false;
        var item = element("li");
        item.appendChild(element("a", { href: "#question-" + number + "-0" }, "Choose an answer to question " + number));
        list.appendChild(item);
      }
    });
    if (missing.length) {
      summary.hidden = false;
      summary.focus();
      return;
    }
    summary.hidden = true;
    var right = chosen.filter(function (choice, index) {
      return choice === data.answers[index];
    }).length;
    var total = data.answers.length;
    var safe = mustPass.every(function (index) {
      return chosen[index] === data.answers[index];
    });
    state.right = right;
    state.score = Math.round((100 * right) / total);
    if (right * 100 >= data.passMark * total && safe) {
      state.checkPassed = true;
    }
    show("result");
  }

  function setDescribedBy(node, ids) {
    if (ids.length) {
      node.setAttribute("aria-describedby", ids.join(" "));
    } else {
      node.removeAttribute("aria-describedby");
    }
  }

  // --- Leaving: record the sitting's time, and suspend if there is more to do ---

  function leave() {
    if (lms.finished) {
      return;
    }
    clockStop();
    report();
    lms.set("cmi.core.session_time", sessionTime());
    lms.set("cmi.core.exit", isComplete() ? "" : "suspend");
    lms.commit();
    lms.finish();
  }

  function onClick(event) {
    var target = event.target.closest("button");
    if (!target) {
      return;
    }
    if (target.hasAttribute("data-complete")) {
      state.done[Number(target.getAttribute("data-complete"))] = 1;
    }
    if (target.hasAttribute("data-go")) {
      show(target.getAttribute("data-go"));
    } else if (target.hasAttribute("data-finish")) {
      leave();
      var box = document.querySelector("[data-result]");
      box.textContent = "";
      box.appendChild(element("p", {}, "Your record is saved. You can close this window now."));
      document.querySelector("[data-result-heading]").focus();
    }
  }

  function begin() {
    var connected = lms.start();
    var saved = connected ? readSaved() : null;
    fillState(saved);
    if (connected) {
      var status = lms.get("cmi.core.lesson_status");
      if (status === "passed" || status === "completed") {
        state.completed = true;
      }
    }
    Array.prototype.forEach.call(document.querySelectorAll("[data-js-only]"), function (node) {
      node.hidden = false;
    });
    document.querySelector("[data-no-js]").hidden = true;
    var location = lms.get("cmi.core.lesson_location");
    var resuming = Boolean(location && stepElement(location));
    if (!connected) {
      statusLine.textContent = "This " + noun + " is not connected to a learning system, so your progress will not be saved.";
    } else if (resuming) {
      statusLine.textContent = "Welcome back. You are where you left off.";
    }
    if (resuming || saved) {
      var start = document.querySelector("[data-start]");
      start.textContent = "Continue where you left off";
      start.setAttribute("data-go", resuming ? location : "section-1");
    }
    document.addEventListener("click", onClick);
    var check = document.querySelector("[data-check]");
    if (check) {
      check.addEventListener("submit", submitCheck);
    }
    window.addEventListener("pagehide", leave);
    window.addEventListener("beforeunload", leave);
    show(resuming ? location : "intro", { focus: false });
  }

  begin();
})();

// Live progress of "Issue for everyone": polls the cohort's count while the
// background tasks run. Without JavaScript the page shows the count at load time.
(function () {
  "use strict";
  var bar = document.getElementById("issued-progress");
  var text = document.getElementById("issued-progress-text");
  if (!bar || !text || !bar.dataset.progressUrl) {
    return;
  }
  var unchanged = 0;
  var last = Number(bar.value);
  function poll() {
    fetch(bar.dataset.progressUrl, { credentials: "same-origin" })
      .then(function (response) {
        return response.ok ? response.json() : Promise.reject(response.status);
      })
      .then(function (data) {
        bar.max = Math.max(data.total, 1);
        bar.value = data.issued;
        bar.textContent = data.text;
        text.textContent = data.text;
        unchanged = data.issued === last ? unchanged + 1 : 0;
        last = data.issued;
        // Stop when everyone has one, or nothing has changed for a while.
        if (data.issued < data.total && unchanged < 10) {
          window.setTimeout(poll, 1500);
        }
      })
      .catch(function () {
        text.textContent += " (refresh the page to see the latest count)";
      });
  }
  window.setTimeout(poll, 1000);
})();

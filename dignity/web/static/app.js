/* Dignity: small progressive enhancements on top of htmx. The pages work without it. */
(function () {
  "use strict";

  // Upload progress: htmx reports XHR upload progress on the form.
  document.addEventListener("htmx:xhr:progress", function (evt) {
    var form = evt.target.closest ? evt.target.closest("#upload-form") : null;
    if (!form) { return; }
    var bar = document.getElementById("upload-progress");
    var status = document.getElementById("upload-status");
    if (!bar || !evt.detail.lengthComputable) { return; }
    var pct = Math.round((evt.detail.loaded / evt.detail.total) * 100);
    bar.hidden = false;
    bar.value = pct;
    bar.textContent = pct + "%";
    if (status) { status.textContent = pct < 100 ? "Uploading: " + pct + "%" : "Uploaded; reading the documents…"; }
  });
  document.addEventListener("htmx:afterRequest", function (evt) {
    if (!evt.target || evt.target.id !== "upload-form") { return; }
    var bar = document.getElementById("upload-progress");
    var status = document.getElementById("upload-status");
    if (bar) { bar.hidden = true; bar.value = 0; }
    if (status) { status.textContent = evt.detail.successful ? "Done." : "The upload failed; see the message."; }
    if (evt.detail.successful) { evt.target.reset(); }
  });

  // Keep open findings open when htmx refreshes the findings after a review.
  var openFindings = [];
  document.addEventListener("htmx:beforeSwap", function (evt) {
    var t = evt.detail.target;
    if (t && (t.id === "findings" || t.id === "case-body")) {
      openFindings = Array.prototype.map.call(document.querySelectorAll("details.finding[open]"), function (d) { return d.id; });
    }
  });
  document.addEventListener("htmx:afterSettle", function () {
    openFindings.forEach(function (id) {
      var d = document.getElementById(id);
      if (d) { d.open = true; }
    });
  });

  // Announce a review in the live region.
  document.body && document.body.addEventListener("factReviewed", function (evt) {
    var alerts = document.getElementById("alerts");
    if (alerts && evt.detail && evt.detail.message) {
      var p = document.createElement("p");
      p.className = "alert alert-info";
      p.textContent = evt.detail.message;
      alerts.replaceChildren(p);
    }
  });

  // Opening a link to an evidence span inside a closed <details>: open it.
  function openTarget() {
    if (!location.hash) { return; }
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    while (el) {
      if (el.tagName === "DETAILS") { el.open = true; }
      el = el.parentElement;
    }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();

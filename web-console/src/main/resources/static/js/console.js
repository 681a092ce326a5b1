// The console works without this file; it only moves focus to what a screen-reader user must hear first:
// the error summary of a refused form (after a full page load or an htmx swap), or the page message.
(function () {
  function focusProblem(root) {
    var target = (root || document).querySelector('#error-summary, #page-message');
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }
  document.addEventListener('DOMContentLoaded', function () { focusProblem(document); });
  document.addEventListener('htmx:afterSettle', function (e) { focusProblem(e.detail.elt); });
  // An upload's progress (a CSV import): the <progress data-upload-progress> of the form being sent.
  document.addEventListener('htmx:xhr:progress', function (e) {
    if (!e.detail.lengthComputable) return;
    var form = e.detail.elt.closest ? e.detail.elt.closest('form') : null;
    var bar = form ? form.querySelector('[data-upload-progress]') : null;
    if (bar) bar.value = Math.round(e.detail.loaded * 100 / e.detail.total);
  });
})();

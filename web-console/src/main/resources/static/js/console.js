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
})();

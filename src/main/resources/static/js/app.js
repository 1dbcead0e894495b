// Behaviour shared by every page. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  // GOV.UK pattern: after a refused submission, move focus to the error summary so keyboard and
  // screen-reader users start from the list of problems.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }

  // Buttons marked data-print print the page.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });

  // htmx requests carry the CSRF token like the forms do.
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', function (event) {
      event.detail.headers[header.content] = token.content;
    });
  }
})();

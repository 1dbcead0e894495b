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

  // Forms marked data-busy start long work (a draw, a publication): once sent, they say so and
  // cannot be sent twice. The buttons are disabled after the form data is taken, so a named
  // submit button still sends its value.
  document.querySelectorAll('form[data-busy]').forEach(function (form) {
    form.addEventListener('submit', function () {
      window.setTimeout(function () {
        form.querySelectorAll('button[type=submit]').forEach(function (button) { button.disabled = true; });
      }, 0);
      var note = document.createElement('p');
      note.className = 'busy-note mt-2 mb-0';
      note.setAttribute('role', 'status');
      note.textContent = form.getAttribute('data-busy');
      form.appendChild(note);
    });
  });

  // A checkbox marked data-reveals shows the block it names while ticked and hides the one named by
  // data-conceals (registration: the employer list, or the bureau's desk and the workplace). Without
  // JavaScript both stay on the page, and the server reads the tick to know which one counts.
  document.querySelectorAll('input[type=checkbox][data-reveals]').forEach(function (box) {
    var reveals = document.getElementById(box.getAttribute('data-reveals'));
    var conceals = document.getElementById(box.getAttribute('data-conceals'));
    function apply() {
      if (reveals) {
        reveals.hidden = !box.checked;
      }
      if (conceals) {
        conceals.hidden = box.checked;
      }
    }
    box.addEventListener('change', apply);
    apply();
  });

  // A table too wide for the screen scrolls inside its box (.table-responsive); the box takes the
  // keyboard focus then, so that it can be scrolled without a mouse (WCAG 2.1.1), and only then.
  function markScrollableTables() {
    document.querySelectorAll('.table-responsive').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) {
        box.setAttribute('tabindex', '0');
      } else {
        box.removeAttribute('tabindex');
      }
    });
  }
  markScrollableTables();
  var resizing;
  window.addEventListener('resize', function () {
    window.clearTimeout(resizing);
    resizing = window.setTimeout(markScrollableTables, 150);
  });
  document.body.addEventListener('htmx:afterSettle', markScrollableTables);

  // htmx requests carry the CSRF token like the forms do.
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', function (event) {
      event.detail.headers[header.content] = token.content;
    });
  }
})();

// Buttons marked data-print print the page (no inline handlers: the CSP forbids them).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});

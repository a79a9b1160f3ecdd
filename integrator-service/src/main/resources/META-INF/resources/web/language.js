// The options menu Language (login screen and top right of every page): choosing a language applies it at once, so
// the form's own button (for browsers without JavaScript) is hidden.
(function () {
  document.querySelectorAll('form.language').forEach(function (form) {
    var select = form.querySelector('select');
    var button = form.querySelector('button');
    if (button) { button.hidden = true; }
    select.addEventListener('change', function () { form.submit(); });
  });
})();

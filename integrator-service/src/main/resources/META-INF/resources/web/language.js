// The options menu Language (login screen and top right of every page): choosing a language applies it at once; the
// form's own button does the same without JavaScript.
(function () {
  document.querySelectorAll('form.language select').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
})();

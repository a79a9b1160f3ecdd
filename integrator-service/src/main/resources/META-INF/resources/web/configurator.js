// Automatic logoff after the inactivity timeout without input (the manual: approx. 10 minutes). Only user input counts:
// the pages' own status refreshes must not keep a forgotten session open.
(function () {
  var ms = parseInt(document.body.dataset.inactivityMs, 10);
  if (!ms) { return; }
  var timer;
  function arm() {
    clearTimeout(timer);
    timer = setTimeout(function () { window.location.href = '/logout?reason=inactive'; }, ms);
  }
  ['keydown', 'mousedown', 'wheel', 'touchstart'].forEach(function (e) {
    document.addEventListener(e, arm, { passive: true });
  });
  arm();
  // CSRF: every htmx request carries the page's token, which the server compares with its cookie (CsrfGuard).
  document.body.addEventListener('htmx:configRequest', function (e) {
    e.detail.headers['X-CSRF-Token'] = document.body.dataset.csrf;
  });
  // Sorting a list: a click on a column header sets sort/dir in the list controls and asks for the list again.
  document.addEventListener('click', function (e) {
    var link = e.target.closest('a.sort');
    if (!link) { return; }
    e.preventDefault();
    var sort = document.getElementById('sort'), dir = document.getElementById('dir');
    dir.value = (sort.value === link.dataset.sort && dir.value !== 'desc') ? 'desc' : 'asc';
    sort.value = link.dataset.sort;
    htmx.trigger('#list-controls', 'submit');
  });
  // Cancel: the changes on the page are dropped and the settings stored now are loaded again (the manual's Cancel).
  document.addEventListener('click', function (e) {
    if (e.target.closest('button.reload')) {
      window.location.assign(window.location.pathname + window.location.search);
    }
  });
  // Auto-hide menu (unchecked by default): when checked, the menu folds away as soon as the pointer leaves it.
  var autoHide = document.getElementById('auto-hide-menu');
  if (autoHide) {
    var apply = function () { document.body.classList.toggle('menu-auto-hide', autoHide.checked); };
    autoHide.checked = window.localStorage.getItem('multicell.autoHideMenu') === 'true';
    apply();
    autoHide.addEventListener('change', function () {
      window.localStorage.setItem('multicell.autoHideMenu', autoHide.checked ? 'true' : 'false');
      apply();
    });
  }
  // Paging of a list: a click on Previous, Next or a page number sets the page in the list controls and asks again.
  // A new filter, page size or column choice starts again at page 1.
  document.addEventListener('click', function (e) {
    var link = e.target.closest('a.page');
    if (!link) { return; }
    e.preventDefault();
    var page = document.getElementById('page');
    if (!page) { return; }
    page.value = link.dataset.page;
    htmx.trigger('#list-controls', 'submit');
  });
  document.addEventListener('change', function (e) {
    var page = document.getElementById('page');
    if (page && e.target.closest('#list-controls')) { page.value = ''; }
  });
  // Download of a list (e.g. Export as CSV): the link carries the list controls' current filter and order.
  document.addEventListener('click', function (e) {
    var link = e.target.closest('a.download-list');
    if (!link) { return; }
    var form = document.getElementById(link.dataset.controls);
    if (!form) { return; }
    e.preventDefault();
    var query = new URLSearchParams(new FormData(form));
    query.delete('page');
    window.location.href = link.getAttribute('href') + '?' + query.toString();
  });
  // Marking rows: the box in the header (e.g. next to Timestamp) marks or unmarks every row of its table.
  document.addEventListener('change', function (e) {
    if (!e.target.classList.contains('mark-all')) { return; }
    e.target.closest('table').querySelectorAll('tbody input[type=checkbox]').forEach(function (box) {
      box.checked = e.target.checked;
    });
  });
  // An ordered list of a settings form (e.g. active codecs): move a choice up/down, or between active and available.
  // Only the active choices' inputs are enabled, so the form posts them in the order shown.
  document.addEventListener('click', function (e) {
    var button = e.target.closest('.ordered-list button');
    if (!button) { return; }
    var item = button.closest('li'), box = button.closest('.ordered-list');
    var active = box.querySelector('.active'), available = box.querySelector('.available');
    var input = item.querySelector('input');
    if (button.classList.contains('up') && item.previousElementSibling) {
      item.parentNode.insertBefore(item, item.previousElementSibling);
    } else if (button.classList.contains('down') && item.nextElementSibling) {
      item.parentNode.insertBefore(item.nextElementSibling, item);
    } else if (button.classList.contains('deactivate')) {
      input.disabled = true;
      available.appendChild(item);
    } else if (button.classList.contains('activate')) {
      input.disabled = false;
      active.appendChild(item);
    }
  });
  // A choice that fills in other fields (e.g. Country: its prefixes): the option names them in data-fills
  // ("field=value ..."); they show the values at once and are saved with Set like anything typed.
  document.addEventListener('change', function (e) {
    if (e.target.tagName !== 'SELECT' || e.target.multiple) { return; }
    var option = e.target.options[e.target.selectedIndex];
    if (!option || !option.dataset.fills) { return; }
    option.dataset.fills.split(' ').forEach(function (pair) {
      var at = pair.indexOf('=');
      var field = document.getElementById(pair.substring(0, at));
      if (field) { field.value = pair.substring(at + 1); }
    });
  });
  // Show password: the check box shows the characters of the password fields it names (data-fields) or hides them again.
  document.addEventListener('change', function (e) {
    if (!e.target.classList.contains('show-password')) { return; }
    e.target.dataset.fields.split(' ').forEach(function (id) {
      var field = document.getElementById(id);
      if (field) { field.type = e.target.checked ? 'text' : 'password'; }
    });
  });
  // Cancel of a form of type reset: the password fields are hidden again along with the Show password box.
  document.addEventListener('reset', function (e) {
    e.target.querySelectorAll('.show-password').forEach(function (box) {
      box.dataset.fields.split(' ').forEach(function (id) {
        var field = document.getElementById(id);
        if (field) { field.type = 'password'; }
      });
    });
  });
})();

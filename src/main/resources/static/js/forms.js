// The browser's own checks of a form speak the page's language: each message comes from the bundle,
// printed by the layout in data attributes of <body> (a field may carry its own in data-msg-required and
// so on); the content security policy allows no inline script, hence this file.
// After the server refused a form, the focus moves to the first field it marked wrong.
(function () {
  var kinds = ['valueMissing', 'typeMismatch', 'patternMismatch', 'tooLong', 'tooShort', 'rangeUnderflow',
               'rangeOverflow', 'stepMismatch', 'badInput'];
  var attribute = {
    valueMissing: 'required', typeMismatch: 'type', patternMismatch: 'pattern', tooLong: 'toolong',
    tooShort: 'tooshort', rangeUnderflow: 'min', rangeOverflow: 'max', stepMismatch: 'step', badInput: 'badinput'
  };

  function labelOf(field) {
    var label = field.id ? document.querySelector('label[for="' + field.id + '"]') : null;
    if (!label && field.closest) { label = field.closest('label'); }
    var text = label ? label.textContent : (field.getAttribute('aria-label') || field.name || '');
    return text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
  }

  function message(field) {
    for (var i = 0; i < kinds.length; i++) {
      if (field.validity[kinds[i]]) {
        var key = 'msg' + attribute[kinds[i]].charAt(0).toUpperCase() + attribute[kinds[i]].slice(1);
        var text = field.dataset[key] || document.body.dataset[key];
        if (!text) { return ''; }
        var limit = { min: field.getAttribute('min'), tooshort: field.getAttribute('minlength'),
                      max: field.getAttribute('max'), toolong: field.getAttribute('maxlength') }[attribute[kinds[i]]];
        return text.replace('{0}', labelOf(field)).replace('{1}', limit || '');
      }
    }
    return '';
  }

  document.addEventListener('invalid', function (event) {
    var field = event.target;
    if (!field.setCustomValidity) { return; }
    field.setCustomValidity('');
    if (!field.validity.valid) { field.setCustomValidity(message(field)); }
  }, true);

  function clear(event) {
    if (event.target.setCustomValidity) { event.target.setCustomValidity(''); }
  }
  document.addEventListener('input', clear, true);
  document.addEventListener('change', clear, true);

  // On a phone a wide table scrolls inside itself (aduan.css); one that holds nothing the keyboard can
  // reach must itself be reachable, or a keyboard user could not scroll it (WCAG 2.1.1).
  function reachableTables() {
    var tables = document.querySelectorAll('main table.table');
    for (var i = 0; i < tables.length; i++) {
      var table = tables[i];
      if (table.scrollWidth > table.clientWidth && !table.hasAttribute('tabindex')
          && !table.querySelector('a[href], button, input, select, textarea, [tabindex]')) {
        table.setAttribute('tabindex', '0');
      }
    }
  }
  document.addEventListener('DOMContentLoaded', reachableTables);
  window.addEventListener('resize', reachableTables);

  document.addEventListener('DOMContentLoaded', function () {
    var marked = document.querySelectorAll('main .is-invalid:not([type=hidden]), main [aria-invalid=true]');
    for (var i = 0; i < marked.length; i++) {
      if (marked[i].focus && marked[i].getClientRects().length > 0) {
        marked[i].focus();
        return;
      }
    }
    var problem = document.querySelector('main .alert-danger');
    if (problem) {
      problem.setAttribute('tabindex', '-1');
      problem.focus();
    }
  });
})();

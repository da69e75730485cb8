// The receipt's buttons, kept out of the page because the content security policy forbids inline scripts.
// Copy: <button type="button" data-copy="#tracking-code" data-copied="Tersalin">; print: <button data-print>.
(function () {
  function copied(button) {
    var label = button.textContent;
    button.textContent = button.getAttribute('data-copied');
    setTimeout(function () { button.textContent = label; }, 2000);
  }

  function copyBySelection(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var done = document.execCommand('copy');
    selection.removeAllRanges();
    return done;
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (button) {
      var source = document.querySelector(button.getAttribute('data-copy'));
      var text = source.textContent.trim();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { copied(button); },
          function () { if (copyBySelection(source)) { copied(button); } });
      } else if (copyBySelection(source)) {
        copied(button);
      }
      return;
    }
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });
}());

// Buttons that tick or clear every checkbox of a list at once, e.g. all 44 services of the catalogue:
// <button type="button" data-check-all="#services input" data-checked="true">.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-check-all]');
  if (!button) {
    return;
  }
  var checked = button.getAttribute('data-checked') === 'true';
  document.querySelectorAll(button.getAttribute('data-check-all')).forEach(function (box) {
    box.checked = checked;
  });
});

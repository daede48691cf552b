// The printable report prints with the browser's own command; this only adds a button for it.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print-button');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  }
});

// Đôn đốc: small enhancements. Every page works without this script; it only saves clicks and scrolling.
(function () {
  'use strict';

  // Folds Vietnamese as the server's Folding does: lower case, no marks, đ as d.
  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')
      .replace(/[^a-z0-9]+/g, ' ').trim();
  }

  // The body picker: a filter box over its rows; groups with no matching body are hidden, former bodies opened
  // when one of them matches.
  function picker(root) {
    var box = root.querySelector('[data-picker-filter]');
    if (!box) { return; }
    box.hidden = false;
    var input = box.querySelector('input');
    input.addEventListener('input', function () {
      var words = fold(input.value);
      root.querySelectorAll('.picker__item').forEach(function (item) {
        item.hidden = words !== '' && item.getAttribute('data-words').indexOf(words) < 0;
      });
      root.querySelectorAll('.picker__group, .picker__former').forEach(function (group) {
        var shown = group.querySelector('.picker__item:not([hidden])') !== null;
        group.hidden = !shown;
        if (group.tagName === 'DETAILS' && words !== '' && shown) { group.open = true; }
      });
    });
    // One part per body: ticking one box of a row clears the other.
    root.addEventListener('change', function (event) {
      var box = event.target;
      if (box.type !== 'checkbox' || !box.checked) { return; }
      var item = box.closest('.picker__item');
      if (!item) { return; }
      item.querySelectorAll('input[type=checkbox]').forEach(function (other) {
        if (other !== box) { other.checked = false; }
      });
    });
  }

  // "Select all on this page" in the bulk update form ticks every row's box, and follows them.
  function bulk(all) {
    var form = document.getElementById(all.getAttribute('form') || all.form.id);
    var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name=pick][form="' + form.id + '"]'));
    all.addEventListener('change', function () {
      boxes.forEach(function (box) { box.checked = all.checked; });
    });
    boxes.forEach(function (box) {
      box.addEventListener('change', function () {
        all.checked = boxes.every(function (b) { return b.checked; });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-picker]').forEach(picker);
    document.querySelectorAll('[data-select-all]').forEach(bulk);
  });
}());

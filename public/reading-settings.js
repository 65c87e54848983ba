// Reading settings (see ReadingSettings.astro): applied in <head> before first paint, under the CSP.
(function () {
  var KEY = 'reading-settings';
  var DEFAULTS = { 'text-size': 'normal', scheme: 'auto', motion: 'auto' };
  var root = document.documentElement;
  // Lets the stylesheet show the control and hide no-script notes, with no layout shift.
  root.setAttribute('data-script', '');
  var saved = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) || '{}') || {};
  } catch (e) {}

  function apply() {
    Object.keys(DEFAULTS).forEach(function (name) {
      var value = saved[name] || DEFAULTS[name];
      // A system that asks for more contrast gets it, unless the reader chose a scheme.
      if (name === 'scheme' && value === 'auto' && matchMedia('(prefers-contrast: more)').matches) value = 'contrast';
      if (value === DEFAULTS[name]) root.removeAttribute('data-' + name);
      else root.setAttribute('data-' + name, value);
    });
  }
  apply();

  document.addEventListener('DOMContentLoaded', function () {
    var control = document.querySelector('[data-reading-settings]');
    if (!control) return;
    Array.prototype.forEach.call(control.querySelectorAll('input'), function (input) {
      input.checked = (saved[input.name] || DEFAULTS[input.name]) === input.value;
    });
    control.addEventListener('change', function (event) {
      saved[event.target.name] = event.target.value;
      try {
        localStorage.setItem(KEY, JSON.stringify(saved));
      } catch (e) {}
      apply();
    });
  });
})();

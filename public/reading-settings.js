/*
 * Reading settings: text size, colour scheme and motion. Loaded in <head> as a classic script so the
 * reader's choice applies before first paint (no flash), under the site's CSP ('self'). It sets
 * html[data-text-size|data-scheme|data-motion], which the stylesheet reads, and runs the settings
 * control (ReadingSettings.astro) once the page is parsed. Without it the page follows the system.
 */
(function () {
  var KEY = 'reading-settings';
  var DEFAULTS = { 'text-size': 'normal', scheme: 'auto', motion: 'auto' };
  var root = document.documentElement;
  var saved = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) || '{}') || {};
  } catch (e) {
    // Storage blocked or unreadable: start from the defaults.
  }

  function apply() {
    Object.keys(DEFAULTS).forEach(function (name) {
      var value = saved[name] || DEFAULTS[name];
      // With no choice, a system that asks for more contrast gets the high-contrast scheme.
      if (name === 'scheme' && value === 'auto' && matchMedia('(prefers-contrast: more)').matches) value = 'contrast';
      if (value === DEFAULTS[name]) root.removeAttribute('data-' + name);
      else root.setAttribute('data-' + name, value);
    });
  }
  apply();

  document.addEventListener('DOMContentLoaded', function () {
    var control = document.querySelector('[data-reading-settings]');
    if (!control) return;
    control.hidden = false;
    Array.prototype.forEach.call(control.querySelectorAll('input'), function (input) {
      input.checked = (saved[input.name] || DEFAULTS[input.name]) === input.value;
    });
    control.addEventListener('change', function (event) {
      saved[event.target.name] = event.target.value;
      try {
        localStorage.setItem(KEY, JSON.stringify(saved));
      } catch (e) {
        // The choice then lasts for this page only.
      }
      apply();
    });
  });
})();

// The one script every page loads up front, in <head> (under the CSP, from 'self'): the reading
// settings (ReadingSettings.astro), applied before first paint; the language switch keeping the
// reader's place; and the reader tools (PageTools.astro), each shown only where the browser can do it,
// whose own script loads on first use, so a page carries this much script until the reader asks for more.
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

  // The language switch carries the reader's place (#anchor, ?query) to the same page in the other edition.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('[data-language-switch]');
    if (link) {
      link.search = location.search;
      link.hash = location.hash;
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var control = document.querySelector('[data-reading-settings]');
    if (!control) return;
    for (var input of control.querySelectorAll('input')) input.checked = (saved[input.name] || DEFAULTS[input.name]) === input.value;
    control.addEventListener('change', function (event) {
      saved[event.target.name] = event.target.value;
      try {
        localStorage.setItem(KEY, JSON.stringify(saved));
      } catch (e) {}
      apply();
    });
  });
})();

(function () {
  var root = document.documentElement;
  var base = document.currentScript.src.replace(/[^/]*$/, '');
  var synth = window.speechSynthesis;
  // Read aloud needs a voice for the page's language (its primary subtag: zh, en); read-aloud.js
  // then chooses among them by the edition's preferred voices.
  var language = root.lang.toLowerCase().split('-')[0];
  function findVoice() {
    var found = synth.getVoices().some(function (voice) {
      return voice.lang.toLowerCase().split(/[-_]/)[0] === language;
    });
    if (found) root.setAttribute('data-voice', '');
  }
  if (synth) {
    findVoice();
    synth.addEventListener('voiceschanged', findVoice);
  }
  if (navigator.share || navigator.clipboard) root.setAttribute('data-share', '');
  // Offline reading: the service worker keeps what is read; it is scoped to the site's base path.
  if ('serviceWorker' in navigator) {
    root.setAttribute('data-offline', '');
    // Only on a reading page (one with the tools), once it has loaded, so the worker never races the page's own requests.
    addEventListener('load', function () {
      if (document.querySelector('[data-tool="offline"]')) navigator.serviceWorker.register(base + 'sw.js');
    });
  }
  document.addEventListener('click', function (event) {
    var control = event.target.closest && event.target.closest('[data-tool]');
    if (control)
      import(base + control.getAttribute('data-tool') + '.js').then(function (tool) {
        tool.default(control);
      });
  });
})();

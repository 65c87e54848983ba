// The one script every page loads up front, in <head> (under the CSP, from 'self'): the reading
// settings (ReadingSettings.astro), applied before first paint; the language switch keeping the
// reader's place; and the reader tools (PageTools.astro), some shown only where the browser can do it,
// whose own script loads on first use, so a page carries this much script until the reader asks for more.
(() => {
  var KEY = 'reading-settings';
  var DEFAULTS = { 'text-size': 'normal', scheme: 'auto', motion: 'auto' };
  var root = document.documentElement;
  var base = document.currentScript.src.replace(/[^/]*$/, '');
  var synth = window.speechSynthesis;
  // Lets the stylesheet show the control and hide no-script notes, with no layout shift.
  root.setAttribute('data-script', '');
  var saved = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) || '{}') || {};
  } catch (e) {}

  var apply = () =>
    Object.keys(DEFAULTS).forEach((name) => {
      var value = saved[name] || DEFAULTS[name];
      // A system that asks for more contrast gets it, unless the reader chose a scheme.
      if (name === 'scheme' && value === 'auto' && matchMedia('(prefers-contrast: more)').matches) value = 'contrast';
      if (value === DEFAULTS[name]) root.removeAttribute('data-' + name);
      else root.setAttribute('data-' + name, value);
    });
  apply();

  document.addEventListener('click', (event) => {
    // A click's target is an element (text is not a target).
    var target = event.target;
    // The language switch (in the bar that stays in view) carries the reader's place to the same page
    // in the other edition, whose blocks have the same anchors: the query, and the last anchored block
    // that starts above a quarter of the screen, where the reader reads, or the address's own anchor
    // when the page is not scrolled.
    var link = target.closest('[data-language-switch]');
    if (link) {
      var hash = location.hash;
      if (scrollY > 0)
        document.querySelectorAll('main [id]').forEach((block) => {
          var box = block.getBoundingClientRect();
          // (A hidden block has no height.)
          if (box.height && box.top < innerHeight / 4) hash = '#' + block.id;
        });
      link.search = location.search;
      link.hash = hash;
    }
    // A control with data-tool="x" runs x.js, loaded on its first use.
    var control = target.closest('[data-tool]');
    if (control)
      import(base + control.getAttribute('data-tool') + '.js').then((tool) => tool.default(control));
  });

  document.addEventListener('DOMContentLoaded', () => {
    var control = document.querySelector('[data-reading-settings]');
    if (!control) return;
    for (var input of control.querySelectorAll('input')) input.checked = (saved[input.name] || DEFAULTS[input.name]) === input.value;
    control.addEventListener('change', (event) => {
      saved[event.target.name] = event.target.value;
      try {
        localStorage.setItem(KEY, JSON.stringify(saved));
      } catch (e) {}
      apply();
    });
  });

  // Read aloud needs a voice for the page's language (a tag starting with its primary subtag: zh, en)
  // to read one paragraph; read-aloud.js then chooses among them by the edition's preferred voices.
  var language = root.lang.toLowerCase().split('-')[0];
  var findVoice = () => {
    if (synth.getVoices().some((voice) => voice.lang.toLowerCase().startsWith(language))) root.setAttribute('data-voice', '');
  };
  if (synth) {
    findVoice();
    synth.addEventListener('voiceschanged', findVoice);
  }
  // Offline reading: the service worker keeps what is read; it is scoped to the site's base path.
  if ('serviceWorker' in navigator) {
    root.setAttribute('data-offline', '');
    // Only on a reading page (one with the tools), once it has loaded, so the worker never races the page's own requests.
    addEventListener('load', () => {
      if (document.querySelector('[data-tool="offline"]')) navigator.serviceWorker.register(base + 'sw.js');
    });
  }
})();

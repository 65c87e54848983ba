// Reader tools (PageTools.astro): shows each control only where the browser can do it, and loads a
// control's script on first use, so a page carries this much script until the reader asks for more.
(function () {
  var root = document.documentElement;
  var base = document.currentScript.src.replace(/[^/]*$/, '');
  var synth = window.speechSynthesis;
  // Read aloud needs a voice of the edition (data-voices: BCP 47 prefixes from src/lib/locales.ts).
  var panel = document.querySelector('[data-voices]');
  var wanted = panel ? panel.getAttribute('data-voices').toLowerCase().split(' ') : [];
  function findVoice() {
    var found = synth.getVoices().some(function (voice) {
      var tag = voice.lang.toLowerCase().replace('_', '-');
      return wanted.some(function (p) {
        return tag === p || tag.indexOf(p + '-') === 0;
      });
    });
    if (found) root.setAttribute('data-voice', '');
  }
  if (synth && panel) {
    findVoice();
    synth.addEventListener('voiceschanged', findVoice);
  }
  if (navigator.share || navigator.clipboard) root.setAttribute('data-share', '');
  // Offline reading: the service worker keeps what is read; it is scoped to the site's base path.
  if ('serviceWorker' in navigator) {
    root.setAttribute('data-offline', '');
    navigator.serviceWorker.register(base + 'sw.js');
  }
  document.addEventListener('click', function (event) {
    var control = event.target.closest && event.target.closest('[data-tool]');
    if (control)
      import(base + control.getAttribute('data-tool') + '.js').then(function (tool) {
        tool.default(control);
      });
  });
})();

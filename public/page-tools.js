// Reader tools (PageTools.astro): shows each control only where the browser can do it, and loads a
// control's script on first use, so a page carries this much script until the reader asks for more.
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

// Read aloud (PageTools.astro): the browser's own speech synthesis reads the page's main text in its
// language, a paragraph at a time, highlighting the one it reads and saying which; where the browser
// has no voice for the language, the status line says so and what to do instead. Loaded on first use by
// reading-settings.js, which passes every later click on a [data-tool="read-aloud"] control here.
const root = document.documentElement;
// Some browsers (in-app browsers of chat apps among them) have no speech synthesis, or no voice for the language.
const synth = window.speechSynthesis;
const panel = document.querySelector('[data-read-aloud]');
const playButton = panel.querySelector('[data-action="play"]');
const speed = panel.querySelector('[data-read-speed]');
const status = document.querySelector('[data-tools-status]');
const SPEED_KEY = 'read-aloud-speed';
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, figcaption';
// Not read: the tools themselves, navigation, tables (their cells make no sentences) and hidden text.
const SKIP = '[data-read-skip], .read-this, nav, table, [aria-hidden="true"], .visually-hidden, .print-qr';

let queue = [];
let index = 0;
let state = 'stopped';
/** The block highlighted, and the utterance whose end moves on (one cancelled for a new speed does not). */
let current;
let active;

try {
  speed.value = localStorage.getItem(SPEED_KEY) || '1';
} catch (e) {}
speed.addEventListener('change', () => {
  try {
    localStorage.setItem(SPEED_KEY, speed.value);
  } catch (e) {}
  if (state === 'playing') speak();
});

// The edition's voices in order of preference (BCP 47 prefixes from src/lib/locales.ts): zh-hant
// asks for zh-HK, then zh-TW, so that a Simplified-Chinese voice is chosen only where neither exists.
const PREFERRED = panel.dataset.voices.toLowerCase().split(' ');
const LANGUAGE = root.lang.toLowerCase().split('-')[0];

/** The best voice: the first preferred prefix any voice has, else the page's language; the browser's default among equals. */
function voice() {
  const rank = (v) => {
    const tag = `${v.lang.toLowerCase().replace('_', '-')}-`;
    const i = PREFERRED.findIndex((p) => tag.startsWith(`${p}-`));
    const level = i >= 0 ? PREFERRED.length - i + 1 : tag.startsWith(`${LANGUAGE}-`) ? 1 : 0;
    return level && 2 * level + (v.default ? 1 : 0);
  };
  return synth?.getVoices().reduce((best, v) => (rank(v) > (best ? rank(best) : 0) ? v : best), undefined);
}

/** The voice, once the browser has listed its voices (it may do so after the page loads), or none. */
function voiceReady() {
  if (!synth || voice()) return Promise.resolve(voice());
  return new Promise((resolve) => {
    const done = () => resolve(voice());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1000);
  });
}

const say = (key, values = {}) => {
  status.textContent = panel.dataset[key].replace(/\{(\w+)\}/g, (_, name) => values[name]);
};

function mark(block) {
  current?.classList.remove('reading-now');
  current = block;
  if (!block) return;
  block.classList.add('reading-now');
  const still = root.dataset.motion === 'reduce' || matchMedia('(prefers-reduced-motion: reduce)').matches;
  block.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
}

function setPlayLabel(key) {
  // Stop and speed show once there is something to stop.
  for (const hidden of panel.querySelectorAll('[hidden]')) hidden.hidden = false;
  playButton.querySelector('[data-label]').textContent = panel.dataset[key];
  playButton.querySelector('[data-icon]').textContent = key === 'pause' ? '❚❚' : '▶';
}

/** Speaks queue[index] and goes on to the next when it ends. */
function speak() {
  synth.cancel();
  const block = queue[index];
  if (!block) return finish('finished');
  const utterance = new SpeechSynthesisUtterance(block.innerText.trim());
  const chosen = voice();
  if (chosen) utterance.voice = chosen;
  utterance.lang = chosen ? chosen.lang.replace('_', '-') : PREFERRED[0];
  utterance.rate = Number(speed.value);
  utterance.onend = () => {
    if (utterance !== active || state !== 'playing') return;
    index += 1;
    speak();
  };
  active = utterance;
  mark(block);
  say('reading', { n: index + 1, total: queue.length });
  synth.speak(utterance);
}

function finish(key) {
  state = 'stopped';
  active = undefined;
  synth.cancel();
  mark(undefined);
  setPlayLabel('play');
  say(key);
}

const visible = (el) => el.getClientRects().length > 0 && !el.closest(SKIP);
const leaves = (scope) => [...scope.querySelectorAll(BLOCKS)].filter((el) => visible(el) && !el.querySelector(BLOCKS) && el.innerText.trim());

export default function readAloud(control) {
  const action = control.dataset.action;
  // iOS speaks only when the first speak() comes within the reader's tap: with a voice listed, it
  // comes now; only a browser that has not listed its voices yet is waited for. Without a voice for
  // the page's language the control stays, and says why and what to do.
  if (state === 'stopped' && !voice()) return voiceReady().then((found) => (found ? readAloud(control) : say('noVoice')));
  if (action === 'stop') return finish('stopped');
  if (action === 'this') {
    return start(leaves(control.parentElement));
  }
  if (state === 'playing') {
    state = 'paused';
    synth.pause();
    setPlayLabel('resume');
    return say('paused');
  }
  if (state === 'paused') {
    state = 'playing';
    synth.resume();
    setPlayLabel('pause');
    return say('reading', { n: index + 1, total: queue.length });
  }
  start(leaves(document.querySelector('main')));
}

function start(blocks) {
  queue = blocks;
  index = 0;
  state = 'playing';
  setPlayLabel('pause');
  speak();
}

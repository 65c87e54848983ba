// Share (PageTools.astro): the page's address, with its query and the reader's place (#anchor), shown selected so
// it can always be copied; the system's share sheet where there is one, else the clipboard, whose
// refusal leaves the selected address. Both are asked for at once, while the click still counts as
// the reader's (Safari refuses them after a wait); only then is the QR code of the address drawn on
// screen, by its module (the button's data-module, a path relative to the page), loaded on first use.
// Offline or on a lost connection that module may not load: the address stays, and the panel says so.
// Loaded on first use by reading-settings.js.
export default async function share(control) {
  const canonical = document.querySelector('link[rel="canonical"]')?.href;
  const url = new URL(canonical || location.href, location.href);
  // With the state the address carries (the finder's choice) and the reader's place.
  url.search = location.search;
  url.hash = location.hash;
  const address = url.href;
  const panel = document.querySelector('[data-share-panel]');
  const field = panel.querySelector('input');
  const qr = panel.querySelector('[data-share-qr]');
  const status = document.querySelector('[data-tools-status]');
  field.value = address;
  panel.hidden = false;
  field.focus();
  field.select();
  if (navigator.share) {
    // A reader who closes the share sheet rejects the promise: the address stays on screen.
    navigator.share({ title: document.title, url: address }).catch(() => {});
  } else {
    // No clipboard (a page served over http:) or a refusal: the prompt to copy the address shown.
    (navigator.clipboard ? navigator.clipboard.writeText(address) : Promise.reject()).then(
      () => (status.textContent = control.dataset.copied),
      () => (status.textContent = control.dataset.copy),
    );
  }
  // The caption ("scan to open") only under a code.
  const caption = qr.parentElement.querySelector('figcaption');
  try {
    const { qrSvg } = await import(new URL(control.dataset.module, location.href).href);
    qr.replaceChildren(qrSvg(address));
    caption.hidden = false;
  } catch (e) {
    const note = document.createElement('p');
    note.textContent = control.dataset.qrFailed;
    qr.replaceChildren(note);
    caption.hidden = true;
  }
}

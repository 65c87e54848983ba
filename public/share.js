// Share (PageTools.astro): the page's address, with the reader's place (#anchor), shown selected so
// it can always be copied, and a QR code of it on screen (for a phone or a chat app; its module,
// named by the button's data-module, loads on first use). Then the system's share sheet where there
// is one, else the clipboard, whose refusal leaves the selected address. Loaded on first use by
// reading-settings.js.
export default async function share(control) {
  const canonical = document.querySelector('link[rel="canonical"]')?.href;
  const url = new URL(canonical || location.href, location.href);
  url.hash = location.hash;
  const address = url.href;
  const panel = document.querySelector('[data-share-panel]');
  const field = panel.querySelector('input');
  const status = document.querySelector('[data-tools-status]');
  field.value = address;
  panel.hidden = false;
  field.focus();
  field.select();
  const { qrSvg } = await import(control.dataset.module);
  panel.querySelector('[data-share-qr]').replaceChildren(qrSvg(address));
  if (navigator.share) {
    // A reader who closes the share sheet rejects the promise: the address stays on screen.
    navigator.share({ title: document.title, url: address }).catch(() => {});
    return;
  }
  try {
    await navigator.clipboard.writeText(address);
    status.textContent = control.dataset.copied;
  } catch (e) {
    status.textContent = control.dataset.copy;
  }
}

// Share (PageTools.astro): the system's share sheet where there is one, else the page's address
// copied to the clipboard with a visible confirmation. Loaded on first use by reading-settings.js.
export default function share(control) {
  const url = document.querySelector('link[rel="canonical"]')?.href || location.href;
  const status = document.querySelector('[data-tools-status]');
  if (navigator.share) {
    // A reader who closes the share sheet rejects the promise: nothing to report.
    navigator.share({ title: document.title, url }).catch(() => {});
    return;
  }
  navigator.clipboard.writeText(url).then(() => {
    status.textContent = control.dataset.copied;
  });
}

// Save this edition for offline reading (PageTools.astro): asks the service worker (sw.js) to keep
// every file of the edition, with search if the reader ticked it, and reports how it went.
// Loaded on first use by reading-settings.js.
let saving = false;

export default async function saveEdition(control) {
  if (saving) return;
  saving = true;
  const status = document.querySelector('[data-tools-status]');
  const search = document.querySelector('[data-offline-search]').checked;
  status.textContent = control.dataset.saving;
  status.scrollIntoView({ block: 'nearest' });
  try {
    const { active } = await navigator.serviceWorker.ready;
    const result = await new Promise((resolve, reject) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = ({ data }) => (data.error ? reject(new Error(data.error)) : resolve(data));
      active.postMessage({ save: new URL(control.dataset.edition, location.href).href, search }, [channel.port2]);
    });
    status.textContent = control.dataset.saved.replace('{files}', result.count);
  } catch (error) {
    status.textContent = control.dataset.failed;
  } finally {
    saving = false;
    // At the largest text the line can fall below the screen: bring it into view, or the tap seems to do nothing.
    status.scrollIntoView({ block: 'nearest' });
  }
}

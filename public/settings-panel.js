// The reading settings' panel (ReadingSettings.astro) closes on Escape, back to its button, and on a
// tap outside it. Loaded by reading-settings.js when the reader first opens it.
let watched;

export default function settingsPanel(summary) {
  const panel = summary.closest('details');
  if (watched === panel) return;
  watched = panel;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !panel.open) return;
    panel.open = false;
    summary.focus();
  });
  document.addEventListener('pointerdown', (event) => {
    if (panel.open && !panel.contains(event.target)) panel.open = false;
  });
}

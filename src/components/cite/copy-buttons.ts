/**
 * Copy buttons are shown only where the Clipboard API is available; without JavaScript the
 * buttons stay hidden and the text stays selectable. The outcome is announced through the
 * page's `[data-copy-status]` live region.
 */
export function enableCopyButtons(root: Document): void {
  if (!navigator.clipboard) return;
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  const announce = (message: string) => {
    if (!status) return;
    // Clearing first makes a screen reader announce the same message twice in a row.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const target = root.getElementById(button.dataset.copy ?? '');
    if (!target) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const label = button.dataset.copyLabel ?? 'Text';
      try {
        await navigator.clipboard.writeText(target.textContent ?? '');
        announce(`Copied the ${label} to the clipboard.`);
      } catch {
        announce(`Could not copy the ${label}: select the text and copy it yourself.`);
      }
    });
  }
}

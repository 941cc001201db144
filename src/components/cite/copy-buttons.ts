/**
 * What a button copies. Text with markup (a citation's italics) goes as HTML as well as plain
 * text, so that a word processor keeps the italics and a plain editor gets the words.
 */
async function copy(target: HTMLElement): Promise<void> {
  const text = target.textContent ?? '';
  if (target.children.length === 0 || typeof ClipboardItem === 'undefined') {
    return navigator.clipboard.writeText(text);
  }
  return navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([target.innerHTML], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    }),
  ]);
}

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
        await copy(target);
        announce(`Copied the ${label} to the clipboard.`);
      } catch {
        announce(`Could not copy the ${label}: select the text and copy it yourself.`);
      }
    });
  }
}

/** The class of the placeholder Pagefind's results list shows for a result whose words are loading. */
export const PLACEHOLDER_CLASS = 'search-result-placeholder';

/** How long a list waits for a result that may never load (a failed fetch) before it shows anyway. */
const MOST_WAIT_MS = 3000;

/** The part of Pagefind's Component UI instance this needs. */
interface ResultsEvents {
  on(event: 'results', callback: () => void): void;
}

/**
 * Gives Pagefind's results list this page's placeholder: an empty item, which Pagefind replaces
 * with the result once its words are loaded. Pagefind reads the template when the list starts,
 * so this must run before its script does. A version that read no such template would show its
 * own placeholders, and the list at once: the search would still work, and
 * tests/e2e/search-page-holds-still.test.ts would fail.
 */
export function useQuietPlaceholder(list: HTMLElement): void {
  const template = document.createElement('script');
  template.type = 'text/pagefind-template';
  template.dataset.template = 'placeholder';
  template.textContent = `<li class="${PLACEHOLDER_CLASS}" aria-hidden="true"></li>`;
  list.append(template);
}

/**
 * Keeps each new list of results unseen until every result on the screen has its words. Pagefind
 * swaps each placeholder for its result as its words arrive, in no set order, and every swap moved
 * the results below it on the reader's screen; shown whole, nothing moves. Results further down
 * load as the reader scrolls to them, as before.
 */
export function showResultsWhole(instance: ResultsEvents, list: HTMLElement): void {
  let giveUp: ReturnType<typeof setTimeout> | undefined;
  const onScreen = (element: Element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return top < window.innerHeight && bottom > 0;
  };
  const show = () => {
    clearTimeout(giveUp);
    delete list.dataset.settling;
  };
  const showIfWhole = () => {
    if (!('settling' in list.dataset)) return;
    if (![...list.getElementsByClassName(PLACEHOLDER_CLASS)].some(onScreen)) show();
  };
  new MutationObserver(showIfWhole).observe(list, { childList: true, subtree: true });
  // Registered after Pagefind's own list, so this runs once the new placeholders are in place.
  instance.on('results', () => {
    list.dataset.settling = '';
    clearTimeout(giveUp);
    giveUp = setTimeout(show, MOST_WAIT_MS);
    showIfWhole();
  });
}

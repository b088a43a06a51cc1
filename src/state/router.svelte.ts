/**
 * The view state, kept in the URL: changing it pushes a history entry (back button works);
 * typing in a search field replaces the entry instead of flooding history.
 */
import { parseViewState, serializeViewState, type ViewState } from './view-state.ts';

export class Router {
  state = $state<ViewState>(parseViewState(location.search));

  constructor() {
    window.addEventListener('popstate', () => {
      this.state = parseViewState(location.search);
    });
  }

  /** Applies a change; `replace` for keystroke-level changes such as a search box. */
  go(patch: Partial<ViewState>, options: { replace?: boolean } = {}): void {
    const next = { ...this.state, ...patch };
    const url = `${location.pathname}${serializeViewState(next)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.state = next;
  }

  /** The URL a state would have, for real links (open in new tab, copy link). */
  href(patch: Partial<ViewState>): string {
    return `${location.pathname}${serializeViewState({ ...this.state, ...patch })}`;
  }
}

/** Rendering for the console's component tests: into a fresh element, unmounted after each test. */
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach } from 'vitest';

const mounted: (() => void)[] = [];
afterEach(() => {
  for (const dispose of mounted.splice(0)) dispose();
  document.body.innerHTML = '';
});

/** Renders `ui` into a new element in the body and returns that element. */
export function mount(ui: () => JSX.Element): HTMLElement {
  const host = document.body.appendChild(document.createElement('div'));
  mounted.push(render(ui, host));
  return host;
}

/** The same inside a router at `/`, for components with links (`<A>`). */
export function mountInRouter(ui: () => JSX.Element): HTMLElement {
  return mount(() => (
    <MemoryRouter history={createMemoryHistory()}>
      <Route path="/" component={ui} />
    </MemoryRouter>
  ));
}

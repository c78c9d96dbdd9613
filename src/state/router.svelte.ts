// Screens are addressed in the URL fragment, so a reload or the back button lands where the person was,
// and nothing about them reaches a server.
export type Route = { readonly screen: 'list' } | { readonly screen: 'tables' } | { readonly screen: 'scenario'; readonly id: string };

function parseHash(hash: string): Route {
  const match = /^#\/scenario\/([\w-]+)$/.exec(hash);
  if (match) return { screen: 'scenario', id: match[1] as string };
  return hash === '#/tables' ? { screen: 'tables' } : { screen: 'list' };
}

export function hrefFor(route: Route): string {
  if (route.screen === 'scenario') return `#/scenario/${route.id}`;
  return route.screen === 'tables' ? '#/tables' : '#/';
}

export class Router {
  #route = $state<Route>(parseHash(location.hash));

  constructor() {
    addEventListener('hashchange', () => {
      this.#route = parseHash(location.hash);
    });
  }

  get route(): Route {
    return this.#route;
  }

  go(route: Route): void {
    location.hash = hrefFor(route);
  }
}

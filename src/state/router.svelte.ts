// Screens are addressed in the URL fragment, so a reload or the back button lands where the person was,
// and nothing about them reaches a server.
export type Route =
  | { readonly screen: 'share'; readonly payload: string }
  | { readonly screen: 'present'; readonly id: string }
  | { readonly screen: 'compare'; readonly ids: string[] }
  | { readonly screen: 'list' }
  | { readonly screen: 'tables' }
  | { readonly screen: 'consolidation' }
  | { readonly screen: 'contracts' }
  | { readonly screen: 'scenario'; readonly id: string };

function parseHash(hash: string): Route {
  const shared = /^#\/share\/(.+)$/.exec(hash);
  if (shared) return { screen: 'share', payload: shared[1] as string };
  const compare = /^#\/compare\/([\w,-]+)$/.exec(hash);
  if (compare) return { screen: 'compare', ids: (compare[1] as string).split(',').filter(Boolean).slice(0, 6) };
  const present = /^#\/present\/([\w-]+)$/.exec(hash);
  if (present) return { screen: 'present', id: present[1] as string };
  const match = /^#\/scenario\/([\w-]+)$/.exec(hash);
  if (match) return { screen: 'scenario', id: match[1] as string };
  if (hash === '#/tables') return { screen: 'tables' };
  if (hash === '#/contracts') return { screen: 'contracts' };
  return hash === '#/consolidation' ? { screen: 'consolidation' } : { screen: 'list' };
}

export function hrefFor(route: Route): string {
  if (route.screen === 'scenario') return `#/scenario/${route.id}`;
  if (route.screen === 'share') return `#/share/${route.payload}`;
  if (route.screen === 'present') return `#/present/${route.id}`;
  if (route.screen === 'compare') return `#/compare/${route.ids.join(',')}`;
  if (route.screen === 'tables') return '#/tables';
  if (route.screen === 'contracts') return '#/contracts';
  return route.screen === 'consolidation' ? '#/consolidation' : '#/';
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

// A tiny hash router: the app is served from one HTML file and must work offline at any URL.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'home' }
  /** `step`: the wizard step in the URL (a step id of the assessment's kind), so Back, Forward and reload keep it. */
  | { name: 'assessment'; id: string; step?: string }
  | { name: 'settings' }
  | { name: 'organisation' }
  | { name: 'verify' }
  | { name: 'register' }
  | { name: 'new' }
  | { name: 'service'; id: string; step: string }
  | { name: 'services' }
  | { name: 'services-public' }
  | { name: 'not-found' };

export function parseRoute(hash: string): Route {
  // A page may keep its own state in a query after the path (the register's filters): it names no route.
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'home' };
  const [head, arg, step] = parts;
  if (head === 'a' && arg) {
    const id = safeDecode(arg);
    if (id === null) return { name: 'not-found' };
    if (parts.length === 2) return { name: 'assessment', id };
    const decoded = parts.length === 3 && step ? safeDecode(step) : null;
    return decoded !== null && /^[\w-]+$/.test(decoded) ? { name: 'assessment', id, step: decoded } : { name: 'not-found' };
  }
  if (head === 'installningar') return arg === 'organisation' ? { name: 'organisation' } : { name: 'settings' };
  if (head === 'verifiera') return { name: 'verify' };
  if (head === 'forteckning') return { name: 'register' };
  if (head === 'ny') return { name: 'new' };
  // A validation of a digital service: #/service/<id>/step/<stepId> ('review' is the summary page).
  if (head === 'service' && arg) return { name: 'service', id: decodeURIComponent(arg), step: parts[2] === 'step' && parts[3] ? decodeURIComponent(parts[3]) : '' };
  if (head === 'tjanster') return parts[1] === 'vardnadshavare' ? { name: 'services-public' } : { name: 'services' };
  return { name: 'not-found' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home':
    case 'not-found':
      return '#/';
    case 'assessment':
      return `#/a/${encodeURIComponent(route.id)}${route.step ? `/${encodeURIComponent(route.step)}` : ''}`;
    case 'settings':
      return '#/installningar';
    case 'organisation':
      return '#/installningar/organisation';
    case 'verify':
      return '#/verifiera';
    case 'register':
      return '#/forteckning';
    case 'new':
      return '#/ny';
    case 'service':
      return `#/service/${encodeURIComponent(route.id)}${route.step ? `/step/${encodeURIComponent(route.step)}` : ''}`;
    case 'services':
      return '#/tjanster';
    case 'services-public':
      return '#/tjanster/vardnadshavare';
  }
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function navigate(route: Route): void {
  location.hash = href(route);
}

/** Changes the URL to `route` without a new history entry (and without a hashchange event). */
export function replaceRoute(route: Route): void {
  history.replaceState(history.state, '', href(route));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/**
 * A minimal history router: the app has a handful of flat paths, so a library is not worth its
 * bytes. Real paths (not hashes) are used because the one-time setup link is `/setup#token=…`
 * and its hash must stay free for the token; the server answers every app path with index.html.
 */
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

/** Goes to `path` inside the app without reloading the page. */
export function navigate(path: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  notify();
  if (!opts.replace) window.scrollTo(0, 0);
}

/** The current path; the calling component re-renders when it changes. */
export function usePath(): string {
  const [path, setPath] = useState(() => location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    listeners.add(update);
    update();
    return () => {
      listeners.delete(update);
    };
  }, []);
  return path;
}

/**
 * Click handler for `<a href>` inside the app: plain left clicks stay in the page, while
 * modified clicks (new tab, download) keep the browser's own behaviour.
 */
export function onLinkClick(event: MouseEvent): void {
  const anchor = event.currentTarget as HTMLAnchorElement;
  const isPlainClick =
    event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
  if (!isPlainClick || anchor.origin !== location.origin || anchor.target) return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}

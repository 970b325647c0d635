/**
 * Entry point: applies the remembered language before the first paint, mounts the app and, in
 * production builds only, registers the service worker that keeps the app shell available
 * offline (in development it would serve stale modules).
 */
import { render } from 'preact';
import { App } from './app/app.tsx';
import { readStoredLanguage, setLanguage } from './i18n/i18n.ts';
import './styles.css';

setLanguage(readStoredLanguage());

const root = document.getElementById('app');
if (root) render(<App />, root);

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No service worker (private mode, old browser): the app still works online.
    });
  });
}

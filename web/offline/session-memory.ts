/**
 * The signed-in session remembered for this tab, so a reload with no network keeps the
 * treasurer in the app (and her outbox on screen) instead of showing a login form that cannot
 * work offline. Kept in sessionStorage: it lives as long as the tab, is gone when the tab is
 * closed, and is cleared at logout. The server still decides: the first request that reaches
 * it with an ended session gets a 401 and the app asks her to sign in again (queued items wait).
 * Locking with a PIN and encrypting at rest on shared phones is the offline issue's next step.
 */
import type { Session } from '../api/types.ts';

const KEY = 'pallay.session';

export function rememberSession(session: Session): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // Storage refused (private mode, quota): the app still works online.
  }
}

export function recallSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function forgetSession(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

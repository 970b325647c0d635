/**
 * The one API client the app uses, wired to the chosen language, plus a hook for the app root
 * to learn that the session has ended (any 401 outside login) so it can show the login page.
 */
import { createApiClient } from '../api/client.ts';
import { getLanguage } from '../i18n/i18n.ts';

let onSessionLost: () => void = () => {};

export const api = createApiClient({
  getLanguage,
  onUnauthenticated: () => onSessionLost(),
});

/** Registers what to do when the server says the session is gone. */
export function whenSessionLost(handler: () => void): void {
  onSessionLost = handler;
}

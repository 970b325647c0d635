/**
 * The API calls of one lazily loaded module (production, dashboard, plans, trainings…): each
 * module chunk keeps its own connection to the session (the CSRF token and what to do when the
 * session is lost) but shares these rules with web/api/client.ts: same-origin cookies, the
 * token on every write, Accept-Language, problem+json → `ApiError`, a 401 reported as a lost
 * session. One copy here instead of one per module.
 */
import { getLanguage } from '../i18n/i18n.ts';
import { ApiError, toApiErrorFrom } from './client.ts';

export interface ModuleConnection {
  csrfToken: string;
  onSessionLost: () => void;
}

/** A body already encoded with its media type: JSON for most writes, raw bytes for uploads. */
export interface Payload {
  type: string;
  data: BodyInit;
}

export function moduleRequests() {
  let connection: ModuleConnection | null = null;

  async function send<T>(method: string, path: string, payload?: Payload): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLanguage() };
    if (payload) headers['Content-Type'] = payload.type;
    if (method !== 'GET' && connection) headers['X-CSRF-Token'] = connection.csrfToken;
    let res: Response;
    try {
      res = await fetch(path, { method, headers, credentials: 'same-origin', body: payload?.data });
    } catch {
      throw new ApiError({ code: 'NETWORK', message: 'Network error', status: 0 });
    }
    if (res.status === 401) connection?.onSessionLost();
    if (!res.ok) throw toApiErrorFrom(await res.json().catch(() => null), res.status, res.statusText);
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }

  return {
    /** Called by the module's screens with the current session. */
    connect(opts: ModuleConnection): void {
      connection = opts;
    },
    send,
    /** A JSON request (the body, when given, is sent as JSON). */
    request<T>(method: string, path: string, body?: unknown): Promise<T> {
      return send<T>(method, path, body === undefined ? undefined : { type: 'application/json', data: JSON.stringify(body) });
    },
  };
}

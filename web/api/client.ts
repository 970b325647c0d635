/**
 * Typed client for the Pallay HTTP API.
 * Cookies carry the session (same-origin only); every non-GET request also sends the CSRF token
 * received at login or from `/api/auth/me`. Errors come back as `ApiError` built from the
 * server's problem+json, or with code NETWORK when the server could not be reached at all.
 */
import type {
  CreateUserInput,
  Items,
  Place,
  PlaceQuery,
  ProblemDetail,
  Session,
  SetupInput,
  SetupStatus,
  User,
} from './types.ts';

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: ProblemDetail[];
  /** The rule behind a refusal that is not about one field (`consent.already_withdrawn`), and its params. */
  readonly rule: string | undefined;
  readonly params: Record<string, string | number>;

  constructor(opts: { code: string; message: string; status: number; details?: ProblemDetail[]; rule?: string; params?: Record<string, string | number> }) {
    super(opts.message);
    this.name = 'ApiError';
    this.code = opts.code;
    this.status = opts.status;
    this.details = opts.details ?? [];
    this.rule = opts.rule;
    this.params = opts.params ?? {};
  }
}

export interface ClientOptions {
  /** The fetch to use; tests pass a fake. */
  fetch?: typeof fetch;
  /** Language sent as Accept-Language so the server can word its messages. */
  getLanguage?: () => string;
  /** Called when a request other than login, me or setup is refused with 401 (session ended). */
  onUnauthenticated?: () => void;
}

/** Requests whose 401 is an ordinary answer rather than a lost session. */
const SESSION_PROBES = ['/api/auth/login', '/api/auth/me', '/api/setup'];

/**
 * The field problems of a problem+json body: a path sent as a list of parts is joined, and the
 * rule `code` with its string or number `params` is kept so the web can word it (ui/problem-text.ts).
 */
export function toDetails(raw: unknown): ProblemDetail[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((d: unknown) => {
    if (typeof d !== 'object' || d === null) return [];
    const { path, message, code, params } = d as Record<string, unknown>;
    const detail: ProblemDetail = { path: Array.isArray(path) ? path.join('.') : String(path ?? ''), message: String(message ?? '') };
    if (typeof code === 'string') detail.code = code;
    const kept = toParams(params);
    if (kept) detail.params = kept;
    return [detail];
  });
}

/** The string and number params of a problem or field problem, or undefined when there are none. */
export function toParams(raw: unknown): Record<string, string | number> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const kept = Object.entries(raw).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
  return Object.fromEntries(kept) as Record<string, string | number>;
}

/** An `ApiError` from a problem+json body (or from whatever else came back with `status`). */
export function toApiErrorFrom(body: unknown, status: number, statusText: string): ApiError {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return new ApiError({
    status,
    code: typeof problem.code === 'string' ? problem.code : `HTTP_${status}`,
    message: typeof problem.message === 'string' ? problem.message : statusText,
    details: toDetails(problem.details),
    rule: typeof problem.rule === 'string' ? problem.rule : undefined,
    params: toParams(problem.params),
  });
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy error page, say): keep the status only.
  }
  return toApiErrorFrom(body, res.status, res.statusText);
}

export function createApiClient(options: ClientOptions = {}) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  let csrfToken: string | null = null;

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const lang = options.getLanguage?.();
    if (lang) headers['Accept-Language'] = lang;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
    let res: Response;
    try {
      res = await doFetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError({ code: 'NETWORK', message: 'Network error', status: 0 });
    }
    if (res.status === 401 && !SESSION_PROBES.includes(path)) options.onUnauthenticated?.();
    if (!res.ok) throw await toApiError(res);
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }

  function remember(session: Session): Session {
    csrfToken = session.csrf_token;
    return session;
  }

  return {
    /** `totpCode`: the authenticator code case staff with a second factor must add. */
    async login(username: string, password: string, totpCode?: string): Promise<Session> {
      return remember(await request<Session>('POST', '/api/auth/login', { username, password, ...(totpCode ? { totp_code: totpCode } : {}) }));
    },
    /** The current session, or null when nobody is logged in. */
    async me(): Promise<Session | null> {
      try {
        return remember(await request<Session>('GET', '/api/auth/me'));
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    async logout(): Promise<void> {
      try {
        await request<void>('POST', '/api/auth/logout');
      } finally {
        csrfToken = null;
      }
    },
    setupStatus: () => request<SetupStatus>('GET', '/api/setup'),
    setup: (input: SetupInput) => request<{ user: User }>('POST', '/api/setup', input),
    async places(query: PlaceQuery): Promise<Place[]> {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
      return (await request<Items<Place>>('GET', `/api/places?${params}`)).items;
    },
    async listUsers(): Promise<User[]> {
      return (await request<Items<User>>('GET', '/api/users')).items;
    },
    createUser: (input: CreateUserInput) => request<{ user: User }>('POST', '/api/users', input),
    disableUser: (id: string) =>
      request<{ user: User }>('POST', `/api/users/${encodeURIComponent(id)}/disable`),
    /** Starts setting up the TOTP second factor: the secret and its QR code. */
    startTotp: () => request<{ secret: string; otpauth_uri: string; qr_svg: string }>('POST', '/api/auth/totp/enrol'),
    confirmTotp: (code: string) => request<void>('POST', '/api/auth/totp/confirm', { code }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

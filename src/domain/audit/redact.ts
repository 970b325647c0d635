/**
 * What goes into audit before/after snapshots: never a secret. Password hashes, token hashes
 * and API key secrets are replaced by a marker so the log proves a change without holding it.
 */
const SECRET_KEYS = new Set(['password', 'passwordHash', 'password_hash', 'secretHash', 'secret_hash', 'tokenHash', 'token_hash', 'csrfToken', 'csrf_token']);

export function redactSecrets<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    out[key] = SECRET_KEYS.has(key) ? '[redacted]' : redactSecrets(v);
  }
  return out as T;
}

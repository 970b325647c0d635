/**
 * Decides by role, before any input is validated, whether the caller may use the route at all,
 * from the documented access table (route-access.ts). Without it a caller the route refuses
 * was first told what was wrong with her body (400), and only a valid body reached the
 * service's own check. The services still check permissions and the organisation subtree of
 * each record; this gate only refuses earlier and can never allow more than they do.
 */
import type { MiddlewareHandler } from 'hono';
import type { Actor } from '../../domain/auth/actor.ts';
import { hasPermission } from '../../domain/auth/roles.ts';
import { AppError } from '../../domain/errors.ts';
import type { AppEnv } from '../env.ts';
import { ROUTE_ACCESS, type RouteRule } from '../route-access.ts';

interface CompiledRoute {
  method: string;
  pattern: RegExp;
  params: number;
  rule: RouteRule;
}

const COMPILED: CompiledRoute[] = Object.entries(ROUTE_ACCESS)
  .map(([route, rule]) => {
    const [method, path] = route.split(' ') as [string, string];
    const source = path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+');
    return { method, pattern: new RegExp(`^${source}$`), params: (path.match(/\{/g) ?? []).length, rule };
  })
  // A literal segment wins over a parameter: /api/lots/open before /api/lots/{id}.
  .sort((a, b) => a.params - b.params);

/** The documented rule of a request, or undefined for a path the table does not name. */
export function ruleOf(method: string, path: string): RouteRule | undefined {
  const m = method === 'HEAD' ? 'GET' : method;
  return COMPILED.find((r) => r.method === m && r.pattern.test(path))?.rule;
}

/** Whether the actor's role (and an API key's scopes) grant one of the rule's permissions; never a key on a session-only route. */
export function roleMayUse(rule: RouteRule, actor: Actor): boolean {
  if (actor.type === 'api_key' && rule.sessionOnly) return false;
  if (rule.access.kind !== 'permission') return true;
  if (rule.except?.includes(actor.role)) return false;
  return rule.access.any.some((p) => hasPermission(actor.role, p) && (actor.type !== 'api_key' || actor.scopes.includes(p)));
}

export function enforceRouteAccess(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const rule = ruleOf(c.req.method, c.req.path);
    if (!rule || rule.access.kind === 'public') return next();
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    if (!roleMayUse(rule, actor)) {
      if (rule.hidden) throw new AppError('NOT_FOUND', 'Not found');
      throw new AppError('FORBIDDEN', `Your role may not use ${c.req.method} ${c.req.path.replace(/\/[0-9a-f-]{36}(?=\/|$)/g, '/{id}')}`);
    }
    return next();
  };
}

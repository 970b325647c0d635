/** Help paths: which page a path names, and that every move within help replaces the history entry. */
import { describe, expect, it, vi } from 'vitest';
import { helpPageOf, isHelpPath } from './help-nav.ts';

describe('help paths', () => {
  it('names the help page of a path, the home for anything else under /ayuda', () => {
    expect(helpPageOf('/ayuda')).toBeNull();
    expect(helpPageOf('/ayuda/servicios')).toBe('servicios');
    expect(helpPageOf('/ayuda/otra')).toBeNull();
    expect(isHelpPath('/ayuda/derechos')).toBe(true);
    expect(isHelpPath('/ayudante')).toBe(false);
  });

  it('moves within help with replaceState, never pushState', async () => {
    const replaceState = vi.fn();
    const pushState = vi.fn();
    vi.stubGlobal('history', { replaceState, pushState });
    vi.stubGlobal('window', { scrollTo: vi.fn(), addEventListener: vi.fn() });
    const { goWithinHelp } = await import('./help-nav.ts');
    goWithinHelp('denuncia');
    goWithinHelp(null);
    expect(replaceState.mock.calls.map((c) => c[2])).toEqual(['/ayuda/denuncia', '/ayuda']);
    expect(pushState).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

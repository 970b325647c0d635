/**
 * Action-plan fixtures for integration and end-to-end tests: the shipped template, a small
 * regional plan with indicators (one entered by hand, one linked to the indicator engine), and
 * an upload helper that sends a plan file as the import's body.
 */
import { readFileSync } from 'node:fs';
import type { Session, TestApp } from './app.ts';

export const TEMPLATE_BYTES = readFileSync(new URL('../../data/study/action-plan.json', import.meta.url), 'utf8');

export function regionalPlan(extra: Record<string, unknown> = {}) {
  return {
    key: 'puno-2030',
    title: 'Plan regional de género Puno',
    horizon: 2030,
    objectives: [{
      code: '1', level: 'regional', title: 'Pallaqueras registradas y protegidas', responsible: ['Diresa Puno', 'Red Regional Puno'], involved: ['MIMP'],
      indicators: [{ code: 'I1', name: 'Pallaqueras en el registro', unit: 'mujeres', baseline: { value: 120, year: 2024, source: 'Minem' }, targets: { 2026: 300, 2030: 1000 } }],
      results: [{
        code: '1.1', title: 'Registro ampliado',
        actions: [
          { code: '1.1.1', title: 'Campaña de inscripción en Ananea', level: 'local', start: '2026-01-01', end: '2026-12-31' },
          { code: '1.1.2', title: 'Taller de seguridad', level: 'local', progress: [{ date: '2026-01-15', percent: 20, note: 'Primer taller', author: 'Red Puno' }] },
        ],
      }],
    }],
    indicators: [{
      attach_to: '1.1', code: 'I2', name: 'Socias pallaqueras', unit: '%', baseline: { value: 50, year: 2025 }, targets: { 2030: 90 },
      query: { source: { registry: true }, spec: { suppress_below: 0, indicators: [{ id: 'pal', type: 'proportion', question: 'profile', values: ['pallaquera'] }] } },
    }],
    ...extra,
  };
}

export function uploadPlan(t: TestApp, session: Session, plan: unknown, fileName = 'plan.json') {
  const body = typeof plan === 'string' ? plan : JSON.stringify(plan);
  return t.request('POST', `/api/plans/import?file_name=${fileName}`, { session, rawBody: body, headers: { 'content-type': 'application/json' } });
}

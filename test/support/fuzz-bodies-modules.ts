/**
 * Valid base requests for the deep fuzz (continued, see fuzz-bodies.ts): confidential referrals
 * (by the case worker and supervisor signed in with their second factor), savings groups,
 * trainings and certificates, action plans, statements, and the TOTP confirmation.
 */
import { uuidv7 } from 'uuidv7';
import type { BaseRequest } from './fuzz-bodies.ts';
import { unique } from './fuzz-bodies.ts';
import { cycleBody, newGroup, newReferral, newWoman, send } from './fuzz-fixture.ts';
import { codeFor } from './referrals.ts';
import { referralBody } from './referrals.ts';
import { marks } from './trainings.ts';

let meetingDay = 0;
/** A new meeting date each time (one meeting per cycle and day). */
const nextMeetingDay = () => new Date(Date.UTC(2026, 0, 5) + (meetingDay++ % 50) * 86_400_000).toISOString().slice(0, 10);

export const MODULE_BODIES: Record<string, BaseRequest> = {
  'POST /api/referrals': {
    prepare: (w) => ({ path: '/api/referrals', session: w.caseWorker, body: referralBody({ caseWorkerId: w.caseWorker.userId, supervisorId: w.supervisor.userId }) }),
  },
  'POST /api/referrals/{id}/follow-ups': {
    prepare: (w) => ({ path: `/api/referrals/${w.referral}/follow-ups`, session: w.caseWorker, body: { id: uuidv7(), happened_on: '2026-02-20', note: 'Acompañada al CEM' } }),
  },
  'POST /api/referrals/{id}/assign': {
    prepare: async (w) => ({ path: `/api/referrals/${await newReferral(w)}/assign`, session: w.supervisor, body: { case_worker_id: w.caseWorker.userId, version: 1 } }),
  },
  'POST /api/referrals/{id}/close': {
    prepare: async (w) => ({ path: `/api/referrals/${await newReferral(w)}/close`, session: w.caseWorker, body: { closing_reason: 'Atendida por el CEM', version: 1 } }),
  },
  'POST /api/referrals/{id}/break-glass': {
    prepare: (w) => ({ path: `/api/referrals/${w.referral}/break-glass`, body: { reason: 'Orden judicial 123-2026 pide el expediente' } }),
  },
  'POST /api/savings/groups': { prepare: (w) => ({ path: '/api/savings/groups', body: { id: uuidv7(), organisation_id: w.n.ananea, name: 'Banquito', constitution: 'Acta de constitución' } }) },
  'POST /api/savings/groups/{id}/members': {
    prepare: (w) => ({ path: `/api/savings/groups/${w.group}/members`, body: { person_id: w.woman, joined_on: '2026-01-01' } }),
  },
  'POST /api/savings/groups/{id}/officers': {
    prepare: (w) => ({ path: `/api/savings/groups/${w.group}/officers`, body: { id: uuidv7(), person_id: w.woman, role: 'treasurer', from_date: '2026-01-01' } }),
  },
  'POST /api/savings/cycles': {
    runs: 20,
    prepare: async (w) => ({
      path: '/api/savings/cycles',
      body: { ...cycleBody(await newGroup(w)), min_shares_per_meeting: 1, max_shares_per_meeting: 5, monthly_interest_bp: 200, social_fund_cents: 100, fines: [{ code: 'tardanza', amount: 100 }] },
    }),
  },
  'POST /api/savings/meetings': {
    prepare: (w) => ({
      path: '/api/savings/meetings',
      body: {
        cycle_id: w.cycle, held_on: nextMeetingDay(), present: [w.woman], cash_counted_cents: 1_000,
        transactions: [{ id: uuidv7(), type: 'share_purchase', person_id: w.woman, shares: 1 }, { id: uuidv7(), type: 'social_fund', person_id: w.woman, amount_cents: 100 }],
      },
    }),
  },
  'POST /api/savings/cycles/{id}/close': {
    runs: 20,
    prepare: async (w) => {
      const cycle = cycleBody(await newGroup(w));
      await send(w.t, w.n.admin, 'POST', '/api/savings/cycles', cycle);
      return { path: `/api/savings/cycles/${cycle.id}/close`, body: { share_out: true, id: uuidv7(), held_on: '2026-02-27' } };
    },
  },
  'POST /api/programmes': {
    prepare: () => ({ path: '/api/programmes', body: { id: uuidv7(), name: 'Educación financiera', description: 'Cuatro módulos', min_module_share: 0.75, modules: [{ title: 'Ahorro' }, { title: 'Ingresos' }] } }),
  },
  'POST /api/programmes/{id}/enrolments': { prepare: (w) => ({ path: `/api/programmes/${w.programme.id}/enrolments`, body: { person_ids: [w.woman] } }) },
  'POST /api/training-sessions': {
    prepare: (w) => ({
      path: '/api/training-sessions',
      body: { id: uuidv7(), programme_id: w.programme.id, module_id: w.programme.modules[0]!.id, organisation_id: w.n.ananea, held_on: '2026-02-20', district: '211002', place: 'Local comunal', facilitator: 'Elena Ccama' },
    }),
  },
  'POST /api/training-sessions/{id}/attendance': { prepare: (w) => ({ path: `/api/training-sessions/${w.trainingSession}/attendance`, body: marks([w.woman]) }) },
  'POST /api/certificates': { prepare: (w) => ({ path: '/api/certificates', body: { person_id: w.woman, programme_id: w.programme.id } }) },
  'POST /api/certificates/{id}/void': {
    prepare: async (w) => {
      const { certificate } = await send(w.t, w.n.admin, 'POST', '/api/certificates', { person_id: w.woman, programme_id: w.programme.id });
      return { path: `/api/certificates/${certificate.id}/void`, body: { reason: 'emitido por error' } };
    },
  },
  'POST /api/plan-nodes/{id}/progress': { prepare: (w) => ({ path: `/api/plan-nodes/${w.planNode}/progress`, body: { id: uuidv7(), reported_on: '2026-02-20', percent: 40, note: 'Taller con 32 socias' } }) },
  'POST /api/plan-indicators/{id}/actuals': {
    prepare: (w) => ({ path: `/api/plan-indicators/${w.planIndicator}/actuals`, body: { id: uuidv7(), measured_on: '2025-12-31', value: 230, source: 'Registro Minem' } }),
  },
  'POST /api/statements': { prepare: (w) => ({ path: '/api/statements', body: { id: uuidv7(), person_id: w.woman, from: '2026-01-01', to: '2026-02-28', language: 'es' } }) },
  'POST /api/statements/{id}/void': {
    prepare: async (w) => {
      const { statement } = await send(w.t, w.n.admin, 'POST', '/api/statements', { person_id: w.woman, from: '2026-01-01', to: '2026-02-28' });
      return { path: `/api/statements/${statement.id}/void`, body: { reason: 'datos corregidos' } };
    },
  },
  'POST /api/auth/totp/confirm': {
    runs: 10,
    prepare: async (w) => {
      const username = unique('fz.totp');
      await w.t.createUser(username, 'case_worker', { organisationId: w.n.puno });
      const session = await w.t.login(username);
      const { secret } = await send(w.t, session, 'POST', '/api/auth/totp/enrol');
      return { path: '/api/auth/totp/confirm', session, body: { code: codeFor(w.t, secret) } };
    },
  },
};

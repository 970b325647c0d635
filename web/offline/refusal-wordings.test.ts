/**
 * A refused outbox item on /sync is worded in Spanish even when its module's screens never
 * loaded in this page (after a reload): the wordings load on demand by the item's kind.
 */
import { describe, expect, it } from 'vitest';
import { messages as savingsEs } from '../i18n/es-savings.ts';
import { messages as trainingsEs } from '../i18n/es-trainings.ts';
import { hasProblemText, problemText } from '../ui/problem-text.ts';
import { loadRefusalWordings } from './refusal-wordings.ts';

describe('wordings of refused outbox items', () => {
  it('loads a module\'s wordings for the kinds that were refused, and only those', async () => {
    expect(hasProblemText('cycle.closed')).toBe(false);
    await loadRefusalWordings(['savings.meeting', 'some.future_kind']);
    expect(problemText({ path: 'held_on', message: 'the cycle is closed', code: 'cycle.closed' })).toBe(savingsEs['savings.check.cycleClosed']);
    expect(hasProblemText('attendance.not_enrolled')).toBe(false);
  });

  it('words an attendance refusal once its kind was refused', async () => {
    await loadRefusalWordings(['attendance.take']);
    expect(problemText({ path: 'marks.0.person_id', message: 'not enrolled', code: 'attendance.not_enrolled' })).toBe(trainingsEs['training.check.notEnrolled']);
  });
});

/**
 * How the training screens word the server's rule codes for attendance, sessions and
 * certificates (src/services/trainings), from the trainings catalog part. Added with
 * `addProblemTexts` together with that part, so a key is never shown before its text.
 */
import { t } from '../i18n/i18n.ts';
import type { ProblemWording } from '../ui/problem-text.ts';

export const TRAINING_PROBLEM_TEXTS: Record<string, ProblemWording> = {
  'attendance.not_enrolled': 'training.check.notEnrolled',
  'attendance.duplicate': 'training.check.duplicate',
  'attendance.session_in_future': (p) => t('training.check.future', { date: String(p.date ?? '') }),
  'certificate.incomplete': (p) => t('training.check.incomplete', { attended: Number(p.attended ?? 0), total: Number(p.total ?? 0), required: Number(p.required ?? 0) }),
  'training.not_enrolled': 'training.check.notEnrolled',
  'module.not_in_programme': 'training.check.moduleNotInProgramme',
};

/** Catalog keys of the mercury vocabulary (samples, units, classes, symptoms), shared by the mercury screens. */
import type { MessageKey } from '../i18n/i18n.ts';
import type { Classification, MercuryUnit, SampleType } from '../../src/contracts/mercury.ts';

export const SAMPLE_LABELS: Record<SampleType, MessageKey> = { hair: 'mercury.sample.hair', urine: 'mercury.sample.urine', blood: 'mercury.sample.blood' };
export const UNIT_LABELS: Record<MercuryUnit, MessageKey> = { ug_g: 'mercury.unit.ug_g', ug_l: 'mercury.unit.ug_l', ug_g_creatinine: 'mercury.unit.ug_g_creatinine' };
/** The units each sample is measured in (the server checks the same rule). */
export const UNITS_OF: Record<SampleType, MercuryUnit[]> = { hair: ['ug_g'], urine: ['ug_l', 'ug_g_creatinine'], blood: ['ug_l'] };
export const CLASS_LABELS: Record<Classification, MessageKey> = {
  below_reference: 'mercury.class.below_reference', above_reference: 'mercury.class.above_reference', above_alert: 'mercury.class.above_alert',
};
export const SYMPTOM_LABELS = {
  tremor: 'mercury.symptom.tremor', headache: 'mercury.symptom.headache', fatigue: 'mercury.symptom.fatigue', memory_problems: 'mercury.symptom.memory_problems',
  irritability: 'mercury.symptom.irritability', sleep_problems: 'mercury.symptom.sleep_problems', gum_inflammation: 'mercury.symptom.gum_inflammation',
  metallic_taste: 'mercury.symptom.metallic_taste', numbness: 'mercury.symptom.numbness', vision_problems: 'mercury.symptom.vision_problems', other: 'mercury.symptom.other',
} as const satisfies Record<string, MessageKey>;
export type Symptom = keyof typeof SYMPTOM_LABELS;

/**
 * Loaded first by every ARCO screen: adds the ARCO texts and rule wordings to the shared tables
 * before anything renders. Module code runs once, however many ARCO screens import it.
 */
import { arcoPart } from '../i18n/arco-part.ts';
import { addCatalogPart } from '../i18n/i18n.ts';
import { addProblemTexts } from '../ui/problem-text.ts';
import { ARCO_PROBLEM_TEXTS } from './problem-texts.ts';

addCatalogPart(arcoPart);
addProblemTexts(ARCO_PROBLEM_TEXTS);

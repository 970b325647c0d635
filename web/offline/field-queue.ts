/**
 * How the field forms (the registry's person form, the production lot and sale forms) save
 * with no signal: the same body they would send online, with the id the form made once, goes
 * into the outbox as `person.create`, `lot.create` or `sale.create`, and a sync is tried at
 * once. Used when the phone says it is offline or a request got no answer; the server is
 * idempotent on the record ids, so a body that did arrive before the connection dropped is
 * recorded once. A person sent from the outbox asks the server to send a taken DNI to
 * duplicate review rather than refuse her (her lots and sales would be refused with her).
 * The forms then open /sync, which shows the notice left here and the item's state.
 */
import { ApiError } from '../api/client.ts';
import type { PersonInput } from '../api/types.ts';
import { canOpen } from '../app/navigation.ts';
import type { LotInput, SaleInput } from '../../src/contracts/production.ts';
import { fieldPart } from '../i18n/field-part.ts';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { addProblemTexts } from '../ui/problem-text.ts';
import { SYNC_PROBLEM_TEXTS } from './sync-problem-texts.ts';
import { LOT_KIND, PERSON_KIND, SALE_KIND } from './field-records.ts';
import { queueItem } from './outbox.ts';
import { recallSession } from './session-memory.ts';
import { syncOutbox } from './sync.ts';
import { uuidv7 } from './uuidv7.ts';
import type { z } from 'zod';

addCatalogPart(fieldPart);
addProblemTexts(SYNC_PROBLEM_TEXTS);

export const SYNC_PATH = '/sync';

/** Where a form goes once it kept a record: /sync for the field roles, home for others (they have no /sync). */
export function pathAfterKept(): string {
  const role = recallSession()?.user.role;
  return role && canOpen(role, SYNC_PATH) === 'yes' ? SYNC_PATH : '/';
}
let notice: string | null = null;

/** True when the phone knows it has no network. */
export const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** True when a request got no answer at all (the form should keep the record in the outbox). */
export const isNoAnswer = (err: unknown) => err instanceof ApiError && err.code === 'NETWORK';

/** The notice a form left for the /sync page, once. */
export function takeFieldNotice(): string | null {
  const text = notice;
  notice = null;
  return text;
}

async function queue(owner: string, kind: string, url: string, body: { id: string } & object, text: string): Promise<void> {
  await queueItem({ id: uuidv7(), kind, owner, method: 'POST', url, body });
  notice = text;
  void syncOutbox();
}

export function queuePerson(owner: string, body: PersonInput & { id: string }): Promise<void> {
  const name = [body.given_names, body.paternal_surname, body.maternal_surname].filter(Boolean).join(' ');
  const sent: PersonInput & { id: string } = { ...body, on_dni_taken: 'review' };
  return queue(owner, PERSON_KIND, '/api/people', sent, t('field.personQueued', { name }));
}

export const queueLot = (owner: string, body: z.input<typeof LotInput> & { id: string }) => queue(owner, LOT_KIND, '/api/lots', body, t('field.lotQueued'));

export const queueSale = (owner: string, body: z.input<typeof SaleInput> & { id: string }) => queue(owner, SALE_KIND, '/api/sales', body, t('field.saleQueued'));

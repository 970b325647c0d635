/**
 * What a field phone does once a promoter or association leader is signed in (the app root
 * imports this module lazily for those roles, so the login route never carries it): connects
 * the outbox to her session and sends what waits, asks once per login for persistent storage,
 * refreshes the field working set when it is missing or older than REFRESH_AFTER_MS, and
 * downloads the chunks of the field screens (registry, production, /sync) so they open with no
 * signal even if she never opened them online, asking the service worker to keep them.
 */
import type { Session } from '../api/types.ts';
import { fieldSetSummary, refreshFieldSet, type FieldSetSummary } from './field-working-set.ts';
import { isOffline } from './field-queue.ts';
import { rememberedStorageAnswer, requestPersistentStorage } from './field-storage.ts';
import { keepLoadedAssetsOffline } from './keep-offline.ts';
import { connectOutbox, syncOutbox } from './sync.ts';

/** A working set younger than this is not downloaded again on a reload. */
export const REFRESH_AFTER_MS = 15 * 60_000;

export interface FieldSessionOptions {
  session: Session;
  onSessionLost: () => void;
  /** True right after the login form (not when a reload finds the session). */
  isNewLogin: boolean;
  /** Loads the chunks of the field screens (the app root knows them). */
  preload: () => Promise<unknown>;
}

type Listener = (summary: FieldSetSummary) => void;
const listeners = new Set<Listener>();
let startedFor = '';
let refreshing: Promise<FieldSetSummary> | null = null;

/** Calls `listener` after each refresh of the working set; returns the unsubscribe. */
export function onFieldSetRefreshed(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Downloads the working set now (or joins the download running); throws when the server is not reached. */
export function refreshFieldSetNow(owner: string): Promise<FieldSetSummary> {
  refreshing ??= refreshFieldSet(owner)
    .then((summary) => {
      for (const listener of listeners) listener(summary);
      return summary;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export async function startFieldSession({ session, onSessionLost, isNewLogin, preload }: FieldSessionOptions): Promise<void> {
  const owner = session.user.id;
  connectOutbox({ owner, csrfToken: session.csrf_token, onSessionLost });
  if (startedFor === session.csrf_token) return;
  startedFor = session.csrf_token;
  if (isNewLogin || rememberedStorageAnswer() === null) void requestPersistentStorage();
  // Also offline (from the worker's cache): the modules add the wordings of their rule codes, which /sync shows.
  const preloaded = preload().catch(() => undefined);
  if (isOffline()) return;
  void syncOutbox();
  const summary = await fieldSetSummary(owner);
  const age = summary ? Date.now() - Date.parse(summary.synced_at) : Infinity;
  if (isNewLogin || age > REFRESH_AFTER_MS) await refreshFieldSetNow(owner).catch(() => undefined);
  await preloaded;
  keepLoadedAssetsOffline();
}

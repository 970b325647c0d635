/**
 * The ARCO screens' calls to the HTTP API, in the ARCO chunk (loaded only when someone opens
 * these rights). It follows the shared rules of web/api/module-requests.ts (cookies, the CSRF
 * token on the cancellation, problem+json → ApiError). The copy itself is a plain download link
 * (arco-rules.ts `dataCopyHref`), so nothing of her data passes through this code.
 */
import type { CancellationInput, CancellationOutput } from '../../src/contracts/arco.ts';
import { moduleRequests } from '../api/module-requests.ts';
import type { PersonDetail } from '../api/types.ts';

const requests = moduleRequests();

/** Called by the ARCO screens with the current session. */
export const connectArco = requests.connect;

const at = (id: string) => encodeURIComponent(id);

export const arcoApi = {
  getPerson: (id: string) => requests.request<PersonDetail>('GET', `/api/people/${at(id)}`),
  cancel: (id: string, input: CancellationInput) =>
    requests.request<CancellationOutput>('POST', `/api/people/${at(id)}/cancellation`, input),
};

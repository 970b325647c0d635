/**
 * Aymara catalog (as written in Puno).
 * Confident texts: only the greeting and the name Pallay (itself a Quechua word). Every other
 * entry is a tentative one-word rendering listed in `needsReview` until a native speaker from
 * the associations checks it; anything not attempted (sentences, errors, technical terms)
 * falls back to Spanish.
 * Do not add a guess without listing it in `needsReview`.
 */
import type { Catalog } from './catalog.ts';

export const catalog: Catalog = {
  messages: {
    'app.name': 'Pallay',
    'home.greeting': 'Kamisaki, {name}',

    'lang.label': 'Aru',
    'nav.home': 'Qallta',
    'nav.places': 'Markanaka',
    'nav.users': 'Jaqinaka',
    'nav.logout': 'Mistuña',
    'login.title': 'Mantaña',
    'login.submit': 'Mantaña',
    'places.title': 'Markanaka',
    'places.search': 'Thaqhaña',
  },
  needsReview: [
    'lang.label',
    'nav.home',
    'nav.places',
    'nav.users',
    'nav.logout',
    'login.title',
    'login.submit',
    'places.title',
    'places.search',
  ],
};

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
    // Help pages (/ayuda): the line's name is a proper name; the title is tentative. Every help
    // sentence still falls back to Spanish until a native speaker writes it (see web/README.md).
    'help.line100.title': 'Línea 100',
    'help.title': 'Yanapa',
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
    'help.title',
  ],
};

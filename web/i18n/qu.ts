/**
 * Quechua catalog (Southern Quechua, as written in Cusco and Puno).
 * Confident texts: only the greeting and the name Pallay (itself a Quechua word). Every other
 * entry is a tentative one-word rendering listed in `needsReview` until a native speaker from
 * the associations checks it; anything not attempted (sentences, errors, technical terms)
 * falls back to Spanish, which many bilingual members also read day to day.
 * Do not add a guess without listing it in `needsReview`.
 */
import type { Catalog } from './catalog.ts';

export const catalog: Catalog = {
  messages: {
    'app.name': 'Pallay',
    'home.greeting': 'Allinllachu, {name}',

    'lang.label': 'Simi',
    'nav.home': 'Qallariy',
    'nav.places': 'Llaqtakuna',
    'nav.users': 'Runakuna',
    'nav.logout': 'Lluqsiy',
    'login.title': 'Yaykuy',
    'login.submit': 'Yaykuy',
    'places.title': 'Llaqtakuna',
    // Help pages (/ayuda): the line's name is a proper name; the title is tentative. Every help
    // sentence still falls back to Spanish until a native speaker writes it (see web/README.md).
    'help.line100.title': 'Línea 100',
    'help.title': 'Yanapay',
    'places.search': 'Maskay',
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

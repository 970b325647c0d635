/**
 * Maps what an export wrote in a select cell back to choice names. KoboToolbox and ODK write
 * names by default, but a "labels" export writes the choice label in whatever language the
 * person picked, and people retyping data change case and drop accents ("Si" for "Sí"). So a
 * cell is looked up by exact name first, then by name or label in any language, compared
 * without case, accents or repeated spaces.
 *
 * Must hold: a name always wins over a label (a label that equals another choice's name does not
 * steal it); a label shared by two choices is not guessed. Results are cached per distinct cell
 * text, since a column holds few distinct answers and a file can hold a million rows.
 */
import type { Choice } from '../form.ts';

/** Lower case, no accents, one space between words; `,`, `;` and `|` count as spaces. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(FOLD_MARKS, '').toLowerCase().replace(FOLD_SEPARATORS, ' ').trim();
}
const FOLD_MARKS = /[\u0300-\u036f]/g;
const FOLD_SEPARATORS = /[\s,;|]+/g;
const WHITESPACE = /\s+/;
const CACHE_LIMIT = 5000;

export class ChoiceResolver {
  private readonly exact = new Map<string, string>();
  private readonly folded = new Map<string, string | null>();
  /** Most words in any folded name or label: how far a multi-word label match may reach. */
  private readonly longestPhrase: number;
  private readonly cache = new Map<string, readonly string[] | string | null>();

  constructor(choices: Choice[]) {
    let longest = 1;
    for (const choice of choices) this.exact.set(choice.name, choice.name);
    for (const choice of choices) this.folded.set(foldText(choice.name), choice.name);
    for (const choice of choices) {
      for (const label of Object.values(choice.labels)) {
        const key = foldText(label);
        longest = Math.max(longest, key.split(' ').length);
        const existing = this.folded.get(key);
        if (existing === undefined) this.folded.set(key, choice.name);
        else if (existing !== choice.name && !this.isFoldedName(key)) this.folded.set(key, null);
      }
    }
    this.longestPhrase = longest;
  }

  /** The choice name a select_one cell means, or null when no choice fits. */
  resolveOne(cell: string): string | null {
    const exact = this.exact.get(cell);
    if (exact !== undefined) return exact;
    return this.remember(cell, () => this.folded.get(foldText(cell)) ?? null) as string | null;
  }

  /**
   * The choice names a select_multiple cell means: space-separated names, or labels (which may
   * hold spaces) joined by spaces, commas or semicolons. `unknown` holds the first word no
   * choice fits, and then `names` is empty.
   */
  resolveMany(cell: string): { names: readonly string[]; unknown: string | null } {
    const result = this.remember(cell, () => this.matchMany(cell));
    return typeof result === 'string' ? { names: [], unknown: result } : { names: result as readonly string[], unknown: null };
  }

  private matchMany(cell: string): readonly string[] | string {
    const tokens = cell.trim().split(WHITESPACE);
    if (tokens.every((t) => this.exact.has(t))) return Object.freeze([...new Set(tokens)]);
    const words = foldText(cell).split(' ');
    const names: string[] = [];
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let k = Math.min(this.longestPhrase, words.length - i); k > 0 && matched === 0; k--) {
        const name = this.folded.get(words.slice(i, i + k).join(' '));
        if (name) {
          if (!names.includes(name)) names.push(name);
          matched = k;
        }
      }
      if (matched === 0) return words[i] ?? cell;
      i += matched;
    }
    return Object.freeze(names);
  }

  private isFoldedName(key: string): boolean {
    const name = this.folded.get(key);
    return name !== undefined && name !== null && foldText(name) === key;
  }

  private remember<T extends readonly string[] | string | null>(cell: string, compute: () => T): T {
    const cached = this.cache.get(cell);
    if (cached !== undefined || this.cache.has(cell)) return cached as T;
    const value = compute();
    if (this.cache.size < CACHE_LIMIT) this.cache.set(cell, value);
    return value;
  }
}

/**
 * Synthetic Peruvian names for demo data: common given names and surnames of the southern
 * Andes and the coast (Quechua and Aymara surnames among them). Any likeness to a real person
 * is chance; every demo record is marked as demo.
 */
import type { Random } from './random.ts';

const WOMEN = ['María', 'Rosa', 'Juana', 'Carmen', 'Luzmila', 'Yolanda', 'Felícitas', 'Nélida', 'Marisol', 'Gregoria', 'Elena', 'Vilma', 'Sonia', 'Teodora', 'Hilda', 'Norma', 'Beatriz', 'Flor', 'Justina', 'Ana'];
const MEN = ['Juan', 'Luis', 'Pedro', 'Eusebio', 'Wilber', 'Fortunato', 'Néstor', 'Percy', 'Edwin', 'Walter', 'Julio', 'Hernán'];
const SURNAMES = ['Quispe', 'Mamani', 'Condori', 'Huamán', 'Apaza', 'Ccama', 'Flores', 'Chambi', 'Ticona', 'Pari', 'Choque', 'Cruz', 'Yupanqui', 'Huanca', 'Coaquira', 'Rojas', 'Vargas', 'Paucar', 'Ñaupari', 'Layme', 'Sánchez', 'Gutiérrez', 'Chávez', 'Torres'];

export interface PersonName {
  givenNames: string;
  paternalSurname: string;
  maternalSurname: string;
}

export function randomName(random: Random, sex: 'female' | 'male'): PersonName {
  const given = sex === 'female' ? WOMEN : MEN;
  const first = random.pick(given);
  const second = random.chance(0.4) ? ` ${random.pick(given.filter((n) => n !== first))}` : '';
  const paternal = random.pick(SURNAMES);
  return { givenNames: first + second, paternalSurname: paternal, maternalSurname: random.pick(SURNAMES.filter((s) => s !== paternal)) };
}

export function fullName(name: PersonName): string {
  return [name.givenNames, name.paternalSurname, name.maternalSurname].filter(Boolean).join(' ');
}

/** ASCII username from a name: "María Quispe" → "maria.quispe". */
export function usernameFor(name: PersonName): string {
  const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
  return `${ascii(name.givenNames.split(' ')[0]!)}.${ascii(name.paternalSurname)}`;
}

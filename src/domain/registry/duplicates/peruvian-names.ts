/**
 * Synthetic name and place frequencies for generated test data: Quechua, Aymara and Spanish
 * surnames and given names of the southern Andes, weighted (per mille, roughly) so the common
 * ones collide as they do in a registry centred on Puno, Arequipa, Ayacucho and Cusco — Quispe,
 * Mamani and Condori alone are about a fifth of all surnames drawn. Invented weights, not
 * census figures; any likeness to a real person is chance. Extends src/domain/demo/names.ts.
 */
import type { Random } from '../../demo/random.ts';

type Weighted = ReadonlyArray<readonly [string, number]>;

export const SURNAMES: Weighted = [
  ['Quispe', 80], ['Mamani', 70], ['Condori', 45], ['Huamán', 30], ['Flores', 30], ['Apaza', 25],
  ['Choque', 25], ['Ccama', 15], ['Ticona', 15], ['Huanca', 14], ['Cruz', 14], ['Ramos', 14],
  ['Rojas', 14], ['Chambi', 12], ['Pari', 12], ['Sánchez', 12], ['García', 12], ['Rodríguez', 12],
  ['Coaquira', 10], ['Yupanqui', 10], ['Paucar', 10], ['Cutipa', 10], ['Nina', 10], ['Machaca', 10],
  ['Vilca', 10], ['Gutiérrez', 10], ['Chávez', 10], ['Torres', 10], ['López', 10], ['Pérez', 10],
  ['Gonzales', 10], ['Vargas', 10], ['Mendoza', 10], ['Layme', 8], ['Limachi', 8], ['Calla', 8],
  ['Larico', 8], ['Chura', 8], ['Cahuana', 8], ['Puma', 8], ['Turpo', 8], ['Ramírez', 8],
  ['Castillo', 8], ['Díaz', 8], ['Espinoza', 8], ['Yucra', 7], ['Huallpa', 7], ['Huarachi', 6],
  ['Ccori', 6], ['Cusi', 6], ['Coila', 6], ['Tacca', 6], ['Huaraca', 6], ['Huillca', 6], ['Colque', 6],
  ['Zapana', 6], ['Velásquez', 6], ['Cáceres', 6], ['Cárdenas', 6], ['Salas', 6], ['Romero', 6],
  ['Álvarez', 6], ['Fernández', 6], ['Medina', 6], ['Gómez', 6], ['Ñaupari', 5], ['Sucapuca', 5],
  ['Chambilla', 5], ['Ccallo', 5], ['Chino', 5], ['Cano', 5], ['Ancco', 5], ['Hancco', 5], ['Inca', 5],
  ['Ccopa', 5], ['Alanoca', 5], ['Arpasi', 5], ['Tito', 5], ['Muñoz', 5], ['Núñez', 5], ['Peña', 5],
  ['Valencia', 5], ['Arias', 5], ['Ortiz', 5], ['Herrera', 5], ['Jiménez', 5], ['Aguilar', 5],
  ['Ayamamani', 4], ['Ccahuana', 4], ['Ccasa', 4], ['Quea', 4], ['Condorena', 4], ['Huanacuni', 4],
  ['Vilcapaza', 4], ['Pacco', 4], ['Anco', 4], ['Bustinza', 4], ['Sarmiento', 4], ['Benavides', 4],
  ['Suárez', 4], ['Pinto', 4], ['Zúñiga', 4], ['Zea', 4], ['Gallegos', 4], ['Paricahua', 3],
  ['Ccanchi', 3], ['Lupaca', 3], ['Quisocala', 3], ['Charca', 3], ['Oblitas', 3], ['Pacompía', 3],
  ['De la Cruz', 3], ['Cañari', 2], ['Yañez', 2], ['Ordóñez', 2], ['Ibáñez', 2], ['Mañuico', 2],
];

export const WOMEN: Weighted = [
  ['María', 120], ['Rosa', 40], ['Juana', 35], ['Carmen', 30], ['Luz', 25], ['Ana', 25], ['Yolanda', 20],
  ['Julia', 18], ['Marisol', 15], ['Elena', 15], ['Vilma', 15], ['Sonia', 15], ['Flor', 15], ['Lucía', 15],
  ['Isabel', 15], ['Martha', 15], ['Nélida', 12], ['Hilda', 12], ['Norma', 12], ['Victoria', 12],
  ['Roxana', 12], ['Maribel', 12], ['Nancy', 12], ['Lidia', 12], ['Margarita', 12], ['Gladys', 12],
  ['Elizabeth', 12], ['Felícitas', 10], ['Gregoria', 10], ['Beatriz', 10], ['Justina', 10], ['Yeni', 10],
  ['Delia', 10], ['Rocío', 10], ['Yesenia', 10], ['Edith', 10], ['Silvia', 10], ['Antonia', 10],
  ['Teodora', 8], ['Valentina', 8], ['Ruth', 8], ['Betty', 8], ['Paulina', 8], ['Mery', 8], ['Nelly', 8],
  ['Virginia', 8], ['Inés', 8], ['Sofía', 8], ['Lourdes', 8], ['Agripina', 6], ['Eulalia', 6],
  ['Natividad', 6], ['Celestina', 6], ['Dominga', 6], ['Aurelia', 6], ['Ayde', 6], ['Zenaida', 5],
  ['Jesusa', 5], ['Fortunata', 4], ['Santusa', 4], ['Cirila', 4], ['Ñusta', 3], ['Begoña', 2],
];

export const MEN: Weighted = [
  ['Juan', 40], ['José', 35], ['Luis', 25], ['Pedro', 20], ['Carlos', 15], ['Víctor', 15], ['Edwin', 12],
  ['Walter', 12], ['Julio', 12], ['Mario', 12], ['Jorge', 12], ['Wilber', 10], ['Percy', 10],
  ['Alberto', 10], ['Félix', 10], ['Hugo', 10], ['Raúl', 10], ['Néstor', 8], ['Hernán', 8], ['Rubén', 8],
  ['Wilfredo', 8], ['Rolando', 8], ['Freddy', 8], ['Ángel', 8], ['Eusebio', 6], ['Justo', 6],
  ['Efraín', 6], ['Gregorio', 6], ['Santos', 6], ['Yony', 6], ['Elvis', 6], ['Saúl', 6], ['Fortunato', 5],
  ['Teófilo', 5], ['Rómulo', 5], ['Isidro', 5], ['Cirilo', 4], ['Toribio', 4], ['Iñigo', 1],
];

/** Districts where pallaqueras and small-scale miners live (UBIGEO, INEI), weighted. */
export const DISTRICTS: Weighted = [
  ['211002', 30], ['211001', 8], ['211202', 5], ['211203', 4], ['211206', 3], ['210306', 4], ['210303', 3],
  ['211101', 6], ['040307', 6], ['040303', 4], ['040308', 3], ['040309', 3], ['040608', 3], ['040206', 2],
  ['040203', 2], ['050301', 2], ['050611', 2], ['050614', 2], ['050613', 1], ['050601', 2], ['110301', 3],
  ['110305', 2], ['110303', 1], ['110401', 1], ['130809', 2], ['130808', 2], ['170204', 3], ['170102', 2],
  ['170104', 2], ['081203', 1], ['081209', 1], ['080701', 1], ['030406', 1], ['030401', 1],
];

/** A picker that draws from a weighted list in O(log n) per draw. */
export function weightedPicker(entries: Weighted): (random: Random) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) cumulative.push((total += weight));
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return entries[low]![0];
  };
}

/**
 * The printable progress report of a plan: a title page block with the share done and the
 * period, the plan's nodes with status and share done, the updates of the period with their
 * notes, and the indicators against their final targets. A4 pages in the standard fonts, a few
 * kilobytes, in Spanish (default) or English. Status is printed as a word, never as colour only.
 */
import type { PlanReport } from '../../contracts/plans.ts';
import { OnePagePdf, wrapText } from '../files/pdf.ts';

const TEXT = {
  es: {
    title: 'Informe de avance del plan', period: 'Periodo', done: 'Avance del plan', nodes: 'Objetivos, resultados y acciones',
    code: 'Código', item: 'Descripción', status: 'Estado', percent: 'Avance', updates: 'Reportes del periodo', none: 'Sin reportes en el periodo.',
    indicators: 'Indicadores', baseline: 'Línea de base', target: 'Meta', latest: 'Último valor', onTrack: 'En camino', yes: 'sí', no: 'no',
    page: 'Página', statuses: { not_started: 'sin iniciar', in_progress: 'en curso', done: 'cumplido', blocked: 'bloqueado' },
  },
  en: {
    title: 'Plan progress report', period: 'Period', done: 'Plan done', nodes: 'Objectives, results and actions',
    code: 'Code', item: 'Description', status: 'Status', percent: 'Done', updates: 'Updates in the period', none: 'No updates in the period.',
    indicators: 'Indicators', baseline: 'Baseline', target: 'Target', latest: 'Latest', onTrack: 'On track', yes: 'yes', no: 'no',
    page: 'Page', statuses: { not_started: 'not started', in_progress: 'in progress', done: 'done', blocked: 'blocked' },
  },
} as const;

const LEFT = 48;
const BOTTOM = 60;

export function renderPlanReportPdf(report: PlanReport, lang: 'es' | 'en'): Buffer {
  const text = TEXT[lang];
  const pdf = new OnePagePdf();
  let y = pdf.height - 64;
  const footer = () => pdf.text(LEFT, 30, `${report.plan.title.slice(0, 80)} — ${text.page} ${pdf.pageCount}`, { size: 8, grey: 0.4 });
  const room = (height: number) => {
    if (y - height >= BOTTOM) return;
    footer();
    pdf.newPage();
    y = pdf.height - 56;
  };
  const heading = (label: string) => {
    room(40);
    y -= 10;
    pdf.text(LEFT, y, label, { size: 12, bold: true });
    y -= 18;
  };

  for (const line of wrapText(`${text.title}: ${report.plan.title}`, 70)) {
    pdf.text(LEFT, y, line, { size: 15, bold: true });
    y -= 20;
  }
  pdf.text(LEFT, y, `${text.period}: ${report.from} — ${report.to}`, { size: 10 });
  pdf.text(LEFT + 300, y, `${text.done}: ${report.plan.percent}%`, { size: 10, bold: true });
  y -= 16;

  heading(text.nodes);
  const columns = [LEFT, LEFT + 50, LEFT + 360, LEFT + 440];
  [text.code, text.item, text.status, text.percent].forEach((label, i) => pdf.text(columns[i]!, y, label, { size: 8, bold: true, grey: 0.3 }));
  y -= 12;
  for (const row of report.rows) {
    const indent = row.kind === 'objective' ? 0 : row.kind === 'result' ? 8 : 16;
    const lines = wrapText(row.title, 58 - indent / 4);
    room(lines.length * 11 + 2);
    pdf.text(columns[0]!, y, row.code, { size: 8, bold: row.kind === 'objective' });
    lines.forEach((line, i) => pdf.text(columns[1]! + indent, y - i * 11, line, { size: 8, bold: row.kind === 'objective' }));
    pdf.text(columns[2]!, y, text.statuses[row.status], { size: 8 });
    pdf.text(columns[3]!, y, `${row.percent}%`, { size: 8 });
    y -= lines.length * 11 + 2;
  }

  heading(text.updates);
  if (report.updates.length === 0) {
    pdf.text(LEFT, y, text.none, { size: 9, grey: 0.3 });
    y -= 14;
  }
  for (const u of report.updates) {
    const note = wrapText(u.note, 95);
    room(14 + note.length * 11);
    pdf.text(LEFT, y, `${u.reported_on}  ${u.code}  ${u.percent}%${u.status ? `  ${text.statuses[u.status]}` : ''}  — ${u.author_name}`, { size: 9, bold: true });
    y -= 12;
    for (const line of note) {
      pdf.text(LEFT + 12, y, line, { size: 8 });
      y -= 11;
    }
    y -= 3;
  }

  if (report.indicators.length) {
    heading(text.indicators);
    for (const i of report.indicators) {
      room(26);
      pdf.text(LEFT, y, `${i.code}  ${i.name}`.slice(0, 100), { size: 9, bold: true });
      y -= 11;
      const value = (v: number | null) => (v === null ? '—' : `${v.toLocaleString(lang === 'es' ? 'es-PE' : 'en')} ${i.unit}`);
      const onTrack = i.on_track === null ? '—' : i.on_track ? text.yes : text.no;
      pdf.text(LEFT + 12, y, `${text.baseline}: ${value(i.baseline)}   ${text.target}${i.target_year ? ` ${i.target_year}` : ''}: ${value(i.target)}   ${text.latest}: ${value(i.latest)}   ${text.onTrack}: ${onTrack}`, { size: 8 });
      y -= 15;
    }
  }
  footer();
  return pdf.toBuffer({ title: `${text.title}: ${report.plan.title}`, producer: 'Pallay' });
}

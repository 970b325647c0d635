/**
 * Savings reports on A4 (src/services/files/pdf.ts), in Spanish or English: the group report of
 * a cycle (the cycle's figures, then a line per meeting) and a member's statement (her totals,
 * then her passbook line per meeting). Long cycles continue on further pages.
 */
import type { SavingsGroupReport } from '../../contracts/savings.ts';
import { OnePagePdf } from '../files/pdf.ts';
import type { MemberPassbook } from '../../domain/savings/report-rows.ts';

type Lang = 'es' | 'en';
const TEXT = {
  es: {
    report: 'Reporte del grupo de ahorro', statement: 'Estado de cuenta de ahorro', cycle: 'Ciclo', asOf: 'Al', closed: 'cerrado', open: 'abierto',
    shareValue: 'Valor de la acción (S/)', savings: 'Ahorro total (S/)', loans: 'Préstamos por cobrar (S/)', par: 'Cartera en riesgo > 30 días (S/)',
    fund: 'Fondo de préstamos (S/)', social: 'Fondo social (S/)', women: 'Mujeres entre socias', womenOfficers: 'Mujeres en la directiva',
    meetings: 'Reuniones', date: 'Fecha', present: 'Asist.', bought: 'Ahorro', lent: 'Prestado', repaid: 'Devuelto', owed: 'Debe', diff: 'Dif. caja',
    member: 'Socia', number: 'N.º', shares: 'Acciones', loansTaken: 'Préstamos recibidos (S/)', principal: 'Capital devuelto (S/)', interest: 'Intereses pagados (S/)',
    interestDue: 'Intereses por pagar (S/)', socialPaid: 'Aportes al fondo social (S/)', socialGot: 'Ayudas del fondo social (S/)', fines: 'Multas (S/)', attended: 'Asistencia',
    yes: 'sí', no: 'no', group: 'Grupo',
  },
  en: {
    report: 'Savings group report', statement: 'Savings statement', cycle: 'Cycle', asOf: 'As of', closed: 'closed', open: 'open',
    shareValue: 'Share value (PEN)', savings: 'Total savings (PEN)', loans: 'Loans outstanding (PEN)', par: 'Portfolio at risk > 30 days (PEN)',
    fund: 'Loan fund (PEN)', social: 'Social fund (PEN)', women: 'Women among members', womenOfficers: 'Women among officers',
    meetings: 'Meetings', date: 'Date', present: 'Present', bought: 'Saved', lent: 'Lent', repaid: 'Repaid', owed: 'Owes', diff: 'Cash diff.',
    member: 'Member', number: 'No.', shares: 'Shares', loansTaken: 'Loans received (PEN)', principal: 'Principal repaid (PEN)', interest: 'Interest paid (PEN)',
    interestDue: 'Interest due (PEN)', socialPaid: 'Social fund paid (PEN)', socialGot: 'Social fund grants (PEN)', fines: 'Fines (PEN)', attended: 'Attendance',
    yes: 'yes', no: 'no', group: 'Group',
  },
} as const;

const money = (cents: number | null) => (cents === null ? '—' : (cents / 100).toLocaleString('es-PE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const percent = (ratio: number) => `${(ratio * 100).toLocaleString('es-PE', { maximumFractionDigits: 1 })} %`;

/** A page writer with a cursor: label/value rows, table rows, and a new page when the bottom is reached. */
function writer(title: string) {
  const pdf = new OnePagePdf();
  const left = 56;
  let y = pdf.height - 72;
  const need = (height: number) => {
    if (y - height < 60) {
      pdf.newPage();
      y = pdf.height - 72;
    }
  };
  return {
    pdf,
    heading(text: string, size = 12) {
      need(30);
      pdf.text(left, y, text, { size, bold: true });
      y -= size + 10;
    },
    row(label: string, value: string, bold = false) {
      need(16);
      pdf.text(left, y, label, { size: 10, grey: 0.25 }).text(left + 260, y, value, { size: 10, bold });
      y -= 16;
    },
    cells(values: readonly string[], widths: readonly number[], bold = false) {
      need(14);
      let x = left;
      values.forEach((v, i) => {
        pdf.text(x, y, v, { size: 8, bold });
        x += widths[i]!;
      });
      y -= 13;
    },
    gap: (height = 8) => (y -= height),
    done: () => pdf.toBuffer({ title, producer: 'Pallay' }),
  };
}

export function renderGroupReportPdf(report: SavingsGroupReport, lang: Lang): Buffer {
  const t = TEXT[lang];
  const w = writer(t.report);
  const c = report.cycle;
  w.heading(t.report, 16);
  w.row(t.group, report.group_name, true);
  w.row(t.cycle, `${report.starts_on} — ${report.ends_on} (${report.closed ? t.closed : t.open})`);
  w.row(t.asOf, report.as_of);
  w.row(t.shareValue, money(report.share_value_cents));
  w.gap();
  w.row(t.savings, money(c.total_savings_cents), true);
  w.row(t.loans, money(c.loans_outstanding_cents));
  w.row(t.par, `${money(c.portfolio_at_risk_30.at_risk_cents)} (${percent(c.portfolio_at_risk_30.ratio)})`);
  w.row(t.fund, money(c.fund_cents));
  w.row(t.social, money(c.social_fund_cents));
  w.row(t.women, `${c.women.members_women} / ${c.women.members} (${percent(c.women.members_share)})`);
  w.row(t.womenOfficers, `${c.women.officers_women} / ${c.women.officers} (${percent(c.women.officers_share)})`);
  w.gap(12);
  w.heading(t.meetings);
  const widths = [62, 36, 56, 56, 56, 62, 62, 52, 52];
  w.cells([t.date, t.present, t.bought, t.lent, t.repaid, t.savings.split(' (')[0]!, t.owed, 'PAR30', t.diff], widths, true);
  for (const m of report.meetings) {
    w.cells([m.held_on, String(m.present), money(m.flows.savings_cents), money(m.flows.loans_taken_cents), money(m.flows.principal_repaid_cents), money(m.total_savings_cents),
      money(m.loans_outstanding_cents), percent(m.portfolio_at_risk_30.ratio), money(m.difference_cents)], widths);
  }
  return w.done();
}

export function renderMemberStatementPdf(book: MemberPassbook, lang: Lang): Buffer {
  const t = TEXT[lang];
  const s = book.statement;
  const w = writer(t.statement);
  w.heading(t.statement, 16);
  w.row(t.member, `${book.member_name} (${t.number} ${book.member_number})`, true);
  w.row(t.group, book.group_name);
  w.row(t.cycle, `${s.starts_on} — ${s.ends_on}`);
  w.gap();
  w.row(t.shares, String(s.shares));
  w.row(t.savings, money(s.savings_cents), true);
  w.row(t.loansTaken, `${money(s.loans_taken_cents)} (${s.loans_taken})`);
  w.row(t.principal, money(s.principal_repaid_cents));
  w.row(t.interest, money(s.interest_paid_cents));
  w.row(t.loans, money(s.loans_outstanding_cents), true);
  w.row(t.interestDue, money(s.interest_due_cents));
  w.row(t.socialPaid, money(s.social_fund_paid_cents));
  w.row(t.socialGot, money(s.social_fund_received_cents));
  w.row(t.fines, money(s.fines_cents));
  w.row(t.attended, `${s.meetings_present} / ${s.meetings_with_attendance}`);
  w.gap(12);
  w.heading(t.meetings);
  const widths = [66, 44, 60, 62, 62, 62, 70, 62];
  w.cells([t.date, t.present, t.shares, t.bought, t.lent, t.repaid, t.savings.split(' (')[0]!, t.owed], widths, true);
  for (const l of book.lines) {
    const present = l.present === null ? '—' : l.present ? t.yes : t.no;
    w.cells([l.held_on, present, String(l.flows.shares), money(l.flows.savings_cents), money(l.flows.loans_taken_cents), money(l.flows.principal_repaid_cents + l.flows.interest_paid_cents),
      money(l.savings_cents), money(l.loans_outstanding_cents)], widths);
  }
  return w.done();
}

/**
 * An objective, result or action: where it sits in the plan, its status and share done, the
 * bodies responsible and involved, its indicators against their targets, its progress updates
 * (newest first), and — for roles that report progress — the form to add one.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Role } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { kindText, levelText, StatusBadge } from './labels.tsx';
import { plansApi, type Indicator, type NodeDetail } from './plans-api.ts';
import { ActualForm } from './actual-form.tsx';
import { ProgressForm } from './progress-form.tsx';
import { TrendChart } from './trend-chart.tsx';

const REPORTING_ROLES: readonly Role[] = ['admin', 'coordinator', 'association_leader'];
const num = (n: number) => n.toLocaleString(undefined, { maximumFractionDigits: 2 });

function IndicatorCard({ indicator: i, canEnter, onSaved }: { indicator: Indicator; canEnter: boolean; onSaved: () => void }) {
  const final = i.targets.at(-1);
  const latest = i.trend.latest;
  return (
    <li class="indicator">
      <h3>{i.name}</h3>
      {i.baseline && <p>{t('plans.baseline', { value: num(i.baseline.value), unit: i.unit, year: i.baseline.year })}</p>}
      {final && <p>{t('plans.target', { year: final.year, value: num(final.value), unit: i.unit })}</p>}
      {latest && <p>{t('plans.latest', { value: num(latest.value), unit: i.unit, date: latest.measured_on })}</p>}
      {i.live && (i.live.value !== null
        ? <p>{t('plans.live', { value: num(i.live.value), unit: i.unit, n: i.live.n ?? 0 })}</p>
        : <p class="hint">{t('plans.liveMissing', { reason: i.live.problem ?? '' })}</p>)}
      {i.trend.on_track !== null && <p class={i.trend.on_track ? 'on-track' : 'off-track'}>{i.trend.on_track ? `✓ ${t('plans.onTrack')}` : `! ${t('plans.offTrack')}`}</p>}
      <TrendChart indicator={i} />
      {canEnter && <ActualForm indicatorId={i.id} onSaved={onSaved} />}
    </li>
  );
}

export function NodePage({ nodeId, role }: { nodeId: string; role: Role }) {
  const [detail, setDetail] = useState<NodeDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = () => plansApi.node(nodeId).then(setDetail, setError);
  useEffect(() => {
    void load();
  }, [nodeId]);
  if (error) return <section class="card"><ErrorSummary error={error} /></section>;
  if (!detail) return <p class="loading">{t('app.loading')}</p>;
  const { node, plan } = detail;
  const names = (list: { name: string }[]) => list.map((e) => e.name).join(', ');
  return (
    <section class="card plans">
      <nav class="crumbs">
        <a href={`/plans/${plan.id}`} onClick={onLinkClick}>{t('plans.back')}</a>
        {detail.path.map((p) => <span key={p.id}> › <a href={`/plans/nodes/${p.id}`} onClick={onLinkClick}>{p.code}</a></span>)}
      </nav>
      <h1><span class="code">{node.code}</span> {node.title}</h1>
      <div class="node-facts">
        <span class="kind">{kindText(node.kind)} · {levelText(node.level)}</span>
        <StatusBadge status={node.status} />
        <span class="meter" aria-hidden="true"><span style={{ width: `${node.percent}%` }} /></span>
        <span>{t('plans.percent', { percent: node.percent })}</span>
      </div>
      {node.description && <p>{node.description}</p>}
      {node.responsible.length > 0 && <p><strong>{t('plans.responsible')}:</strong> {names(node.responsible)}</p>}
      {node.involved.length > 0 && <p><strong>{t('plans.involved')}:</strong> {names(node.involved)}</p>}
      {(node.start_date || node.end_date) && <p>{t('plans.dates', { start: node.start_date ?? '…', end: node.end_date ?? '…' })}</p>}
      {detail.indicators.length > 0 && (
        <>
          <h2>{t('plans.indicators')}</h2>
          <ul class="indicators">{detail.indicators.map((i) => <IndicatorCard key={i.id} indicator={i} canEnter={REPORTING_ROLES.includes(role)} onSaved={() => void load()} />)}</ul>
        </>
      )}
      <h2>{t('plans.updates')}</h2>
      {detail.updates.length === 0 && <p>{t('plans.noUpdates')}</p>}
      <ul class="updates">
        {detail.updates.map((u) => (
          <li key={u.id}>
            <strong>{t('plans.updateBy', { date: u.reported_on, author: u.author_name, percent: u.percent })}</strong>
            {u.status && <> <StatusBadge status={u.status} /></>}
            <p>{u.note}</p>
            {u.evidence_url && <a href={u.evidence_url} rel="noopener noreferrer" target="_blank">{t('plans.evidence')}</a>}
          </li>
        ))}
      </ul>
      {REPORTING_ROLES.includes(role) && <ProgressForm nodeId={node.id} onSaved={() => void load()} />}
    </section>
  );
}

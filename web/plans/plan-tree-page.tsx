/**
 * A plan as a tree: each objective, result and action with its status (colour and word), its
 * share done as a bar with the figure, and its latest update; filters by level and by body;
 * and the progress report of a date range to download as PDF or Excel. Built for a 360-px
 * phone: one column, indentation by depth, nothing wider than the screen.
 */
import { useEffect, useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { getLanguage, t } from '../i18n/i18n.ts';
import { peruToday } from '../production/format.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { kindText, LEVELS, levelText, StatusBadge } from './labels.tsx';
import { plansApi, type Tree, type TreeNode } from './plans-api.ts';

function NodeRow({ node }: { node: TreeNode }) {
  return (
    <li class={`plan-node depth-${Math.min(node.depth, 2)}${node.matches ? '' : ' context'}`} title={node.matches ? undefined : t('plans.context')}>
      <a href={`/plans/nodes/${node.id}`} onClick={onLinkClick}>
        <span class="code">{node.code}</span> {node.title}
      </a>
      <div class="node-facts">
        <span class="kind">{kindText(node.kind)}</span>
        <StatusBadge status={node.status} />
        <span class="meter" aria-hidden="true"><span style={{ width: `${node.percent}%` }} /></span>
        <span>{t('plans.percent', { percent: node.percent })}</span>
      </div>
      {node.latest_progress && <p class="hint">{node.latest_progress.reported_on} · {node.latest_progress.note}</p>}
    </li>
  );
}

function ReportDownloads({ planId }: { planId: string }) {
  const today = peruToday();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const url = (format: 'pdf' | 'xlsx') => plansApi.reportUrl(planId, { from, to, format, lang: getLanguage() });
  return (
    <section class="plan-report">
      <h2>{t('plans.report')}</h2>
      <div class="row">
        <TextField name="report-from" type="date" label={t('plans.from')} value={from} onInput={setFrom} />
        <TextField name="report-to" type="date" label={t('plans.to')} value={to} onInput={setTo} />
      </div>
      <p class="actions">
        <a class="button" href={url('pdf')} download>{t('plans.downloadPdf')}</a>
        <a class="button" href={url('xlsx')} download>{t('plans.downloadXlsx')}</a>
      </p>
    </section>
  );
}

export function PlanTreePage({ planId }: { planId: string }) {
  const [level, setLevel] = useState('');
  const [entity, setEntity] = useState('');
  const [tree, setTree] = useState<Tree | null>(null);
  const [entities, setEntities] = useState<Tree['entities']>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setError(null);
    plansApi.tree(planId, { level, entity }).then((next) => {
      setTree(next);
      if (!level && !entity) setEntities(next.entities);
    }, setError);
  }, [planId, level, entity]);
  const plan = tree?.plan;
  return (
    <section class="card plans">
      <p><a href="/plans" onClick={onLinkClick}>{t('plans.title')}</a></p>
      <ErrorSummary error={error} />
      {!tree && !error && <p class="loading">{t('app.loading')}</p>}
      {plan && (
        <>
          <h1>{plan.title}</h1>
          <p class="plan-done"><strong>{t('plans.done', { percent: plan.percent })}</strong></p>
          <p class="hint">{t('plans.statusCounts', plan.status_counts)}</p>
          <fieldset class="plan-filters">
            <legend>{t('plans.filters')}</legend>
            <SelectField name="level" label={t('plans.level')} value={level} onChange={setLevel}>
              <option value="">{t('plans.any')}</option>
              {LEVELS.map((l) => <option key={l} value={l}>{levelText(l)}</option>)}
            </SelectField>
            <SelectField name="entity" label={t('plans.entity')} value={entity} onChange={setEntity}>
              <option value="">{t('plans.any')}</option>
              {entities.map((e) => <option key={e.organisation_id ?? e.name} value={e.organisation_id ?? e.name}>{e.name}</option>)}
            </SelectField>
          </fieldset>
          {tree.nodes.length === 0 && <p>{t('plans.noMatch')}</p>}
          <ul class="plan-tree">{tree.nodes.map((n) => <NodeRow key={n.id} node={n} />)}</ul>
          <ReportDownloads planId={planId} />
        </>
      )}
    </section>
  );
}

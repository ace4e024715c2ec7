import { useI18n } from '../../i18n/index.ts';
import { DataState } from '../components/DataState.tsx';
import { FlowChartDiagram } from '../components/FlowChartDiagram.tsx';
import { useBeforeTheAct } from '../portal-data.ts';
import { usePortalText } from '../portal-text.ts';

/** 执法流程图: one chart per case type and procedure, drawn from the lifecycles cases follow. */
export function FlowChartsPage({ tenant }: { tenant: string }) {
  const { t } = usePortalText();
  const { tEnum } = useI18n();
  const before = useBeforeTheAct(tenant);
  return (
    <section className="portal-page" data-testid="portal-flow">
      <h2>{t('flow.title')}</h2>
      <p className="portal-intro">{t('flow.intro')}</p>
      <DataState query={before}>
        {(data) => data.flowCharts.map((chart) => {
          const title = `${tEnum('caseType', chart.caseType)} · ${tEnum('procedure', chart.procedure)}`;
          return (
            <article key={`${chart.caseType}-${chart.procedure}`}>
              <h3>{title}</h3>
              <FlowChartDiagram chart={chart} title={title} />
            </article>
          );
        })}
      </DataState>
    </section>
  );
}

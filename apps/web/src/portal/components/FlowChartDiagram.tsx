import { useMemo } from 'react';
import { layoutFlowChart } from '../flow-chart-layout.ts';
import type { FlowChartData } from '../portal-data.ts';
import { usePortalText } from '../portal-text.ts';

const LINE = 16;
const ARROW_ID = 'portal-flow-arrow';

/** The lifecycle as an SVG drawn from its stages and steps (flow-chart-layout.ts), with the numbered legend beneath. */
export function FlowChartDiagram({ chart, title }: { chart: FlowChartData; title: string }) {
  const { t, pick } = usePortalText();
  const layout = useMemo(() => layoutFlowChart(chart, pick), [chart, pick]);
  const stageName = new Map(chart.stages.map((stage) => [stage.key, pick(stage.label)]));
  const markerId = `${ARROW_ID}-${chart.caseType}-${chart.procedure}`;
  return (
    <figure className="portal-flow" data-testid={`flow-${chart.caseType}-${chart.procedure}`}>
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height} role="img" aria-label={title}>
        <defs>
          <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#434343" />
          </marker>
        </defs>
        {layout.boxes.map((box) => (
          <g key={box.key} className="stage">
            <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={6} />
            <text x={box.x + box.width / 2} y={box.y + 10 + 12} textAnchor="middle" className="title">
              {box.title.map((line, index) => <tspan key={index} x={box.x + box.width / 2} dy={index === 0 ? 0 : LINE}>{line}</tspan>)}
            </text>
            {box.notes.flat().map((line, index) => (
              <text key={index} x={box.x + 10} y={box.y + 10 + 12 + (box.title.length + index) * LINE + 4} className="note">{line}</text>
            ))}
          </g>
        ))}
        {layout.straight.map((arrow) => (
          <g key={`${arrow.from}-${arrow.to}`}>
            <line x1={arrow.x} y1={arrow.y1} x2={arrow.x} y2={arrow.y2} className="arrow" markerEnd={`url(#${markerId})`} />
            <text x={arrow.x - 8} y={(arrow.y1 + arrow.y2) / 2 - ((arrow.label.length - 1) * LINE) / 2 + 4} textAnchor="end" className="label">
              {arrow.label.map((line, index) => <tspan key={index} x={arrow.x - 8} dy={index === 0 ? 0 : LINE}>{line}</tspan>)}
            </text>
          </g>
        ))}
        {layout.lanes.map((lane) => {
          const ys = [...lane.sources.map((source) => source.y), lane.target.y];
          return (
            <g key={`${lane.step}-${lane.side}`}>
              {lane.sources.map((source) => <line key={source.key} x1={lane.edgeX} y1={source.y} x2={lane.laneX} y2={source.y} className="lane" />)}
              <line x1={lane.laneX} y1={Math.min(...ys)} x2={lane.laneX} y2={Math.max(...ys)} className="lane" />
              <line x1={lane.laneX} y1={lane.target.y} x2={lane.edgeX} y2={lane.target.y} className="lane" markerEnd={`url(#${markerId})`} />
              <g className="badge">
                <circle cx={lane.laneX} cy={lane.badgeY} r={9} />
                <text x={lane.laneX} y={lane.badgeY + 4} textAnchor="middle">{lane.number}</text>
              </g>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <div className="portal-table-wrap">
          <table className="portal-table">
            <caption>{t('flow.legend')}</caption>
            <thead>
              <tr><th scope="col">{t('flow.number')}</th><th scope="col">{t('flow.step')}</th><th scope="col">{t('flow.from')}</th><th scope="col">{t('flow.to')}</th><th scope="col">{t('flow.basis')}</th></tr>
            </thead>
            <tbody>
              {layout.legend.map((step) => (
                <tr key={step.key}>
                  <td className="number">{step.number}</td>
                  <td>{step.label}</td>
                  <td>{step.from.map((key) => stageName.get(key) ?? key).join('、')}</td>
                  <td>{step.to === null || step.from.every((key) => key === step.to) ? t('flow.stays') : (stageName.get(step.to) ?? step.to)}</td>
                  <td>{step.basis}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figcaption>
    </figure>
  );
}

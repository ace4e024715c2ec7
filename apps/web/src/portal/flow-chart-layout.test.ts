import { describe, expect, it } from 'vitest';
import { layoutFlowChart, textWidth, wrapText, type FlowChartInput } from './flow-chart-layout.ts';

const text = (zh: string) => ({ zh, en: zh });
const stage = (key: string) => ({ key, label: text(key) });
const step = (key: string, from: string[], to: string | null) => ({ key, label: text(key), from, to, basis: `basis of ${key}` });
const pick = (value: { zh: string }) => value.zh;

// The shape of the penalty general procedure: a straight line with side roads that skip ahead, and steps that record.
const CHART: FlowChartInput = {
  stages: ['A', 'B', 'C', 'D', 'E'].map(stage),
  steps: [
    step('a-b', ['A'], 'B'),
    step('b-c', ['B'], 'C'),
    step('note', ['B', 'C'], null),
    step('skip', ['B'], 'D'),
    step('merge', ['B', 'C', 'D'], 'E'),
    step('self', ['C'], 'C'),
    step('back', ['E'], 'B'),
  ],
};

describe('a flow chart drawn from a lifecycle', () => {
  const layout = layoutFlowChart(CHART, pick);
  const box = (key: string) => layout.boxes.find((each) => each.key === key)!;

  it('stands the stages in their order, one below the other, without overlap', () => {
    expect(layout.boxes.map((each) => each.key)).toEqual(['A', 'B', 'C', 'D', 'E']);
    for (let index = 1; index < layout.boxes.length; index += 1) {
      const [above, below] = [layout.boxes[index - 1]!, layout.boxes[index]!];
      expect(below.y).toBeGreaterThanOrEqual(above.y + above.height + 36);
    }
    expect(layout.height).toBeGreaterThan(box('E').y + box('E').height);
  });

  it('draws a step to the next stage as a straight arrow with its name', () => {
    expect(layout.straight.map((arrow) => [arrow.from, arrow.to, arrow.label.join('')])).toEqual([['A', 'B', 'a-b'], ['B', 'C', 'b-c'], ['D', 'E', 'merge']]);
  });

  it('lists steps that record without moving the case inside each stage they happen in', () => {
    expect(box('B').notes.map((note) => note.join(''))).toEqual(['↻ note']);
    expect(box('C').notes.map((note) => note.join(''))).toEqual(['↻ note', '↻ self']);
    expect(box('C').height).toBeGreaterThan(box('A').height);
  });

  it('runs skips down separate lanes on the right and steps back on the left, numbered as in the legend', () => {
    const lanes = Object.fromEntries(layout.lanes.map((lane) => [lane.step, lane]));
    expect(lanes.skip).toMatchObject({ side: 'right', number: 4, sources: [{ key: 'B' }], target: { key: 'D' } });
    expect(lanes.merge).toMatchObject({ side: 'right', number: 5, sources: [{ key: 'B' }, { key: 'C' }], target: { key: 'E' } });
    expect(lanes.back).toMatchObject({ side: 'left', number: 7, sources: [{ key: 'E' }], target: { key: 'B' } });
    expect(lanes.skip!.laneX).not.toBe(lanes.merge!.laneX);
    expect(lanes.back!.laneX).toBeLessThan(box('B').x);
    expect(Math.max(lanes.skip!.laneX, lanes.merge!.laneX)).toBeLessThan(layout.width);
  });

  it('keeps every step in the legend with its basis', () => {
    expect(layout.legend.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(layout.legend[3]).toMatchObject({ key: 'skip', basis: 'basis of skip', from: ['B'], to: 'D' });
  });

  it('shares a lane between steps whose spans do not touch', () => {
    const chart = { stages: ['A', 'B', 'C', 'D', 'E', 'F'].map(stage), steps: [step('one', ['A'], 'C'), step('two', ['D'], 'F')] };
    const [one, two] = layoutFlowChart(chart, pick).lanes;
    expect(one!.laneX).toBe(two!.laneX);
  });
});

describe('text in the chart', () => {
  it('counts Chinese characters twice as wide as Latin ones', () => {
    expect(textWidth('立案')).toBe(24);
    expect(textWidth('ab')).toBeCloseTo(14.4);
  });

  it('wraps Chinese anywhere and other text between words, within the width', () => {
    const zh = wrapText('记录决定被变更、撤销或确认违法、无效，并撤回公示', 120);
    expect(zh.join('')).toBe('记录决定被变更、撤销或确认违法、无效，并撤回公示');
    expect(zh.every((line) => textWidth(line) <= 120)).toBe(true);
    const en = wrapText('Record that the decision was changed, revoked, or confirmed illegal', 150);
    expect(en.join(' ')).toBe('Record that the decision was changed, revoked, or confirmed illegal');
    expect(en.every((line) => textWidth(line) <= 150)).toBe(true);
  });
});

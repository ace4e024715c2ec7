/**
 * A procedure's flow chart laid out from the lifecycle itself (packages/workflow lifecycles.ts, served by the portal
 * router as stages and steps), never from a picture file: when a step changes, the published chart changes with it.
 *
 * The stages stand in one column, in their order. A step to the next stage is a straight arrow with its name beside
 * it; a step that skips ahead runs down a lane on the right, one lane per step, and a step back up a lane on the left,
 * each marked with its number in the legend; a step that records something without moving the case is listed inside
 * the stage it happens in. Text widths are estimated (no DOM here), generously, so labels do not collide.
 */
export interface LocalText {
  zh: string;
  en: string;
}

export interface FlowChartInput {
  stages: { key: string; label: LocalText }[];
  steps: { key: string; label: LocalText; from: string[]; to: string | null; basis: string }[];
}

export interface StageBox {
  key: string;
  title: string[];
  /** Steps that record something here without moving the case, each already wrapped into lines. */
  notes: string[][];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StraightArrow {
  from: string;
  to: string;
  x: number;
  y1: number;
  y2: number;
  /** The names of the steps it stands for, wrapped; drawn left of the arrow. */
  label: string[];
}

export interface LaneArrow {
  step: string;
  number: number;
  side: 'right' | 'left';
  laneX: number;
  /** One horizontal stub per stage the step starts from, and the one it ends at. */
  sources: { key: string; y: number }[];
  target: { key: string; y: number };
  edgeX: number;
  badgeY: number;
}

export interface FlowChartLayout {
  width: number;
  height: number;
  boxes: StageBox[];
  straight: StraightArrow[];
  lanes: LaneArrow[];
  /** Every step in order with its number: the legend, and the chart's text for screen readers and print. */
  legend: { number: number; key: string; label: string; from: string[]; to: string | null; basis: string }[];
}

const FONT = 12;
const LINE = 16;
const BOX_WIDTH = 240;
const BOX_PADDING = 10;
const LABEL_WIDTH = 200;
const LANE_GAP = 22;
const MARGIN = 16;

/** Estimated width at 12px: CJK and full-width characters are square, others about half. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(ch) ? FONT : FONT * 0.6;
  return width;
}

/** Wraps text into lines no wider than `max`: Chinese between any two characters, other text between words. */
export function wrapText(text: string, max: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (/^\s+$/u.test(token)) {
      if (line !== '') line += ' ';
      continue;
    }
    if (line !== '' && textWidth(line + token) > max) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/** Lanes for spans [from, to] of rows: the first lane whose spans it does not touch, so no two arrows share a line. */
function assignLanes(spans: { low: number; high: number }[]): number[] {
  const lanes: { low: number; high: number }[][] = [];
  return spans.map((span) => {
    let lane = lanes.findIndex((taken) => taken.every((other) => span.high < other.low || other.high < span.low));
    if (lane === -1) {
      lane = lanes.length;
      lanes.push([]);
    }
    lanes[lane]!.push(span);
    return lane;
  });
}

export function layoutFlowChart(chart: FlowChartInput, pick: (text: LocalText) => string): FlowChartLayout {
  const row = new Map(chart.stages.map((stage, index) => [stage.key, index]));
  const legend = chart.steps.map((step, index) => ({ number: index + 1, key: step.key, label: pick(step.label), from: step.from, to: step.to, basis: step.basis }));

  // Classify each (step, from) pair: a note inside the stage, a straight arrow to the next, or part of a lane.
  const notes = new Map<string, string[][]>();
  const straightLabels = new Map<number, string[]>();
  const lanesWanted: { step: (typeof legend)[number]; side: 'right' | 'left'; sources: number[]; target: number }[] = [];
  for (const step of legend) {
    const target = step.to === null ? undefined : row.get(step.to);
    const far: number[] = [];
    for (const from of step.from) {
      const source = row.get(from);
      if (source === undefined) continue;
      if (target === undefined || target === source) {
        notes.set(from, [...(notes.get(from) ?? []), wrapText(`↻ ${step.label}`, BOX_WIDTH - 2 * BOX_PADDING)]);
      } else if (target === source + 1) {
        straightLabels.set(source, [...(straightLabels.get(source) ?? []), step.label]);
      } else {
        far.push(source);
      }
    }
    if (target !== undefined && far.length > 0) {
      const forward = far.filter((source) => source < target);
      const backward = far.filter((source) => source > target);
      if (forward.length > 0) lanesWanted.push({ step, side: 'right', sources: forward, target });
      if (backward.length > 0) lanesWanted.push({ step, side: 'left', sources: backward, target });
    }
  }

  const right = lanesWanted.filter((lane) => lane.side === 'right');
  const left = lanesWanted.filter((lane) => lane.side === 'left');
  const span = (lane: (typeof lanesWanted)[number]) => ({ low: Math.min(lane.target, ...lane.sources), high: Math.max(lane.target, ...lane.sources) });
  const rightLanes = assignLanes(right.map(span));
  const leftLanes = assignLanes(left.map(span));
  const leftCount = Math.max(0, ...leftLanes.map((lane) => lane + 1));
  const rightCount = Math.max(0, ...rightLanes.map((lane) => lane + 1));

  const boxX = MARGIN + leftCount * LANE_GAP + LABEL_WIDTH;
  const centerX = boxX + BOX_WIDTH / 2;
  const boxes: StageBox[] = [];
  const straight: StraightArrow[] = [];
  let y = MARGIN;
  chart.stages.forEach((stage, index) => {
    const title = wrapText(pick(stage.label), BOX_WIDTH - 2 * BOX_PADDING);
    const stageNotes = notes.get(stage.key) ?? [];
    const lines = title.length + stageNotes.reduce((sum, note) => sum + note.length, 0);
    const height = 2 * BOX_PADDING + lines * LINE + (stageNotes.length > 0 ? 4 : 0);
    boxes.push({ key: stage.key, title, notes: stageNotes, x: boxX, y, width: BOX_WIDTH, height });
    y += height;
    const next = chart.stages[index + 1];
    if (!next) return;
    const label = (straightLabels.get(index) ?? []).flatMap((text) => wrapText(text, LABEL_WIDTH - 16));
    // Stages with nothing leading straight on still stand apart, so the column reads as an order.
    const gap = Math.max(36, 16 + label.length * LINE);
    if (label.length > 0) straight.push({ from: stage.key, to: next.key, x: centerX, y1: y, y2: y + gap, label });
    y += gap;
  });

  const middle = (index: number) => boxes[index]!.y + boxes[index]!.height / 2;
  const lanes: LaneArrow[] = [
    ...right.map((lane, index) => ({ lane, laneX: boxX + BOX_WIDTH + LANE_GAP * (rightLanes[index]! + 1), edgeX: boxX + BOX_WIDTH })),
    ...left.map((lane, index) => ({ lane, laneX: boxX - LABEL_WIDTH - LANE_GAP * (leftLanes[index]! + 1) + LANE_GAP / 2, edgeX: boxX })),
  ].map(({ lane, laneX, edgeX }) => {
    // Stubs sit a little off the middle by lane, so arrows entering one box from several lanes stay apart.
    const offset = ((lane.side === 'right' ? rightLanes[right.indexOf(lane)]! : leftLanes[left.indexOf(lane)]!) % 5) * 4 - 8;
    const sources = lane.sources.map((source) => ({ key: chart.stages[source]!.key, y: middle(source) + offset }));
    const target = { key: chart.stages[lane.target]!.key, y: middle(lane.target) + offset };
    const ys = [...sources.map((source) => source.y), target.y];
    return { step: lane.step.key, number: lane.step.number, side: lane.side, laneX, sources, target, edgeX, badgeY: (Math.min(...ys) + Math.max(...ys)) / 2 };
  });

  return {
    width: boxX + BOX_WIDTH + rightCount * LANE_GAP + MARGIN + 12,
    height: y + MARGIN,
    boxes, straight, lanes, legend,
  };
}

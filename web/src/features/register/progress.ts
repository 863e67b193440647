import {
  type ContentKind,
  contentKinds,
  type RegisterProgress,
  type RegisterRuleId,
} from '../../../../contracts/register.js';

// What the progress page shows, derived from the server's progress report (which the pure hours engine
// computed): one bar per norm, the activities a rule cut, and the scale of the chart.

export interface NormBar {
  rule: Extract<RegisterRuleId, 'R-REG-NORM-1' | 'R-REG-NORM-2' | 'R-REG-NORM-3'>;
  reached: number;
  target: number;
  /** 0–100, for the bar */
  percent: number;
  missing: number;
}

const bar = (rule: NormBar['rule'], reached: number, target: number): NormBar => ({
  rule,
  reached,
  target,
  percent: target <= 0 ? 100 : Math.min(100, Math.round((reached / target) * 100)),
  missing: tenth(Math.max(0, target - reached)),
});

/** A figure in RU as the engine gives them: whole tenths, without binary-fraction tails (0.1 + 0.2). */
export const tenth = (value: number) => Math.round(value * 10) / 10;

/** 160 over the period, 100 on the primary process, and 40 subject content only where the sector's norm has it. */
export function normBars(progress: RegisterProgress): NormBar[] {
  const bars = [
    bar('R-REG-NORM-1', progress.totalRU, progress.norm.totalRU),
    bar('R-REG-NORM-2', progress.primaryRU, progress.norm.primaryRU),
  ];
  if (progress.norm.subjectRU !== null) {
    bars.push(bar('R-REG-NORM-3', progress.subjectRU, progress.norm.subjectRU));
  }
  return bars;
}

type ProgressActivity = RegisterProgress['activities'][number];

/**
 * The activities in the period that count less than they claim, or whose count a rule decided (a cap, or a
 * rejection in the audit, R-REG-AUDIT-1): each with the rules that did it, for the "why" list.
 */
export const cutActivities = (progress: RegisterProgress): ProgressActivity[] =>
  progress.activities.filter((activity) => activity.inPeriod && activity.rules.length > 0);

/** Activities outside the period count nothing (R-REG-NORM-1); listed apart, since no cap is involved. */
export const outsidePeriod = (progress: RegisterProgress): ProgressActivity[] =>
  progress.activities.filter((activity) => !activity.inPeriod);

/** The rules that cut one activity, without R-REG-NORM-1 when that only says it lies outside the period. */
export const capRules = (activity: ProgressActivity): RegisterRuleId[] =>
  activity.rules.filter((rule) => rule !== 'R-REG-NORM-1');

/** One bar of the chart: a school year (or all years), its RU per content kind in a fixed order. */
export interface ChartBar {
  label: string;
  segments: { content: ContentKind; value: number }[];
  total: number;
}

/** The school years of the period, oldest first, as bars stacked by content kind. */
export function schoolYearBars(progress: RegisterProgress): ChartBar[] {
  return progress.bySchoolYear.map((year) => ({
    label: year.schoolYear,
    segments: contentKinds.map((content) => ({ content, value: year.byContent[content] })),
    total: year.totalRU,
  }));
}

/**
 * A round top for the chart's axis, at least `minimum`, with `steps` equal steps: 37 → 40 with ticks every
 * 10; an empty chart still has an axis.
 */
export function axisScale(largest: number, steps = 4, minimum = 10): { max: number; ticks: number[] } {
  const rough = Math.max(largest, minimum) / steps;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((size) => size >= rough) ?? rough;
  const max = step * steps;
  return { max, ticks: Array.from({ length: steps + 1 }, (_, index) => tenth(index * step)) };
}

import type { CollectionSpec } from '../collection-spec.ts';
import type { BasisEntry, Override } from './layering.ts';

export interface StaffingRules {
  reviewerRatio: { min: number; minCount?: number };
  certificateSuspensionMonths?: number;
  trainingHours?: number;
  basis: BasisEntry[];
  mandatory?: boolean;
  override?: Override;
}

export interface StaffingFile extends StaffingRules {
  $schema?: string;
}

export const staffingSpec: CollectionSpec<StaffingRules> = {
  label: { zh: '人员配备规则', en: 'staffing rules' },
  file: 'staffing.json',
  listPointer: '',
  idField: '',
  idOf: () => 'staffing',
  conditions: [],
  compare(upper, lower, c) {
    c.handle('reviewerRatio', 'certificateSuspensionMonths', 'trainingHours');
    c.number('/reviewerRatio/min', upper.reviewerRatio.min, lower.reviewerRatio.min, 'higher', 'loosest');
    c.number('/reviewerRatio/minCount', upper.reviewerRatio.minCount, lower.reviewerRatio.minCount, 'higher', 'loosest');
    c.number('/certificateSuspensionMonths', upper.certificateSuspensionMonths, lower.certificateSuspensionMonths, 'higher', 'loosest');
    c.number('/trainingHours', upper.trainingHours, lower.trainingHours, 'higher', 'loosest');
  },
};

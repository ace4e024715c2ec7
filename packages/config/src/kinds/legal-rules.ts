import type { CollectionSpec } from '../collection-spec.ts';
import type { BasisEntry, Condition, ItemLayering, LocalText } from './layering.ts';

export type RuleKind = 'GATE' | 'WARNING' | 'OBLIGATION';
export type RuleOutcome = 'HEARING_RIGHT' | 'COLLECTIVE_DISCUSSION' | 'CRIMINAL_REFERRAL';

/** A GATE blocks its actions while its condition holds; WARNING and OBLIGATION fire while it holds. */
export interface LegalRule extends ItemLayering {
  id: string;
  kind: RuleKind;
  actions: string[];
  condition?: Condition;
  outcome?: RuleOutcome;
  message: LocalText;
  basis: BasisEntry[];
}

export interface RulesFile {
  $schema?: string;
  rules: LegalRule[];
}

export const legalRuleSpec: CollectionSpec<LegalRule> = {
  label: { zh: '规则', en: 'rule' },
  file: 'rules.json',
  listPointer: '/rules',
  idField: 'id',
  idOf: (rule) => rule.id,
  conditions: ['condition'],
  compare(upper, lower, c) {
    c.handle('kind', 'actions', 'condition');
    if (upper.kind !== lower.kind) {
      // A warning that becomes binding is tighter and the reverse looser; a gate and an obligation mean different things.
      if (upper.kind === 'WARNING') c.note('/kind', 'tighter');
      else if (lower.kind === 'WARNING') c.note('/kind', 'looser');
      else c.note('/kind', 'changed');
    }
    c.set('/actions', upper.actions, lower.actions, 'tighter', 'none');
    // A rule with no condition always fires; adding a condition makes it fire less often.
    if (c.optional('/condition', upper.condition, lower.condition, 'looser')) c.equal('/condition', upper.condition, lower.condition);
  },
};

import type { DisclosureItem, LegalRule, LenientList, RecordingRule, ReviewEntry, Threshold } from './config-kinds.ts';
import type { EngineConfig, Provided } from './engine-config.ts';
import { LAW_DISCLOSURE_ITEMS } from './law/disclosure-items.ts';
import { LAW_LENIENT_LISTS, LAW_THRESHOLDS } from './law/discretion-defaults.ts';
import { LAW_RULES, type LawRule } from './law/legal-rules.ts';
import { LAW_RECORDING_RULES } from './law/recording-rules.ts';
import { LAW_REVIEW_ENTRIES } from './law/review-entries.ts';
import { APL, engineProvenance } from './law/statutes.ts';

/** A structural law-table rule applies whatever the configuration declares, unless a configured rule speaks for its article. */
function engineOnly(rule: LawRule, configured: readonly Provided<LegalRule>[]): boolean {
  if (rule.structural !== true) return false;
  const superseded = rule.supersededBy;
  return !superseded || !configured.some(({ value }) => value.kind === superseded.kind && value.basis.some((basis) => basis.law === APL && basis.article?.startsWith(superseded.article)));
}

function engineItems<T extends { id: string }>(items: readonly T[], file: string): Provided<T>[] {
  return items.map((value) => ({ value, provenance: engineProvenance(file, value.id), basis: 'basis' in value && Array.isArray(value.basis) ? value.basis : [] }));
}

function active<T extends { disabled?: boolean }>(items: readonly Provided<T>[] | undefined): Provided<T>[] {
  return (items ?? []).filter((provided) => provided.value.disabled !== true);
}

/** Config's items when it declares the kind, else the law table's: a national ruleset speaks for the law. */
function kindOrLaw<T extends { id: string; disabled?: boolean }>(configured: readonly Provided<T>[] | undefined, law: readonly T[], file: string): Provided<T>[] {
  const items = active(configured);
  return items.length > 0 ? items : engineItems(law, file);
}

function citesArticle58(entries: readonly Provided<ReviewEntry>[] | undefined): boolean {
  return active(entries).some((entry) => (entry.basis ?? entry.value.basis).some((basis) => basis.law === APL && basis.article?.startsWith('第五十八条')));
}

export interface EffectiveItems {
  reviewCatalogue: Provided<ReviewEntry>[];
  rules: Provided<LegalRule | LawRule>[];
  recording: Provided<RecordingRule>[];
  disclosure: Provided<DisclosureItem>[];
  lenientLists: Provided<LenientList>[];
  thresholds: Provided<Threshold>[];
}

/**
 * Adds the engine's law table (DOMAIN.md's law) where the configuration is silent. A kind the configuration declares
 * replaces the table's items of that kind, since the national ruleset encodes the same law with its own ids; the
 * exception is the structural checks (engineOnly), which a configuration cannot express and which always apply.
 */
export function effectiveItems(config: EngineConfig): EffectiveItems {
  const rules = active(config.rules);
  const ids = new Set(rules.map((rule) => rule.value.id));
  const lawRules = LAW_RULES.filter((rule) => !ids.has(rule.id) && (rules.length === 0 || engineOnly(rule, rules)));
  const thresholds = active(config.thresholds);
  const simpleDeclared = thresholds.some((threshold) => threshold.value.kind === 'SIMPLE_PROCEDURE_LIMIT');
  return {
    // A catalogue may hold only local entries; art. 58's situations stay unless the catalogue cites art. 58 itself.
    reviewCatalogue: citesArticle58(config.reviewCatalogue)
      ? active(config.reviewCatalogue)
      : [...engineItems(LAW_REVIEW_ENTRIES, 'review-entries.ts'), ...active(config.reviewCatalogue)],
    // The law table goes first: the merge lists higher layers before lower ones, and the engine's table is the highest.
    rules: [...engineItems<LegalRule | LawRule>(lawRules, 'legal-rules.ts'), ...rules],
    recording: kindOrLaw(config.recording, LAW_RECORDING_RULES, 'recording-rules.ts'),
    disclosure: kindOrLaw(config.disclosure, LAW_DISCLOSURE_ITEMS, 'disclosure-items.ts'),
    lenientLists: kindOrLaw(config.lenientLists, LAW_LENIENT_LISTS, 'discretion-defaults.ts'),
    thresholds: [...(simpleDeclared ? [] : engineItems(LAW_THRESHOLDS, 'discretion-defaults.ts')), ...thresholds],
  };
}

/** The law-table rules that apply whatever a configuration declares, for documentation and tests. */
export function structuralLawRules(): string[] {
  return LAW_RULES.filter((rule) => engineOnly(rule, [])).map((rule) => rule.id);
}

import type { Action, CaseAction, Evidence, EvidenceMetadata } from '../case-snapshot.ts';
import type { CompiledRecording } from '../compiled-tenant.ts';
import { cite } from '../citation.ts';
import type { BasisEntry, LocalText, RecordingLevel, RecordingMetadata } from '../config-kinds.ts';
import type { RecordingAnswer, RecordingRequirement } from '../evaluation.ts';
import { lazyText } from '../lazy-text.ts';
import { EvaluationRun } from '../evaluation-run.ts';

const LEVELS: readonly RecordingLevel[] = ['TEXT', 'AV_AS_NEEDED', 'FULL_AV'];
const FIELD: Record<RecordingMetadata, keyof EvidenceMetadata> = {
  DEVICE: 'device', OFFICER: 'officer', CERTIFICATE: 'certificate', START: 'start', END: 'end', PLACE: 'place', HASH: 'hash', PARTY: 'party', WITNESS: 'witness',
};
const LEVEL_TEXT: Record<RecordingLevel, LocalText> = {
  TEXT: { zh: '文字记录', en: 'a text record' },
  AV_AS_NEEDED: { zh: '根据实际情况进行音像记录', en: 'audio-video as circumstances require' },
  FULL_AV: { zh: '全程音像记录', en: 'a full audio-video record' },
};

/** Full A/V needs a continuous audio-video recording; lower levels are met by any record, text included. */
function qualifying(level: RecordingLevel, evidence: readonly Evidence[]): Evidence[] {
  if (level !== 'FULL_AV') return [...evidence];
  return evidence.filter((item) => (item.kind === 'VIDEO' || item.kind === 'AUDIO_VIDEO') && item.continuous === true);
}

/** Citations of the same combination of rules recur on every case; render each combination once per tenant. */
function citationOf(run: EvaluationRun, key: string, basis: readonly BasisEntry[]): LocalText {
  const cache = run.tenant.citationCache;
  let citation = cache.get(key);
  if (!citation) {
    citation = cite(basis);
    if (cache.size < 10_000) cache.set(key, citation);
  }
  return citation;
}

interface Subject {
  index: number;
  action: CaseAction | undefined;
  type: Action;
  stage: string | undefined;
  prospective: boolean;
}

async function requirement(run: EvaluationRun, subject: Subject, candidates: readonly CompiledRecording[]): Promise<RecordingRequirement | undefined> {
  const applicable = candidates.filter((candidate) => {
    const stages = candidate.rule.item.value.stages;
    return !stages || (subject.stage !== undefined && stages.includes(subject.stage));
  });
  if (applicable.length === 0) return undefined;
  // A recorded action's own facts (premises, party present) decide its rules, so it gets its own Almanac.
  const book = subject.action && applicable.some((candidate) => candidate.actionScoped) ? run.book.forAction(subject.action) : undefined;
  const scoped = book ? new EvaluationRun(run.tenant, book) : run;
  const slot = `3-recording/${String(subject.index).padStart(4, '0')}`;
  const rules = await scoped.evaluate(applicable.map((candidate) => candidate.rule), `${slot}/a`);
  const fired = rules.filter((traced) => traced.run.fired);
  const retentionRules = applicable.flatMap((candidate) => (candidate.retention && fired.some((traced) => traced.run.compiled === candidate.rule) ? [candidate.retention] : []));
  const retention = await scoped.evaluate(retentionRules, `${slot}/b`);
  if (scoped !== run) run.absorb(scoped);
  if (fired.length === 0) return undefined;
  const level = fired.reduce<RecordingLevel>((best, traced) => {
    const candidate = traced.run.compiled.item.value.level;
    return LEVELS.indexOf(candidate) > LEVELS.indexOf(best) ? candidate : best;
  }, 'TEXT');
  const metadata = [...new Set(fired.flatMap((traced) => traced.run.compiled.item.value.metadata))];
  const months = Math.max(...fired.map((traced) => traced.run.compiled.item.value.retention.months));
  const evidence = subject.action?.evidence ?? [];
  const usable = qualifying(level, evidence);
  const levelMissing = !subject.prospective && usable.length === 0;
  const metadataMissing = subject.prospective ? [] : metadata.filter((name) => !usable.some((item) => item.metadata?.[FIELD[name]]));
  const satisfied = subject.prospective ? null : !levelMissing && metadataMissing.length === 0;
  const basis = fired.flatMap((traced) => traced.run.compiled.basis);
  const citation = citationOf(run, fired.map((traced) => traced.run.compiled.id).join('\u0000'), basis);
  const reason = lazyText(() => {
    const status: LocalText = satisfied === null
    ? { zh: '尚未附记录', en: 'nothing attached yet' }
    : satisfied ? { zh: '所附记录符合要求', en: 'the attached records satisfy it' }
      : { zh: `所附记录不符合：${levelMissing ? `缺少${LEVEL_TEXT[level].zh}` : ''}${metadataMissing.length ? ` 缺少要素 ${metadataMissing.join('、')}` : ''}`, en: `the attached records fall short:${levelMissing ? ` no ${LEVEL_TEXT[level].en}` : ''}${metadataMissing.length ? ` missing ${metadataMissing.join(', ')}` : ''}` };
    return { zh: `${subject.type} 须${LEVEL_TEXT[level].zh}，${status.zh}（${citation.zh}）`, en: `${subject.type} needs ${LEVEL_TEXT[level].en}; ${status.en} (${citation.en}).` };
  });
  return {
    actionId: subject.action?.id ?? null,
    type: subject.type,
    prospective: subject.prospective,
    level,
    metadata,
    retention: { months, permanent: retention.some((traced) => traced.run.fired) },
    satisfied,
    missing: { level: levelMissing, metadata: metadataMissing },
    rules: rules.map((traced) => traced.trace),
    get reason() {
      return reason();
    },
    basis,
  };
}

/** Per action in the case, and for the action about to be taken: the level, the metadata, and whether it is met. */
export async function recordingAnswer(run: EvaluationRun, current: CaseAction | undefined): Promise<{ answer: RecordingAnswer; missingFullAv: number }> {
  const snapshot = run.book.run.snapshot;
  const subjects: Subject[] = (snapshot.actions ?? []).map((action, index) => ({ index, action, type: action.type, stage: action.stage ?? snapshot.stage, prospective: false }));
  const requested = run.book.run.action;
  if (requested && !current) subjects.push({ index: subjects.length, action: undefined, type: requested, stage: snapshot.stage, prospective: true });
  const found = await Promise.all(subjects.map((subject) => requirement(run, subject, run.tenant.recording.get(subject.type) ?? [])));
  // The action under way is still being recorded; every other full-A/V action must already have its record.
  const missingFullAv = found.filter((item, index) => item?.level === 'FULL_AV' && item.missing.level && subjects[index]?.action !== current).length;
  const actions = found.filter((item): item is RecordingRequirement => item !== undefined);
  return { answer: { actions, complete: actions.every((item) => item.satisfied !== false) }, missingFullAv };
}

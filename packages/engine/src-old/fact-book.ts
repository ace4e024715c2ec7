import { Almanac } from 'json-rules-engine';
import type { WorkingCalendar } from '@sanxiang/calendar';
import type { Action, CaseAction, CaseSnapshot } from './case-snapshot.ts';
import type { DayCount } from './config-kinds.ts';
import type { EngineFact } from './engine-config.ts';
import { plainPathResolver, resolvePath, THRESHOLD_FACT } from './operators.ts';
import { boundFor, thresholdRef, type ResolvedBound, type ThresholdTable } from './thresholds.ts';

/** What a fact resolver may read besides the case: the tenant's calendar, thresholds and departments. */
export interface TenantView {
  calendar: WorkingCalendar;
  thresholds: ThresholdTable;
  region: string;
  /** Department code → enforcement domain. */
  domains: ReadonlyMap<string, string>;
  vendorFacts: ReadonlyMap<string, EngineFact>;
  /** Art. 60, or the period a config deadline from CASE_FILED sets instead. */
  decisionPeriod: DayCount;
  /** The party's window after the notice (art. 64's five days unless config says otherwise). */
  defenceWindow: DayCount;
}

export interface RunInput {
  snapshot: CaseSnapshot;
  action: Action | undefined;
  /** The evaluation date: deadlines and elapsed periods are measured to it. */
  at: string;
  /** The date of the act: certificates are checked on it. */
  actDate: string;
  tenant: TenantView;
}

export type FactResolver = (book: FactBook) => unknown;

/**
 * What the absence of a record means. A case file records what was done: a notice, an approval, a passed review or
 * a consent that is not recorded was not given, and a seizure or hearing request not recorded did not happen. This
 * is what the law asks the agency to prove. Applied after the case's own `facts`, so a golden case can still state them.
 */
export const ABSENCE_DEFAULTS: Readonly<Record<string, unknown>> = {
  seizureActive: false,
  hearingRequested: false,
  hearingHeld: false,
  inEnforcementPremises: false,
  preDecisionNoticeGiven: false,
  statementHeard: false,
  hearingRightNotified: false,
  demolitionNoticeGiven: false,
  legalReviewPassed: false,
  headApproved: false,
  emergency: false,
  partyConsentElectronic: false,
};


/**
 * The facts of one evaluation, computed on first use and cached for the rest of the run. Structure in the case file
 * wins; `facts` supplies what the structure lacks; a fact nobody can supply is recorded, never thrown on.
 */
export class FactBook {
  private readonly values = new Map<string, unknown>();
  private readonly bounds = new Map<string, ResolvedBound | undefined>();

  constructor(
    readonly run: RunInput,
    private readonly resolvers: ReadonlyMap<string, FactResolver>,
    /** The case action whose own facts (premises, emergency…) answer action facts, for recording rules. */
    readonly pinned?: CaseAction,
    /** Facts the engine knows but the case does not state. */
    readonly missing = new Set<string>(),
    /** Facts neither the engine, the catalogue nor a vendor provides. */
    readonly unknown = new Set<string>(),
  ) {}

  /** A book for one recorded action: its action facts come from that action; what is missing is still reported. */
  forAction(action: CaseAction): FactBook {
    return new FactBook({ ...this.run, action: action.type }, this.resolvers, action, this.missing, this.unknown);
  }

  get(name: string): unknown {
    if (this.values.has(name)) return this.values.get(name);
    const value = this.compute(name);
    this.values.set(name, value);
    return value;
  }

  /** Facts the engine derives from its own answers (hearing right, review required…) once they are known. */
  provide(name: string, value: unknown): void {
    this.values.set(name, value);
    if (value !== undefined) this.missing.delete(name);
  }

  /** Every fact read so far with its value, for the trace; by name, so the order never depends on what ran first. */
  seen(): Record<string, unknown> {
    const seen: Record<string, unknown> = {};
    for (const name of [...this.values.keys()].sort()) seen[name] = this.values.get(name) ?? null;
    return seen;
  }

  threshold(ref: unknown): ResolvedBound | undefined {
    const key = String(ref);
    if (this.bounds.has(key)) return this.bounds.get(key);
    const parsed = thresholdRef(ref);
    const sector = this.run.snapshot.sector ?? this.run.tenant.domains.get(this.run.snapshot.department ?? '');
    const provided = parsed ? this.run.tenant.thresholds.find(parsed, sector) : undefined;
    const bound = provided ? boundFor(provided, this.get('partyType'), this.get('business')) : undefined;
    this.bounds.set(key, bound);
    return bound;
  }

  private compute(name: string): unknown {
    const resolver = this.resolvers.get(name);
    let value = resolver ? resolver(this) : undefined;
    const stated = this.run.snapshot.facts;
    if (value === undefined && stated && Object.hasOwn(stated, name)) value = stated[name] ?? undefined;
    const vendor = this.run.tenant.vendorFacts.get(name);
    if (value === undefined && vendor) {
      try {
        value = vendor.resolve(this.run.snapshot);
      } catch {
        value = undefined;
      }
    }
    if (value === undefined && Object.hasOwn(ABSENCE_DEFAULTS, name)) value = ABSENCE_DEFAULTS[name];
    if (value === undefined) (resolver || vendor ? this.missing : this.unknown).add(name);
    return value;
  }
}

/**
 * json-rules-engine's Almanac, one per evaluation, answering from the FactBook: facts are computed once per run
 * and shared by every rule of every answer. Paths go through the plain dotted resolver, never jsonpath-plus.
 */
export class CaseAlmanac extends Almanac {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(readonly book: FactBook) {
    super({ allowUndefinedFacts: true, pathResolver: plainPathResolver });
  }

  override factValue<T>(factId: string, params?: Record<string, unknown>, path?: string): Promise<T> {
    const key = factId === THRESHOLD_FACT ? `${factId}\u0000${String(params?.ref)}` : path ? `${factId}\u0000${path}` : factId;
    let promise = this.cache.get(key);
    if (!promise) {
      const value = factId === THRESHOLD_FACT ? this.book.threshold(params?.ref) : this.read(factId, path);
      promise = Promise.resolve(value);
      this.cache.set(key, promise);
    }
    return promise as Promise<T>;
  }

  /** Sets a fact the engine derived from an earlier answer, replacing anything a rule read before. */
  provide(name: string, value: unknown): void {
    this.book.provide(name, value);
    this.cache.delete(name);
  }

  private read(factId: string, path: string | undefined): unknown {
    const value = this.book.get(factId);
    return path && value !== null && typeof value === 'object' ? resolvePath(value, path) : value;
  }
}

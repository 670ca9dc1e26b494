// Organisation settings the rules read: policy, not law (domain brief, sections 4 and 5).
export interface Policy {
  /** Pupils from which a service counts as large scale (DS-E03, dpiaIndicated). */
  largeScale: number;
  /** A reused sector or platform DPIA older than this is flagged (DS-S09). */
  dpiaMaxAgeMonths: number;
  /** Default time to the next review. */
  reviewMonths: number;
}

export const DEFAULT_POLICY: Policy = { largeScale: 1000, dpiaMaxAgeMonths: 24, reviewMonths: 12 };

export interface Ctx {
  /** 'YYYY-MM-DD'. */
  today: string;
  policy: Policy;
}

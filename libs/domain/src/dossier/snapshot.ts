import type { RoundType } from '../assessment/round-flow';
import type { SecondmentCategory } from '../registry/vocabulary';
import type { Grade } from '../scoring/calibration';
import type { Rating, ScoreSource } from '../scoring/rubric';

/**
 * A finalized assessment as the growth dossier keeps it (成长档案): written once, when
 * the round is finalized, and never changed afterwards, whatever happens to the rows it
 * was taken from. Scores are points with two decimals, as people read them.
 */
export interface DossierSnapshot {
  round: { id: string; name: string; type: RoundType; typeLabel: string; periodStart: string; periodEnd: string };
  secondment: { id: string; hostUnit: string; category: SecondmentCategory; categoryLabel: string; post: string; groupLabel: string | null };
  subItems: SnapshotSubItem[];
  items: { code: string; name: string; maxPoints: number; points: number | null }[];
  total: number | null;
  rank: number | null;
  grade: Grade | null;
  gradeLabel: string | null;
  /** 不定等次, 一票否决, or a grade decided by hand: the reason recorded. */
  notGradedReason: string | null;
  vetoReason: string | null;
  overrideReason: string | null;
  /** The host unit's written opinion (用人单位评价). */
  hostUnitOpinion: string | null;
  /** The democratic evaluation used for scoring, if the category has one. */
  ballots: { expectedVoters: number; cast: number; counts: Record<Rating, number> } | null;
  /** 双出具: each certifier's certificate. */
  certificates: SnapshotCertificate[];
  /** 服务对象谈话: never the interviewee's identity beyond organization and role. */
  interviews: { organization: string; role: string; date: string; rating: Rating; notes: string }[];
  /** 集中互评: the counts only; who rated whom is not kept. */
  mutualEvaluation: { counts: Record<Rating, number> } | null;
  /** The leader's comment on approving the round. */
  leaderComment: string | null;
  finalizedAt: string;
}

export interface SnapshotSubItem {
  code: string;
  name: string;
  maxPoints: number;
  points: number | null;
  sources: ScoreSource[];
  explanation: string;
  /** What the person who entered the score wrote beside it. */
  comment: string | null;
}

export interface SnapshotCertificate {
  certifier: string;
  projectsSigned: number;
  projectsLanded: number;
  /** 万元 */
  contractedInvestment: number;
  /** 万元 */
  fundsInPlace: number;
  appraisal: string;
  rating: Rating;
}

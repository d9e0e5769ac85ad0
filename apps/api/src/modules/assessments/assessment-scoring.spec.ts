import { DEFAULT_RUBRIC, ScoreSource, SecondmentCategory } from '@app/domain';
import { sourcesDrawnOn } from './assessment-scoring';

describe('sourcesDrawnOn', () => {
  it('names only the computed inputs a category’s variant of the rubric draws on', () => {
    const drawn = (...categories: SecondmentCategory[]) => sourcesDrawnOn(DEFAULT_RUBRIC, new Set(categories));
    expect(drawn(SecondmentCategory.Grassroots)).toEqual(new Set([ScoreSource.OrgStaff, ScoreSource.Ballots, ScoreSource.HostUnit]));
    expect(drawn(SecondmentCategory.InvestmentPromotion)).toEqual(new Set([ScoreSource.OrgStaff, ScoreSource.Certificates, ScoreSource.HostUnit]));
    expect(drawn(SecondmentCategory.StateEnterprise)).toContain(ScoreSource.Interviews);
    expect(drawn(SecondmentCategory.KeyTask)).toEqual(new Set([ScoreSource.OrgStaff, ScoreSource.MutualEvaluation, ScoreSource.HostUnit]));
  });

  it('unites the sources of several categories, and draws on nothing for none', () => {
    expect(sourcesDrawnOn(DEFAULT_RUBRIC, new Set(Object.values(SecondmentCategory)))).toEqual(new Set(Object.values(ScoreSource)));
    expect(sourcesDrawnOn(DEFAULT_RUBRIC, new Set()).size).toBe(0);
  });
});

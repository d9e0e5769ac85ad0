import { SecondmentCategory } from '../registry/vocabulary';
import { ExcellentRequirement, Rating, type RubricDefinition, ScoreSource } from './rubric';

/**
 * 四查四看: the default rubric of PRODUCT.md, 5 items, 13 sub-items, 100 points. A
 * migration stores a copy as the first published version; org staff publish new
 * versions as data, never by changing this file.
 */
export const DEFAULT_RUBRIC: RubricDefinition = {
  items: [
    {
      code: '1',
      name: '日常工作纪实',
      check: '查平时工作纪实',
      look: '看日常表现',
      maxPoints: 2000,
      subItems: [
        { code: '1.1', name: '在岗履职', maxPoints: 800, source: ScoreSource.OrgStaff, guidance: '按期到岗、在岗在位、履行挂职岗位职责情况' },
        { code: '1.2', name: '纪实填报', maxPoints: 600, source: ScoreSource.OrgStaff, guidance: '工作纪实填报的及时性和完整性；系统按考核期内有经用人单位确认纪实的周数给出建议分' },
        { code: '1.3', name: '纪律作风', maxPoints: 600, source: ScoreSource.OrgStaff, guidance: '遵守纪律规矩、工作作风和考勤情况' },
      ],
    },
    {
      code: '2',
      name: '季度业绩',
      check: '查业绩信息采集',
      look: '看工作质量和效果',
      maxPoints: 3000,
      subItems: [
        { code: '2.1', name: '目标任务完成', maxPoints: 1200, source: ScoreSource.OrgStaff, guidance: '对照季度目标任务的完成情况，依据业绩信息评定' },
        { code: '2.2', name: '质量成效', maxPoints: 1000, source: ScoreSource.OrgStaff, guidance: '工作质量、实际效果和服务对象评价' },
        { code: '2.3', name: '创新突破', maxPoints: 800, source: ScoreSource.OrgStaff, guidance: '破解难题、创新做法和可复制推广的经验' },
      ],
    },
    {
      code: '3',
      name: '群众公认',
      check: '查民主评议及用人单位评价',
      look: '看群众公认度',
      maxPoints: 2000,
      subItems: [
        { code: '3.1', name: '民主评议', maxPoints: 1000, source: ScoreSource.Ballots, guidance: '按民主评议票折算：分值 ×（优秀×1.0＋称职×0.8＋基本称职×0.6＋不称职×0）÷ 有效票数' },
        { code: '3.2', name: '用人单位评价', maxPoints: 1000, source: ScoreSource.HostUnit, guidance: '用人单位对挂职干部履职情况的评分和书面意见' },
      ],
    },
    {
      code: '4',
      name: '组织评价',
      check: '查组织部门平时掌握情况',
      look: '看综合评价意见',
      maxPoints: 1500,
      subItems: [
        { code: '4.1', name: '平时掌握', maxPoints: 800, source: ScoreSource.OrgStaff, guidance: '组织部门日常了解、谈心谈话和跟踪掌握的情况' },
        { code: '4.2', name: '综合评价意见', maxPoints: 700, source: ScoreSource.OrgStaff, guidance: '考核专班面对面考核后形成的综合评价意见' },
      ],
    },
    {
      code: '5',
      name: '政治素质与能力',
      check: '考察核验政治态度、工作思路',
      look: '看政治素质和能力',
      maxPoints: 1500,
      subItems: [
        { code: '5.1', name: '政治态度', maxPoints: 500, source: ScoreSource.OrgStaff, guidance: '政治立场、政治觉悟和执行上级决策部署的态度' },
        { code: '5.2', name: '工作思路', maxPoints: 500, source: ScoreSource.OrgStaff, guidance: '对挂职岗位工作的思路、举措和谋划' },
        { code: '5.3', name: '能力素质', maxPoints: 500, source: ScoreSource.OrgStaff, guidance: '履职能力、专业素养和解决实际问题的能力' },
      ],
    },
  ],
  thresholds: { excellent: 9000, competent: 7000, basicallyCompetent: 6000 },
  ratingWeights: { [Rating.Excellent]: 100, [Rating.Competent]: 80, [Rating.BasicallyCompetent]: 60, [Rating.Incompetent]: 0 },
  minimumRatings: {
    [ScoreSource.Ballots]: 1,
    [ScoreSource.Certificates]: 2,
    [ScoreSource.Interviews]: 3,
    [ScoreSource.MutualEvaluation]: 1,
  },
  variants: {
    [SecondmentCategory.Grassroots]: [],
    [SecondmentCategory.MajorProject]: [],
    [SecondmentCategory.InvestmentPromotion]: [
      { subItemCode: '3.1', name: '双出具评定', sources: [{ source: ScoreSource.Certificates, percent: 100 }] },
    ],
    [SecondmentCategory.StateEnterprise]: [
      {
        subItemCode: '3.1',
        name: '民主评议及服务对象谈话',
        sources: [
          { source: ScoreSource.Ballots, percent: 50 },
          { source: ScoreSource.Interviews, percent: 50 },
        ],
      },
    ],
    [SecondmentCategory.KeyTask]: [{ subItemCode: '3.1', name: '集中互评', sources: [{ source: ScoreSource.MutualEvaluation, percent: 100 }] }],
  },
  excellentRequirements: {
    [SecondmentCategory.Grassroots]: [],
    [SecondmentCategory.MajorProject]: [ExcellentRequirement.Recommended],
    [SecondmentCategory.InvestmentPromotion]: [ExcellentRequirement.BothCertificates],
    [SecondmentCategory.StateEnterprise]: [],
    [SecondmentCategory.KeyTask]: [],
  },
};

import { SecondmentCategory } from '@app/domain';

/**
 * The story of the source article (二七区, 2023): 45 cadres seconded to the front
 * lines. Units are modelled on a district's real structure; every person is
 * synthetic.
 */
export const DEMO_BATCH = { name: '2023年度挂职历练', startDate: '2023-01-01', endDate: '2023-12-31' };
export const DEMO_PERIOD = { startDate: '2023-03-01', endDate: '2023-12-31' };
/** 二七区's administrative division code, as national ids issued there begin. */
export const DEMO_REGION = '410103';

export const ORG_DEPARTMENT = { name: '中共郑州市二七区委组织部', code: 'EQ-ZZB' };

export const SENDING_UNITS = [
  ['区委办公室', 'EQ-QWB'],
  ['区政府办公室', 'EQ-ZFB'],
  ['区发展和改革委员会', 'EQ-FGW'],
  ['区财政局', 'EQ-CZJ'],
  ['区教育局', 'EQ-JYJ'],
  ['区卫生健康委员会', 'EQ-WJW'],
  ['区住房和城乡建设局', 'EQ-ZJJ'],
  ['区人力资源和社会保障局', 'EQ-RSJ'],
  ['区市场监督管理局', 'EQ-SJJ'],
  ['区城市管理局', 'EQ-CGJ'],
  ['区自然资源局', 'EQ-ZRZY'],
  ['区农业农村局', 'EQ-NYJ'],
] as const;

export const CERTIFIERS = [
  ['郑州市招商引资工作专班', 'ZZ-ZSZB'],
  ['二七区商务局', 'EQ-SWJ'],
] as const;

interface HostGroup {
  category: SecondmentCategory;
  count: number;
  units: readonly (readonly [string, string])[];
  posts: readonly string[];
  groups?: readonly string[];
}

/** 45 in all: 16 + 10 + 8 + 6 + 5. */
export const HOST_GROUPS: readonly HostGroup[] = [
  {
    category: SecondmentCategory.Grassroots,
    count: 16,
    units: [
      ['淮河路街道办事处', 'EQ-HHL'],
      ['解放路街道办事处', 'EQ-JFL'],
      ['铭功路街道办事处', 'EQ-MGL'],
      ['一马路街道办事处', 'EQ-YML'],
      ['蜜蜂张街道办事处', 'EQ-MFZ'],
      ['五里堡街道办事处', 'EQ-WLB'],
      ['大学路街道办事处', 'EQ-DXL'],
      ['建中街街道办事处', 'EQ-JZJ'],
    ],
    posts: ['党工委副书记', '办事处副主任', '社区党委第一书记'],
  },
  {
    category: SecondmentCategory.MajorProject,
    count: 10,
    units: [
      ['二七区重大项目建设专班', 'EQ-ZDXM'],
      ['郑州南站片区开发建设指挥部', 'EQ-NZPQ'],
    ],
    posts: ['专班副组长', '专班成员', '项目联络员'],
    groups: ['南站片区专班', '重点项目一组', '重点项目二组'],
  },
  {
    category: SecondmentCategory.InvestmentPromotion,
    count: 8,
    units: [
      ['二七区驻深圳招商联络处', 'EQ-ZS-SZ'],
      ['二七区驻上海招商联络处', 'EQ-ZS-SH'],
      ['二七区驻北京招商联络处', 'EQ-ZS-BJ'],
    ],
    posts: ['招商联络处副主任', '招商专员'],
  },
  {
    category: SecondmentCategory.StateEnterprise,
    count: 6,
    units: [
      ['二七区国有资产投资经营有限公司', 'EQ-GZTZ'],
      ['二七区城市建设投资集团有限公司', 'EQ-CTJT'],
    ],
    posts: ['副总经理', '总经理助理', '部门副经理'],
  },
  {
    category: SecondmentCategory.KeyTask,
    count: 5,
    units: [['区委主题教育领导小组办公室', 'EQ-ZTJY']],
    posts: ['综合组副组长', '督导组成员'],
    groups: ['主题教育办'],
  },
];

export const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'.split('');
export const MALE_GIVEN = ['伟', '强', '磊', '军', '洋', '勇', '杰', '涛', '明', '超', '刚', '浩', '宇', '鑫', '博', '文', '一鸣', '思远', '晓东', '建华', '志强', '国强', '立新', '振宇', '海洋', '俊杰', '子豪', '明轩'];
export const FEMALE_GIVEN = ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '婷', '欣', '佳', '晨', '秀英', '桂英', '海燕', '玉兰', '春梅', '红梅', '雨萱', '梓涵', '思琪', '晓燕', '丹丹', '雪', '倩', '慧'];
export const POSITIONS = ['科员', '副科长', '科长', '办公室副主任', '股长'];
export const RANKS = ['一级科员', '四级主任科员', '三级主任科员', '二级主任科员', '一级主任科员'];

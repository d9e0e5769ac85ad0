import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Rubric versions, and the default 四查四看 rubric as the first published version.
 * The rubric is written out here, frozen: later changes to DEFAULT_RUBRIC in
 * libs/domain do not change what this migration stored (a test compares the two).
 */
const DEFAULT_RUBRIC_NAME = '四查四看考评细则（默认版）';
const DEFAULT_RUBRIC_DEFINITION = {
  "items": [
    {
      "code": "1",
      "name": "日常工作纪实",
      "check": "查平时工作纪实",
      "look": "看日常表现",
      "maxPoints": 2000,
      "subItems": [
        {
          "code": "1.1",
          "name": "在岗履职",
          "maxPoints": 800,
          "source": "ORG_STAFF",
          "guidance": "按期到岗、在岗在位、履行挂职岗位职责情况"
        },
        {
          "code": "1.2",
          "name": "纪实填报",
          "maxPoints": 600,
          "source": "ORG_STAFF",
          "guidance": "工作纪实填报的及时性和完整性；系统按考核期内有经用人单位确认纪实的周数给出建议分"
        },
        {
          "code": "1.3",
          "name": "纪律作风",
          "maxPoints": 600,
          "source": "ORG_STAFF",
          "guidance": "遵守纪律规矩、工作作风和考勤情况"
        }
      ]
    },
    {
      "code": "2",
      "name": "季度业绩",
      "check": "查业绩信息采集",
      "look": "看工作质量和效果",
      "maxPoints": 3000,
      "subItems": [
        {
          "code": "2.1",
          "name": "目标任务完成",
          "maxPoints": 1200,
          "source": "ORG_STAFF",
          "guidance": "对照季度目标任务的完成情况，依据业绩信息评定"
        },
        {
          "code": "2.2",
          "name": "质量成效",
          "maxPoints": 1000,
          "source": "ORG_STAFF",
          "guidance": "工作质量、实际效果和服务对象评价"
        },
        {
          "code": "2.3",
          "name": "创新突破",
          "maxPoints": 800,
          "source": "ORG_STAFF",
          "guidance": "破解难题、创新做法和可复制推广的经验"
        }
      ]
    },
    {
      "code": "3",
      "name": "群众公认",
      "check": "查民主评议及用人单位评价",
      "look": "看群众公认度",
      "maxPoints": 2000,
      "subItems": [
        {
          "code": "3.1",
          "name": "民主评议",
          "maxPoints": 1000,
          "source": "BALLOTS",
          "guidance": "按民主评议票折算：分值 ×（优秀×1.0＋称职×0.8＋基本称职×0.6＋不称职×0）÷ 有效票数"
        },
        {
          "code": "3.2",
          "name": "用人单位评价",
          "maxPoints": 1000,
          "source": "HOST_UNIT",
          "guidance": "用人单位对挂职干部履职情况的评分和书面意见"
        }
      ]
    },
    {
      "code": "4",
      "name": "组织评价",
      "check": "查组织部门平时掌握情况",
      "look": "看综合评价意见",
      "maxPoints": 1500,
      "subItems": [
        {
          "code": "4.1",
          "name": "平时掌握",
          "maxPoints": 800,
          "source": "ORG_STAFF",
          "guidance": "组织部门日常了解、谈心谈话和跟踪掌握的情况"
        },
        {
          "code": "4.2",
          "name": "综合评价意见",
          "maxPoints": 700,
          "source": "ORG_STAFF",
          "guidance": "考核专班面对面考核后形成的综合评价意见"
        }
      ]
    },
    {
      "code": "5",
      "name": "政治素质与能力",
      "check": "考察核验政治态度、工作思路",
      "look": "看政治素质和能力",
      "maxPoints": 1500,
      "subItems": [
        {
          "code": "5.1",
          "name": "政治态度",
          "maxPoints": 500,
          "source": "ORG_STAFF",
          "guidance": "政治立场、政治觉悟和执行上级决策部署的态度"
        },
        {
          "code": "5.2",
          "name": "工作思路",
          "maxPoints": 500,
          "source": "ORG_STAFF",
          "guidance": "对挂职岗位工作的思路、举措和谋划"
        },
        {
          "code": "5.3",
          "name": "能力素质",
          "maxPoints": 500,
          "source": "ORG_STAFF",
          "guidance": "履职能力、专业素养和解决实际问题的能力"
        }
      ]
    }
  ],
  "thresholds": {
    "excellent": 9000,
    "competent": 7000,
    "basicallyCompetent": 6000
  },
  "ratingWeights": {
    "EXCELLENT": 100,
    "COMPETENT": 80,
    "BASICALLY_COMPETENT": 60,
    "INCOMPETENT": 0
  },
  "minimumRatings": {
    "BALLOTS": 1,
    "CERTIFICATES": 2,
    "INTERVIEWS": 3,
    "MUTUAL_EVALUATION": 1
  },
  "variants": {
    "GRASSROOTS": [],
    "MAJOR_PROJECT": [],
    "INVESTMENT_PROMOTION": [
      {
        "subItemCode": "3.1",
        "name": "双出具评定",
        "sources": [
          {
            "source": "CERTIFICATES",
            "percent": 100
          }
        ]
      }
    ],
    "STATE_ENTERPRISE": [
      {
        "subItemCode": "3.1",
        "name": "民主评议及服务对象谈话",
        "sources": [
          {
            "source": "BALLOTS",
            "percent": 50
          },
          {
            "source": "INTERVIEWS",
            "percent": 50
          }
        ]
      }
    ],
    "KEY_TASK": [
      {
        "subItemCode": "3.1",
        "name": "集中互评",
        "sources": [
          {
            "source": "MUTUAL_EVALUATION",
            "percent": 100
          }
        ]
      }
    ]
  },
  "excellentRequirements": {
    "GRASSROOTS": [],
    "MAJOR_PROJECT": [
      "RECOMMENDED"
    ],
    "INVESTMENT_PROMOTION": [
      "BOTH_CERTIFICATES"
    ],
    "STATE_ENTERPRISE": [],
    "KEY_TASK": []
  }
};

export class Rubrics1795703737524 implements MigrationInterface {
    name = 'Rubrics1795703737524'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."rubric_status" AS ENUM('DRAFT', 'PUBLISHED')
        `);
        await queryRunner.query(`
            CREATE TABLE "rubric_version" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" character varying(100) NOT NULL,
                "status" "public"."rubric_status" NOT NULL DEFAULT 'DRAFT',
                "definition" jsonb NOT NULL,
                "based_on_id" uuid,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "published_by" uuid,
                CONSTRAINT "PK_b100e428ba9427c4b26f4ad2ba6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_eb7f4a75921746f19cd75c00b5" ON "rubric_version" ("name")
        `);
        await queryRunner.query(
            `INSERT INTO "rubric_version" ("name", "status", "definition", "published_at") VALUES ($1, 'PUBLISHED', $2::jsonb, now())`,
            [DEFAULT_RUBRIC_NAME, JSON.stringify(DEFAULT_RUBRIC_DEFINITION)],
        );
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_eb7f4a75921746f19cd75c00b5"
        `);
        await queryRunner.query(`
            DROP TABLE "rubric_version"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."rubric_status"
        `);
    }

}

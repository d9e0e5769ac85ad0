import { MigrationInterface, QueryRunner } from "typeorm";

/** Assessment rounds, one assessment per cadre and round, and the sub-item scores people enter. */

export class Rounds1795704303897 implements MigrationInterface {
    name = 'Rounds1795704303897'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."round_type" AS ENUM('QUARTERLY', 'SPECIAL', 'FINAL')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."quota_kind" AS ENUM('COUNT', 'PERCENT')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."round_status" AS ENUM(
                'CREATED',
                'COLLECTING',
                'CALIBRATION',
                'SUBMITTED',
                'APPROVED',
                'PUBLICITY',
                'FINALIZED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "assessment_round" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "batch_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "type" "public"."round_type" NOT NULL,
                "period_start" date NOT NULL,
                "period_end" date NOT NULL,
                "rubric_version_id" uuid NOT NULL,
                "quota_kind" "public"."quota_kind" NOT NULL,
                "quota_value" integer NOT NULL,
                "quota_approval" character varying(500),
                "min_participation_percent" integer NOT NULL DEFAULT '67',
                "min_interviews" integer NOT NULL DEFAULT '3',
                "status" "public"."round_status" NOT NULL DEFAULT 'CREATED',
                "opened_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_c0fc0be8e5863842c835d6ff589" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3b58c90fd81b2dec3beff8c447" ON "assessment_round" ("batch_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_96234836e93b564b11efad389b" ON "assessment_round" ("status")
        `);
        await queryRunner.query(`
            CREATE TABLE "assessment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "round_id" uuid NOT NULL,
                "secondment_id" uuid NOT NULL,
                "cadre_id" uuid NOT NULL,
                "host_unit_id" uuid NOT NULL,
                "category" "public"."secondment_category" NOT NULL,
                CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c0fc0be8e5863842c835d6ff58" ON "assessment" ("round_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4f57d3b2a8dc81b5fcb377c84b" ON "assessment" ("cadre_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_459244907f2eb8aa28858c1a84" ON "assessment" ("host_unit_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_a0dcda605d761575922d1a382d" ON "assessment" ("round_id", "secondment_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."score_source" AS ENUM(
                'ORG_STAFF',
                'HOST_UNIT',
                'BALLOTS',
                'CERTIFICATES',
                'INTERVIEWS',
                'MUTUAL_EVALUATION'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "assessment_score" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assessment_id" uuid NOT NULL,
                "sub_item_code" character varying(10) NOT NULL,
                "points" integer NOT NULL,
                "source" "public"."score_source" NOT NULL,
                "comment" character varying(2000),
                "entered_by" uuid NOT NULL,
                "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3455c8cd02e8ca1ebed762d481" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_72447d625b8a89f0937a838c81" ON "assessment_score" ("assessment_id", "sub_item_code")
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_round"
            ADD CONSTRAINT "FK_3b58c90fd81b2dec3beff8c447e" FOREIGN KEY ("batch_id") REFERENCES "secondment_batch"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_round"
            ADD CONSTRAINT "FK_02793612c391441fbfbbcc79bc1" FOREIGN KEY ("rubric_version_id") REFERENCES "rubric_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD CONSTRAINT "FK_c0fc0be8e5863842c835d6ff589" FOREIGN KEY ("round_id") REFERENCES "assessment_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD CONSTRAINT "FK_43e816d0774792f07c345f2a10e" FOREIGN KEY ("secondment_id") REFERENCES "secondment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD CONSTRAINT "FK_4f57d3b2a8dc81b5fcb377c84b5" FOREIGN KEY ("cadre_id") REFERENCES "cadre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_score"
            ADD CONSTRAINT "FK_21ab0dedf99ac0e2cd311b7fa3f" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "assessment_score" DROP CONSTRAINT "FK_21ab0dedf99ac0e2cd311b7fa3f"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP CONSTRAINT "FK_4f57d3b2a8dc81b5fcb377c84b5"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP CONSTRAINT "FK_43e816d0774792f07c345f2a10e"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP CONSTRAINT "FK_c0fc0be8e5863842c835d6ff589"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_round" DROP CONSTRAINT "FK_02793612c391441fbfbbcc79bc1"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_round" DROP CONSTRAINT "FK_3b58c90fd81b2dec3beff8c447e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_72447d625b8a89f0937a838c81"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_score"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."score_source"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a0dcda605d761575922d1a382d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_459244907f2eb8aa28858c1a84"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4f57d3b2a8dc81b5fcb377c84b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c0fc0be8e5863842c835d6ff58"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_96234836e93b564b11efad389b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3b58c90fd81b2dec3beff8c447"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_round"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."round_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."quota_kind"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."round_type"
        `);
    }

}

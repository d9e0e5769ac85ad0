import { MigrationInterface, QueryRunner } from "typeorm";

/** Comparative recommendations (比对推荐) of project groups. */

export class Recommendations1795707124323 implements MigrationInterface {
    name = 'Recommendations1795707124323'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "comparative_recommendation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "round_id" uuid NOT NULL,
                "group_label" character varying(100) NOT NULL,
                "ranking" jsonb NOT NULL,
                "recommended" uuid array NOT NULL,
                "recorded_by" uuid NOT NULL,
                CONSTRAINT "PK_97d1edb67bc167183b0af417191" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_ce4bb114c61dc75950f0a56c22" ON "comparative_recommendation" ("round_id", "group_label")
        `);
        await queryRunner.query(`
            ALTER TABLE "comparative_recommendation"
            ADD CONSTRAINT "FK_83c613dde81ed868f2fc86a9e7e" FOREIGN KEY ("round_id") REFERENCES "assessment_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "comparative_recommendation" DROP CONSTRAINT "FK_83c613dde81ed868f2fc86a9e7e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ce4bb114c61dc75950f0a56c22"
        `);
        await queryRunner.query(`
            DROP TABLE "comparative_recommendation"
        `);
    }

}

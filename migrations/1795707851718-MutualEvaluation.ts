import { MigrationInterface, QueryRunner } from "typeorm";

/** Centralized mutual evaluation: sessions, who-rated-whom marks and unlinked ratings. */

export class MutualEvaluation1795707851718 implements MigrationInterface {
    name = 'MutualEvaluation1795707851718'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."mutual_evaluation_status" AS ENUM('OPEN', 'CLOSED')
        `);
        await queryRunner.query(`
            CREATE TABLE "mutual_evaluation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "round_id" uuid NOT NULL,
                "group_label" character varying(100) NOT NULL,
                "status" "public"."mutual_evaluation_status" NOT NULL DEFAULT 'OPEN',
                CONSTRAINT "PK_ca436de0943c3e312002a59bc74" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_94056153155958ff9b7a7abf9f" ON "mutual_evaluation" ("round_id", "group_label")
        `);
        await queryRunner.query(`
            CREATE TABLE "mutual_rating_mark" (
                "evaluation_id" uuid NOT NULL,
                "rater_cadre_id" uuid NOT NULL,
                "assessment_id" uuid NOT NULL,
                CONSTRAINT "PK_782bb58c6101a51cbbd108f0621" PRIMARY KEY (
                    "evaluation_id",
                    "rater_cadre_id",
                    "assessment_id"
                )
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "mutual_rating" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "evaluation_id" uuid NOT NULL,
                "assessment_id" uuid NOT NULL,
                "rating" "public"."rating" NOT NULL,
                CONSTRAINT "PK_cad9bee4c959eb899b60183dc58" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_656c6457ee3d3b86f35a92d82c" ON "mutual_rating" ("evaluation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4659fb17f9df2e4bcb158d4aa3" ON "mutual_rating" ("assessment_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "mutual_evaluation"
            ADD CONSTRAINT "FK_9a36821a4d70818786cb53a0df1" FOREIGN KEY ("round_id") REFERENCES "assessment_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mutual_rating"
            ADD CONSTRAINT "FK_656c6457ee3d3b86f35a92d82cc" FOREIGN KEY ("evaluation_id") REFERENCES "mutual_evaluation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mutual_rating"
            ADD CONSTRAINT "FK_4659fb17f9df2e4bcb158d4aa30" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Written by hand: ratings of a finalized round are locked like its other inputs.
        await queryRunner.query(`
            CREATE TRIGGER mutual_rating_finalized BEFORE INSERT OR UPDATE OR DELETE ON "mutual_rating"
            FOR EACH ROW EXECUTE FUNCTION refuse_write_to_finalized_assessment()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER mutual_rating_finalized ON "mutual_rating"`);
        await queryRunner.query(`
            ALTER TABLE "mutual_rating" DROP CONSTRAINT "FK_4659fb17f9df2e4bcb158d4aa30"
        `);
        await queryRunner.query(`
            ALTER TABLE "mutual_rating" DROP CONSTRAINT "FK_656c6457ee3d3b86f35a92d82cc"
        `);
        await queryRunner.query(`
            ALTER TABLE "mutual_evaluation" DROP CONSTRAINT "FK_9a36821a4d70818786cb53a0df1"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4659fb17f9df2e4bcb158d4aa3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_656c6457ee3d3b86f35a92d82c"
        `);
        await queryRunner.query(`
            DROP TABLE "mutual_rating"
        `);
        await queryRunner.query(`
            DROP TABLE "mutual_rating_mark"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_94056153155958ff9b7a7abf9f"
        `);
        await queryRunner.query(`
            DROP TABLE "mutual_evaluation"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."mutual_evaluation_status"
        `);
    }

}

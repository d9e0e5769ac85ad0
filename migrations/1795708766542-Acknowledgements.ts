import { MigrationInterface, QueryRunner } from "typeorm";

/** Acknowledgements (签字确认) and reviews (复核) of finalized results, kept beside the original. */

export class Acknowledgements1795708766542 implements MigrationInterface {
    name = 'Acknowledgements1795708766542'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "acknowledgement" (
                "assessment_id" uuid NOT NULL,
                "statement" character varying(2000),
                "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2e8cb2fa5b7042673118b3c3e02" PRIMARY KEY ("assessment_id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."review_status" AS ENUM('PENDING', 'MAINTAINED', 'CHANGED')
        `);
        await queryRunner.query(`
            CREATE TABLE "review_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "reason" character varying(2000) NOT NULL,
                "status" "public"."review_status" NOT NULL DEFAULT 'PENDING',
                "reviewed_grade" "public"."grade",
                "decision_reason" character varying(2000),
                "decided_by" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_d733798466b3d8663a13a96781c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b8d535af2973a4cbb7a2e553a5" ON "review_request" ("assessment_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "acknowledgement"
            ADD CONSTRAINT "FK_2e8cb2fa5b7042673118b3c3e02" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "review_request"
            ADD CONSTRAINT "FK_b8d535af2973a4cbb7a2e553a51" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "review_request" DROP CONSTRAINT "FK_b8d535af2973a4cbb7a2e553a51"
        `);
        await queryRunner.query(`
            ALTER TABLE "acknowledgement" DROP CONSTRAINT "FK_2e8cb2fa5b7042673118b3c3e02"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b8d535af2973a4cbb7a2e553a5"
        `);
        await queryRunner.query(`
            DROP TABLE "review_request"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."review_status"
        `);
        await queryRunner.query(`
            DROP TABLE "acknowledgement"
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reopening after finalization: prior results are kept (append-only), and the
 * finalization triggers let a reopened assessment (and only it) change until it is
 * finalized again.
 */

export class Reopen1795706137838 implements MigrationInterface {
    name = 'Reopen1795706137838'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "assessment_result" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assessment_id" uuid NOT NULL,
                "sequence" integer NOT NULL,
                "grade" "public"."grade",
                "rank" integer,
                "total" integer,
                "scores" jsonb NOT NULL,
                "reopen_reason" character varying(1000) NOT NULL,
                "reopened_by" uuid NOT NULL,
                "reopened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_45a3d7422a97cf902fd56640a3e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_f5484d509f9baece0bcd086248" ON "assessment_result" ("assessment_id", "sequence")
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD "reopened_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_result"
            ADD CONSTRAINT "FK_5c10a5f16a147724e6bbf392032" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Written by hand.
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION refuse_write_to_finalized_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE round_status text; reopened timestamptz;
            BEGIN
                SELECT r.status, a.reopened_at INTO round_status, reopened
                  FROM assessment a JOIN assessment_round r ON r.id = a.round_id
                 WHERE a.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.assessment_id ELSE NEW.assessment_id END;
                IF round_status = 'FINALIZED' AND reopened IS NULL THEN
                    RAISE EXCEPTION 'the round is finalized: % on % refused', TG_OP, TG_TABLE_NAME;
                END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION refuse_update_of_finalized_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                -- Allowed: changes to a reopened assessment, and the act of reopening itself.
                IF (SELECT status FROM assessment_round WHERE id = OLD.round_id) = 'FINALIZED'
                   AND OLD.reopened_at IS NULL
                   AND (TG_OP = 'DELETE' OR NEW.reopened_at IS NULL) THEN
                    RAISE EXCEPTION 'the round is finalized: % on assessment refused', TG_OP;
                END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE FUNCTION assessment_result_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'assessment_result is append-only: % refused', TG_OP;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER assessment_result_append_only BEFORE UPDATE OR DELETE ON "assessment_result"
            FOR EACH STATEMENT EXECUTE FUNCTION assessment_result_append_only()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER assessment_result_append_only ON "assessment_result"`);
        await queryRunner.query(`DROP FUNCTION assessment_result_append_only()`);
        // Back to the Calibration migration's stricter functions.
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION refuse_write_to_finalized_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE round_status text;
            BEGIN
                SELECT r.status INTO round_status
                  FROM assessment a JOIN assessment_round r ON r.id = a.round_id
                 WHERE a.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.assessment_id ELSE NEW.assessment_id END;
                IF round_status = 'FINALIZED' THEN
                    RAISE EXCEPTION 'the round is finalized: % on % refused', TG_OP, TG_TABLE_NAME;
                END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION refuse_update_of_finalized_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF (SELECT status FROM assessment_round WHERE id = OLD.round_id) = 'FINALIZED' THEN
                    RAISE EXCEPTION 'the round is finalized: % on assessment refused', TG_OP;
                END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END
            $$
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_result" DROP CONSTRAINT "FK_5c10a5f16a147724e6bbf392032"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP COLUMN "reopened_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f5484d509f9baece0bcd086248"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment_result"
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Calibration fields (veto, not graded, override with who/when/why, the submitted
 * grade, rank and total), the round's approval and publicity dates, and the triggers
 * that refuse any write to a finalized round's scores and assessments.
 */

export class Calibration1795705494473 implements MigrationInterface {
    name = 'Calibration1795705494473'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "assessment_round"
            ADD "leader_comment" character varying(1000)
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_round"
            ADD "publicity_started_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_round"
            ADD "finalized_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD "veto" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD "veto_reason" character varying(500)
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD "not_graded_reason" character varying(500)
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."grade" AS ENUM(
                'EXCELLENT',
                'COMPETENT',
                'BASICALLY_COMPETENT',
                'INCOMPETENT'
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD "grade_override" "public"."grade"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD "override_reason" character varying(500)
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD "override_by" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD "override_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD "grade" "public"."grade"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD "rank" integer
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD "total" integer
        `);
        // Written by hand: the database itself keeps a finalized round locked.
        await queryRunner.query(`
            CREATE FUNCTION refuse_write_to_finalized_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
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
            CREATE FUNCTION refuse_update_of_finalized_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF (SELECT status FROM assessment_round WHERE id = OLD.round_id) = 'FINALIZED' THEN
                    RAISE EXCEPTION 'the round is finalized: % on assessment refused', TG_OP;
                END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END
            $$
        `);
        for (const table of ["assessment_score", "ballot_session"]) {
            await queryRunner.query(`
                CREATE TRIGGER ${table}_finalized BEFORE INSERT OR UPDATE OR DELETE ON "${table}"
                FOR EACH ROW EXECUTE FUNCTION refuse_write_to_finalized_assessment()
            `);
        }
        await queryRunner.query(`
            CREATE TRIGGER assessment_finalized BEFORE UPDATE OR DELETE ON "assessment"
            FOR EACH ROW EXECUTE FUNCTION refuse_update_of_finalized_assessment()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER assessment_finalized ON "assessment"`);
        for (const table of ["assessment_score", "ballot_session"]) {
            await queryRunner.query(`DROP TRIGGER ${table}_finalized ON "${table}"`);
        }
        await queryRunner.query(`DROP FUNCTION refuse_update_of_finalized_assessment()`);
        await queryRunner.query(`DROP FUNCTION refuse_write_to_finalized_assessment()`);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP COLUMN "total"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP COLUMN "rank"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP COLUMN "grade"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP COLUMN "override_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP COLUMN "override_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP COLUMN "override_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP COLUMN "grade_override"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."grade"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP COLUMN "not_graded_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP COLUMN "veto_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP COLUMN "veto"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_round" DROP COLUMN "finalized_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_round" DROP COLUMN "publicity_started_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment_round" DROP COLUMN "leader_comment"
        `);
    }

}

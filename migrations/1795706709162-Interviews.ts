import { MigrationInterface, QueryRunner } from "typeorm";

/** Service-recipient interviews of SOE cadres, locked with the rest of a finalized round. */

export class Interviews1795706709162 implements MigrationInterface {
    name = 'Interviews1795706709162'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."rating" AS ENUM(
                'EXCELLENT',
                'COMPETENT',
                'BASICALLY_COMPETENT',
                'INCOMPETENT'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "service_interview" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "interviewee_organization" character varying(100) NOT NULL,
                "interviewee_role" character varying(50) NOT NULL,
                "date" date NOT NULL,
                "notes" character varying(2000) NOT NULL,
                "rating" "public"."rating" NOT NULL,
                "recorded_by" uuid NOT NULL,
                CONSTRAINT "PK_872d10b8034f12fd78d73d7fcfb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_23e3d7ddaadfd05384e65ce6f1" ON "service_interview" ("assessment_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "service_interview"
            ADD CONSTRAINT "FK_23e3d7ddaadfd05384e65ce6f1f" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Written by hand: like the other inputs, refused once the round is finalized.
        await queryRunner.query(`
            CREATE TRIGGER service_interview_finalized BEFORE INSERT OR UPDATE OR DELETE ON "service_interview"
            FOR EACH ROW EXECUTE FUNCTION refuse_write_to_finalized_assessment()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER service_interview_finalized ON "service_interview"`);
        await queryRunner.query(`
            ALTER TABLE "service_interview" DROP CONSTRAINT "FK_23e3d7ddaadfd05384e65ce6f1f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_23e3d7ddaadfd05384e65ce6f1"
        `);
        await queryRunner.query(`
            DROP TABLE "service_interview"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."rating"
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

/** Public holidays (not working days of a publicity period) and objections filed during publicity. */

export class Publicity1795708590424 implements MigrationInterface {
    name = 'Publicity1795708590424'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "holiday" (
                "date" date NOT NULL,
                "name" character varying(50) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_89b26e4ed3db8895b86c8df55e8" PRIMARY KEY ("date")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."objection_status" AS ENUM('OPEN', 'UPHELD', 'DISMISSED')
        `);
        await queryRunner.query(`
            CREATE TABLE "objection" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "round_id" uuid NOT NULL,
                "assessment_id" uuid NOT NULL,
                "filed_by" uuid NOT NULL,
                "reason" character varying(2000) NOT NULL,
                "status" "public"."objection_status" NOT NULL DEFAULT 'OPEN',
                "resolution" character varying(2000),
                "resolved_by" uuid,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_f66a92a8254c445494f6cc3be60" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c105e9c4f39715b5d4e5fd64b9" ON "objection" ("round_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "objection"
            ADD CONSTRAINT "FK_f9abf8b282f82aad01b9e589d59" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "objection" DROP CONSTRAINT "FK_f9abf8b282f82aad01b9e589d59"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c105e9c4f39715b5d4e5fd64b9"
        `);
        await queryRunner.query(`
            DROP TABLE "objection"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."objection_status"
        `);
        await queryRunner.query(`
            DROP TABLE "holiday"
        `);
    }

}

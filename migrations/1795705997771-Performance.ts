import { MigrationInterface, QueryRunner } from "typeorm";

/** Performance entries (业绩信息) and their evidence files, stored with their rows. */

export class Performance1795705997771 implements MigrationInterface {
    name = 'Performance1795705997771'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."performance_entry_status" AS ENUM('SUBMITTED', 'REVIEWED')
        `);
        await queryRunner.query(`
            CREATE TABLE "performance_entry" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "secondment_id" uuid NOT NULL,
                "cadre_id" uuid NOT NULL,
                "host_unit_id" uuid NOT NULL,
                "quarter" character varying(6) NOT NULL,
                "description" character varying(4000) NOT NULL,
                "status" "public"."performance_entry_status" NOT NULL DEFAULT 'SUBMITTED',
                "reviewed_by" uuid,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_7be03a5dbab9789d9663fe6cbd1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_64821f51db6a28e462a5ff9005" ON "performance_entry" ("secondment_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_36d7ec4751a957e66b89fb9f08" ON "performance_entry" ("cadre_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_60619c87cb88e13c48c08cd42d" ON "performance_entry" ("host_unit_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."evidence_type" AS ENUM('pdf', 'jpg', 'png', 'docx', 'xlsx')
        `);
        await queryRunner.query(`
            CREATE TABLE "evidence_file" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "entry_id" uuid NOT NULL,
                "filename" character varying(200) NOT NULL,
                "type" "public"."evidence_type" NOT NULL,
                "size" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "data" bytea NOT NULL,
                "uploaded_by" uuid NOT NULL,
                "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f54e0261bc7f0350c7eae30736a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_946d1ab31fb5e9f12f0856fd4e" ON "evidence_file" ("entry_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "performance_entry"
            ADD CONSTRAINT "FK_64821f51db6a28e462a5ff90057" FOREIGN KEY ("secondment_id") REFERENCES "secondment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "evidence_file"
            ADD CONSTRAINT "FK_946d1ab31fb5e9f12f0856fd4ee" FOREIGN KEY ("entry_id") REFERENCES "performance_entry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "evidence_file" DROP CONSTRAINT "FK_946d1ab31fb5e9f12f0856fd4ee"
        `);
        await queryRunner.query(`
            ALTER TABLE "performance_entry" DROP CONSTRAINT "FK_64821f51db6a28e462a5ff90057"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_946d1ab31fb5e9f12f0856fd4e"
        `);
        await queryRunner.query(`
            DROP TABLE "evidence_file"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."evidence_type"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_60619c87cb88e13c48c08cd42d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_36d7ec4751a957e66b89fb9f08"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_64821f51db6a28e462a5ff9005"
        `);
        await queryRunner.query(`
            DROP TABLE "performance_entry"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."performance_entry_status"
        `);
    }

}

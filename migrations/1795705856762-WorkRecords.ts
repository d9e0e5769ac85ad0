import { MigrationInterface, QueryRunner } from "typeorm";

/** Work records (工作纪实) by cadres, reviewed by host units. */

export class WorkRecords1795705856762 implements MigrationInterface {
    name = 'WorkRecords1795705856762'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."work_record_status" AS ENUM('PENDING', 'CONFIRMED', 'REJECTED')
        `);
        await queryRunner.query(`
            CREATE TABLE "work_record" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "secondment_id" uuid NOT NULL,
                "cadre_id" uuid NOT NULL,
                "host_unit_id" uuid NOT NULL,
                "date" date NOT NULL,
                "content" character varying(2000) NOT NULL,
                "status" "public"."work_record_status" NOT NULL DEFAULT 'PENDING',
                "reject_reason" character varying(500),
                "reviewed_by" uuid,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_0557bcbb0dff47fe34e2f20e70d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_de1a075d293f3308975b1897c1" ON "work_record" ("cadre_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bd916407b06d647bec6962cea0" ON "work_record" ("host_unit_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b1ba89963520398fd95b51ec90" ON "work_record" ("secondment_id", "date")
        `);
        await queryRunner.query(`
            ALTER TABLE "work_record"
            ADD CONSTRAINT "FK_a4c2ca0e62432f5b0931c7fb2d0" FOREIGN KEY ("secondment_id") REFERENCES "secondment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "work_record" DROP CONSTRAINT "FK_a4c2ca0e62432f5b0931c7fb2d0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b1ba89963520398fd95b51ec90"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_bd916407b06d647bec6962cea0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_de1a075d293f3308975b1897c1"
        `);
        await queryRunner.query(`
            DROP TABLE "work_record"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."work_record_status"
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

/** Cadres, batches and secondments (one ACTIVE per cadre, enforced by a partial unique index); a CADRE account links to its cadre. */

export class Registry1795702558807 implements MigrationInterface {
    name = 'Registry1795702558807'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."gender" AS ENUM('MALE', 'FEMALE')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."political_status" AS ENUM(
                'CPC_MEMBER',
                'CPC_PROBATIONARY',
                'CYL_MEMBER',
                'DEMOCRATIC_PARTY',
                'NON_PARTISAN',
                'MASSES'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."education" AS ENUM(
                'DOCTORATE',
                'MASTER',
                'BACHELOR',
                'COLLEGE',
                'SECONDARY'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "cadre" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" character varying(50) NOT NULL,
                "gender" "public"."gender" NOT NULL,
                "birth_date" date NOT NULL,
                "ethnicity" character varying(20) NOT NULL,
                "political_status" "public"."political_status" NOT NULL,
                "education" "public"."education" NOT NULL,
                "home_unit_id" uuid NOT NULL,
                "position" character varying(100) NOT NULL,
                "rank" character varying(50),
                "phone" character varying(20) NOT NULL,
                "national_id" character(18) NOT NULL,
                CONSTRAINT "PK_f32741f7c0b6ff1722faa6f1e1d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_57c88d9c8ae512a050b74d472a" ON "cadre" ("name")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_aed7db0af1f8b20eea2bc87be7" ON "cadre" ("home_unit_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c337d24c6ed22a6dbee23a481b" ON "cadre" ("national_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."batch_status" AS ENUM('ACTIVE', 'CLOSED')
        `);
        await queryRunner.query(`
            CREATE TABLE "secondment_batch" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" character varying(100) NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "status" "public"."batch_status" NOT NULL DEFAULT 'ACTIVE',
                "description" character varying(500),
                CONSTRAINT "PK_4c3c15f36aac992ad4255535760" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_f49f5831cc995bab2c6f888285" ON "secondment_batch" ("name")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."secondment_category" AS ENUM(
                'GRASSROOTS',
                'MAJOR_PROJECT',
                'INVESTMENT_PROMOTION',
                'STATE_ENTERPRISE',
                'KEY_TASK'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."secondment_status" AS ENUM('ACTIVE', 'COMPLETED', 'WITHDRAWN')
        `);
        await queryRunner.query(`
            CREATE TABLE "secondment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "cadre_id" uuid NOT NULL,
                "batch_id" uuid NOT NULL,
                "host_unit_id" uuid NOT NULL,
                "category" "public"."secondment_category" NOT NULL,
                "post" character varying(100) NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "group_label" character varying(100),
                "status" "public"."secondment_status" NOT NULL DEFAULT 'ACTIVE',
                CONSTRAINT "PK_5d50becc72d29bce00e5b0153a2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d5f0bbcd15e012c6de1eaa0ab4" ON "secondment" ("cadre_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4c3c15f36aac992ad425553576" ON "secondment" ("batch_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4839705507e0ce7f51f74bd48c" ON "secondment" ("host_unit_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e669e4118793592e5af8fecd02" ON "secondment" ("category")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_98d0dd5e592aef3e15e6b80401" ON "secondment" ("status")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_secondment_one_active_per_cadre" ON "secondment" ("cadre_id")
            WHERE "status" = 'ACTIVE'
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "cadre_id" uuid
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_dfcedc66ce795f76cc3eff6711" ON "app_user" ("cadre_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "cadre"
            ADD CONSTRAINT "FK_aed7db0af1f8b20eea2bc87be77" FOREIGN KEY ("home_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_dfcedc66ce795f76cc3eff6711b" FOREIGN KEY ("cadre_id") REFERENCES "cadre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "secondment"
            ADD CONSTRAINT "FK_d5f0bbcd15e012c6de1eaa0ab47" FOREIGN KEY ("cadre_id") REFERENCES "cadre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "secondment"
            ADD CONSTRAINT "FK_4c3c15f36aac992ad4255535760" FOREIGN KEY ("batch_id") REFERENCES "secondment_batch"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "secondment"
            ADD CONSTRAINT "FK_4839705507e0ce7f51f74bd48ce" FOREIGN KEY ("host_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "secondment" DROP CONSTRAINT "FK_4839705507e0ce7f51f74bd48ce"
        `);
        await queryRunner.query(`
            ALTER TABLE "secondment" DROP CONSTRAINT "FK_4c3c15f36aac992ad4255535760"
        `);
        await queryRunner.query(`
            ALTER TABLE "secondment" DROP CONSTRAINT "FK_d5f0bbcd15e012c6de1eaa0ab47"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_dfcedc66ce795f76cc3eff6711b"
        `);
        await queryRunner.query(`
            ALTER TABLE "cadre" DROP CONSTRAINT "FK_aed7db0af1f8b20eea2bc87be77"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dfcedc66ce795f76cc3eff6711"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "cadre_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_secondment_one_active_per_cadre"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_98d0dd5e592aef3e15e6b80401"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e669e4118793592e5af8fecd02"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4839705507e0ce7f51f74bd48c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4c3c15f36aac992ad425553576"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d5f0bbcd15e012c6de1eaa0ab4"
        `);
        await queryRunner.query(`
            DROP TABLE "secondment"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."secondment_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."secondment_category"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f49f5831cc995bab2c6f888285"
        `);
        await queryRunner.query(`
            DROP TABLE "secondment_batch"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."batch_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c337d24c6ed22a6dbee23a481b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_aed7db0af1f8b20eea2bc87be7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_57c88d9c8ae512a050b74d472a"
        `);
        await queryRunner.query(`
            DROP TABLE "cadre"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."education"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."political_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."gender"
        `);
    }

}

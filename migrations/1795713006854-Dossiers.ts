import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Growth dossiers (成长档案): entries written at finalization and never changed, materials,
 * the comprehensive appraisal (综合鉴定, immutable once filed); incentives (待遇落实) and
 * the talent pool (储备人才).
 */

export class Dossiers1795713006854 implements MigrationInterface {
    name = 'Dossiers1795713006854'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "dossier_entry" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cadre_id" uuid NOT NULL,
                "secondment_id" uuid NOT NULL,
                "assessment_id" uuid NOT NULL,
                "round_id" uuid NOT NULL,
                "supersedes_id" uuid,
                "snapshot" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "REL_33679b63d55c68b40cbcd20ca8" UNIQUE ("supersedes_id"),
                CONSTRAINT "PK_668812663d0f8e34832910226ba" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1528aad6d8436af2be6f32ed8c" ON "dossier_entry" ("secondment_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d342b65c178279c2affb0b0d80" ON "dossier_entry" ("assessment_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_33679b63d55c68b40cbcd20ca8" ON "dossier_entry" ("supersedes_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_105b85d74c6e1146189f2eb16d" ON "dossier_entry" ("cadre_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."material_kind" AS ENUM(
                'WORK_RECORD_SUMMARY',
                'INTERVIEW_NOTES',
                'CERTIFICATE_SCAN',
                'PHOTO',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "dossier_material" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cadre_id" uuid NOT NULL,
                "secondment_id" uuid NOT NULL,
                "assessment_id" uuid,
                "kind" "public"."material_kind" NOT NULL,
                "description" character varying(500) NOT NULL,
                "filename" character varying(255) NOT NULL,
                "type" "public"."evidence_type" NOT NULL,
                "size" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "data" bytea NOT NULL,
                "uploaded_by" uuid NOT NULL,
                "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5ed9939456da5f824ea27965446" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6fa7833941bf722351b55a4e70" ON "dossier_material" ("secondment_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ac1babb765a81613b5f90c2c2e" ON "dossier_material" ("cadre_id", "uploaded_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."appraisal_status" AS ENUM('DRAFT', 'FILED')
        `);
        await queryRunner.query(`
            CREATE TABLE "comprehensive_appraisal" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "secondment_id" uuid NOT NULL,
                "cadre_id" uuid NOT NULL,
                "status" "public"."appraisal_status" NOT NULL DEFAULT 'DRAFT',
                "sections" jsonb NOT NULL,
                "edited_by" uuid,
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "filed_by" uuid,
                "filed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_bd29665359b21f03b83e6b259d8" UNIQUE ("secondment_id"),
                CONSTRAINT "REL_bd29665359b21f03b83e6b259d" UNIQUE ("secondment_id"),
                CONSTRAINT "PK_485d52051c235ee240773f66631" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_63d9f3ba0790df404e3d498c26" ON "comprehensive_appraisal" ("cadre_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."incentive_status" AS ENUM('PROPOSED', 'CONFIRMED', 'REJECTED')
        `);
        await queryRunner.query(`
            CREATE TABLE "incentive" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "cadre_id" uuid NOT NULL,
                "round_id" uuid NOT NULL,
                "proposed_measure" character varying(1000) NOT NULL,
                "measure" character varying(1000),
                "status" "public"."incentive_status" NOT NULL DEFAULT 'PROPOSED',
                "note" character varying(1000),
                "decided_by" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "exemplar" boolean NOT NULL DEFAULT false,
                "exemplar_citation" character varying(1000),
                CONSTRAINT "UQ_07a56ed923be845f852979718c9" UNIQUE ("assessment_id"),
                CONSTRAINT "REL_07a56ed923be845f852979718c" UNIQUE ("assessment_id"),
                CONSTRAINT "PK_fc2c4e32d8711392ddf918b9f6c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_457182db567dd64aa9fd524c48" ON "incentive" ("cadre_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5ca97c0aa78d185c71c62731ed" ON "incentive" ("round_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."talent_pool_status" AS ENUM('PROPOSED', 'CONFIRMED', 'DECLINED')
        `);
        await queryRunner.query(`
            CREATE TABLE "talent_pool_entry" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "cadre_id" uuid NOT NULL,
                "status" "public"."talent_pool_status" NOT NULL DEFAULT 'PROPOSED',
                "recommendation" character varying(2000),
                "decided_by" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_b916ea388414d5661e19ff0311b" UNIQUE ("cadre_id"),
                CONSTRAINT "REL_b916ea388414d5661e19ff0311" UNIQUE ("cadre_id"),
                CONSTRAINT "PK_bfde6b0968f960953d585f478a9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_entry"
            ADD CONSTRAINT "FK_a41d5a026a8c04f7aae8eabf228" FOREIGN KEY ("cadre_id") REFERENCES "cadre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_entry"
            ADD CONSTRAINT "FK_1528aad6d8436af2be6f32ed8cc" FOREIGN KEY ("secondment_id") REFERENCES "secondment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_entry"
            ADD CONSTRAINT "FK_d342b65c178279c2affb0b0d802" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_entry"
            ADD CONSTRAINT "FK_8771c3a8c3f9b239120f2139eba" FOREIGN KEY ("round_id") REFERENCES "assessment_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_entry"
            ADD CONSTRAINT "FK_33679b63d55c68b40cbcd20ca87" FOREIGN KEY ("supersedes_id") REFERENCES "dossier_entry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_material"
            ADD CONSTRAINT "FK_7f381ff076277c56e2482480df4" FOREIGN KEY ("cadre_id") REFERENCES "cadre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_material"
            ADD CONSTRAINT "FK_6fa7833941bf722351b55a4e70a" FOREIGN KEY ("secondment_id") REFERENCES "secondment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_material"
            ADD CONSTRAINT "FK_af97cbbe19b2a58e5220a87e273" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comprehensive_appraisal"
            ADD CONSTRAINT "FK_bd29665359b21f03b83e6b259d8" FOREIGN KEY ("secondment_id") REFERENCES "secondment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comprehensive_appraisal"
            ADD CONSTRAINT "FK_63d9f3ba0790df404e3d498c269" FOREIGN KEY ("cadre_id") REFERENCES "cadre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "incentive"
            ADD CONSTRAINT "FK_07a56ed923be845f852979718c9" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "incentive"
            ADD CONSTRAINT "FK_457182db567dd64aa9fd524c48a" FOREIGN KEY ("cadre_id") REFERENCES "cadre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "incentive"
            ADD CONSTRAINT "FK_5ca97c0aa78d185c71c62731ed9" FOREIGN KEY ("round_id") REFERENCES "assessment_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "talent_pool_entry"
            ADD CONSTRAINT "FK_b916ea388414d5661e19ff0311b" FOREIGN KEY ("cadre_id") REFERENCES "cadre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Written by hand: the database keeps a dossier entry and a filed appraisal as they are.
        await queryRunner.query(`
            CREATE FUNCTION refuse_change_to_dossier_entry() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'a dossier entry is never changed: % refused', TG_OP;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER dossier_entry_immutable BEFORE UPDATE OR DELETE ON "dossier_entry"
            FOR EACH ROW EXECUTE FUNCTION refuse_change_to_dossier_entry()
        `);
        await queryRunner.query(`
            CREATE FUNCTION refuse_change_to_filed_appraisal() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF OLD.status = 'FILED' THEN
                    RAISE EXCEPTION 'the appraisal is filed: % refused', TG_OP;
                END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER comprehensive_appraisal_filed BEFORE UPDATE OR DELETE ON "comprehensive_appraisal"
            FOR EACH ROW EXECUTE FUNCTION refuse_change_to_filed_appraisal()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER comprehensive_appraisal_filed ON "comprehensive_appraisal"`);
        await queryRunner.query(`DROP FUNCTION refuse_change_to_filed_appraisal()`);
        await queryRunner.query(`DROP TRIGGER dossier_entry_immutable ON "dossier_entry"`);
        await queryRunner.query(`DROP FUNCTION refuse_change_to_dossier_entry()`);
        await queryRunner.query(`
            ALTER TABLE "talent_pool_entry" DROP CONSTRAINT "FK_b916ea388414d5661e19ff0311b"
        `);
        await queryRunner.query(`
            ALTER TABLE "incentive" DROP CONSTRAINT "FK_5ca97c0aa78d185c71c62731ed9"
        `);
        await queryRunner.query(`
            ALTER TABLE "incentive" DROP CONSTRAINT "FK_457182db567dd64aa9fd524c48a"
        `);
        await queryRunner.query(`
            ALTER TABLE "incentive" DROP CONSTRAINT "FK_07a56ed923be845f852979718c9"
        `);
        await queryRunner.query(`
            ALTER TABLE "comprehensive_appraisal" DROP CONSTRAINT "FK_63d9f3ba0790df404e3d498c269"
        `);
        await queryRunner.query(`
            ALTER TABLE "comprehensive_appraisal" DROP CONSTRAINT "FK_bd29665359b21f03b83e6b259d8"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_material" DROP CONSTRAINT "FK_af97cbbe19b2a58e5220a87e273"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_material" DROP CONSTRAINT "FK_6fa7833941bf722351b55a4e70a"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_material" DROP CONSTRAINT "FK_7f381ff076277c56e2482480df4"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_entry" DROP CONSTRAINT "FK_33679b63d55c68b40cbcd20ca87"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_entry" DROP CONSTRAINT "FK_8771c3a8c3f9b239120f2139eba"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_entry" DROP CONSTRAINT "FK_d342b65c178279c2affb0b0d802"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_entry" DROP CONSTRAINT "FK_1528aad6d8436af2be6f32ed8cc"
        `);
        await queryRunner.query(`
            ALTER TABLE "dossier_entry" DROP CONSTRAINT "FK_a41d5a026a8c04f7aae8eabf228"
        `);
        await queryRunner.query(`
            DROP TABLE "talent_pool_entry"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."talent_pool_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5ca97c0aa78d185c71c62731ed"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_457182db567dd64aa9fd524c48"
        `);
        await queryRunner.query(`
            DROP TABLE "incentive"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."incentive_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_63d9f3ba0790df404e3d498c26"
        `);
        await queryRunner.query(`
            DROP TABLE "comprehensive_appraisal"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."appraisal_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ac1babb765a81613b5f90c2c2e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6fa7833941bf722351b55a4e70"
        `);
        await queryRunner.query(`
            DROP TABLE "dossier_material"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."material_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_105b85d74c6e1146189f2eb16d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_33679b63d55c68b40cbcd20ca8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d342b65c178279c2affb0b0d80"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1528aad6d8436af2be6f32ed8c"
        `);
        await queryRunner.query(`
            DROP TABLE "dossier_entry"
        `);
    }

}

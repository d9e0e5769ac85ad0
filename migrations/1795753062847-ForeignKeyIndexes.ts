import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An index on each foreign key that had none: the benchmarks found assessment.secondment_id
 * scanned in full for every secondment looked up or deleted (half a million rows at 100k
 * cadres); the others are the same gap, found by the test that now guards it.
 */

export class ForeignKeyIndexes1795753062847 implements MigrationInterface {
    name = 'ForeignKeyIndexes1795753062847'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "IDX_02793612c391441fbfbbcc79bc" ON "assessment_round" ("rubric_version_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_43e816d0774792f07c345f2a10" ON "assessment" ("secondment_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d1578f9a5514970f3fdd4554d4" ON "round_certifier" ("unit_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b9c0e8056e03ff8874ca876865" ON "certificate" ("certifier_unit_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f9abf8b282f82aad01b9e589d5" ON "objection" ("assessment_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8771c3a8c3f9b239120f2139eb" ON "dossier_entry" ("round_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_af97cbbe19b2a58e5220a87e27" ON "dossier_material" ("assessment_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_af97cbbe19b2a58e5220a87e27"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8771c3a8c3f9b239120f2139eb"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f9abf8b282f82aad01b9e589d5"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b9c0e8056e03ff8874ca876865"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d1578f9a5514970f3fdd4554d4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_43e816d0774792f07c345f2a10"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_02793612c391441fbfbbcc79bc"
        `);
    }

}

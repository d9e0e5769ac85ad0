import { MigrationInterface, QueryRunner } from "typeorm";

/** The certifiers of a round and their certificates (双出具), locked with the rest of a finalized round. */

export class Certificates1795706816201 implements MigrationInterface {
    name = 'Certificates1795706816201'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "round_certifier" (
                "round_id" uuid NOT NULL,
                "unit_id" uuid NOT NULL,
                CONSTRAINT "PK_87567400f4deccda9b3e87147e1" PRIMARY KEY ("round_id", "unit_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "certificate" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "certifier_unit_id" uuid NOT NULL,
                "projects_signed" integer NOT NULL,
                "projects_landed" integer NOT NULL,
                "contracted_investment" bigint NOT NULL,
                "funds_in_place" bigint NOT NULL,
                "appraisal" character varying(2000) NOT NULL,
                "rating" "public"."rating" NOT NULL,
                "issued_by" uuid NOT NULL,
                CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_8823e361c663b0e0f65b361ae4" ON "certificate" ("assessment_id", "certifier_unit_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "round_certifier"
            ADD CONSTRAINT "FK_79aaaeb4936465c4b35e707320f" FOREIGN KEY ("round_id") REFERENCES "assessment_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "round_certifier"
            ADD CONSTRAINT "FK_d1578f9a5514970f3fdd4554d44" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate"
            ADD CONSTRAINT "FK_c4c9ba33997c6e655514bf21f5c" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate"
            ADD CONSTRAINT "FK_b9c0e8056e03ff8874ca8768655" FOREIGN KEY ("certifier_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Written by hand.
        await queryRunner.query(`
            CREATE TRIGGER certificate_finalized BEFORE INSERT OR UPDATE OR DELETE ON "certificate"
            FOR EACH ROW EXECUTE FUNCTION refuse_write_to_finalized_assessment()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER certificate_finalized ON "certificate"`);
        await queryRunner.query(`
            ALTER TABLE "certificate" DROP CONSTRAINT "FK_b9c0e8056e03ff8874ca8768655"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate" DROP CONSTRAINT "FK_c4c9ba33997c6e655514bf21f5c"
        `);
        await queryRunner.query(`
            ALTER TABLE "round_certifier" DROP CONSTRAINT "FK_d1578f9a5514970f3fdd4554d44"
        `);
        await queryRunner.query(`
            ALTER TABLE "round_certifier" DROP CONSTRAINT "FK_79aaaeb4936465c4b35e707320f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8823e361c663b0e0f65b361ae4"
        `);
        await queryRunner.query(`
            DROP TABLE "certificate"
        `);
        await queryRunner.query(`
            DROP TABLE "round_certifier"
        `);
    }

}

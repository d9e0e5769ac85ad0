import { MigrationInterface, QueryRunner } from "typeorm";

/** Democratic evaluation: ballot sessions, one-time codes (hashed, unlinked) and anonymous ballots. */

export class Ballots1795705317075 implements MigrationInterface {
    name = 'Ballots1795705317075'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."ballot_session_status" AS ENUM('OPEN', 'CLOSED')
        `);
        await queryRunner.query(`
            CREATE TABLE "ballot_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "assessment_id" uuid NOT NULL,
                "expected_voters" integer NOT NULL,
                "status" "public"."ballot_session_status" NOT NULL DEFAULT 'OPEN',
                "closed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_3dda731f76b8ddf4b9cd518d85b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_30d7e16d194c090a929d01d526" ON "ballot_session" ("assessment_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "ballot_code" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "code_hash" character(64) NOT NULL,
                "used" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_3b0985dc0fa9567f43865105587" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ad43f7e2d1ba019d8a5c714b8f" ON "ballot_code" ("session_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_d4156c2ba85250bffa17a75f06" ON "ballot_code" ("code_hash")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."ballot_choice" AS ENUM(
                'EXCELLENT',
                'COMPETENT',
                'BASICALLY_COMPETENT',
                'INCOMPETENT',
                'INVALID'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "ballot" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "choice" "public"."ballot_choice" NOT NULL,
                CONSTRAINT "PK_20adac0e902c60e62fcb6f4cf9c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3dda731f76b8ddf4b9cd518d85" ON "ballot" ("session_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_session"
            ADD CONSTRAINT "FK_30d7e16d194c090a929d01d5269" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_code"
            ADD CONSTRAINT "FK_ad43f7e2d1ba019d8a5c714b8fd" FOREIGN KEY ("session_id") REFERENCES "ballot_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot"
            ADD CONSTRAINT "FK_3dda731f76b8ddf4b9cd518d85b" FOREIGN KEY ("session_id") REFERENCES "ballot_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "ballot" DROP CONSTRAINT "FK_3dda731f76b8ddf4b9cd518d85b"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_code" DROP CONSTRAINT "FK_ad43f7e2d1ba019d8a5c714b8fd"
        `);
        await queryRunner.query(`
            ALTER TABLE "ballot_session" DROP CONSTRAINT "FK_30d7e16d194c090a929d01d5269"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3dda731f76b8ddf4b9cd518d85"
        `);
        await queryRunner.query(`
            DROP TABLE "ballot"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."ballot_choice"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d4156c2ba85250bffa17a75f06"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ad43f7e2d1ba019d8a5c714b8f"
        `);
        await queryRunner.query(`
            DROP TABLE "ballot_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_30d7e16d194c090a929d01d526"
        `);
        await queryRunner.query(`
            DROP TABLE "ballot_session"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."ballot_session_status"
        `);
    }

}

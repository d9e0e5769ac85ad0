import { MigrationInterface, QueryRunner } from "typeorm";

/** The first answers to requests sent with an Idempotency-Key. */

export class Idempotency1795705773171 implements MigrationInterface {
    name = 'Idempotency1795705773171'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "idempotency_record" (
                "user_id" uuid NOT NULL,
                "key" character varying(100) NOT NULL,
                "request_hash" character(64) NOT NULL,
                "status" integer,
                "response" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ff6ff6e4a7c261b21e30f0280a7" PRIMARY KEY ("user_id", "key")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "idempotency_record"
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

/** Units, users, sessions, failed logins and the hash-chained audit log. */

export class Foundation1795701309483 implements MigrationInterface {
    name = 'Foundation1795701309483'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "id" BIGSERIAL NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_id" uuid,
                "actor_role" character varying(20),
                "action" character varying(64) NOT NULL,
                "target_type" character varying(40),
                "target_id" character varying(64),
                "before" jsonb,
                "after" jsonb,
                "request_id" character varying(64),
                "prev_hash" character(64) NOT NULL,
                "hash" character(64) NOT NULL,
                CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_806add0204f192a9f867d0515c" ON "audit_event" ("occurred_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f44b7e9c0d50176bc07e018f63" ON "audit_event" ("actor_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_45452915f68f5a171bc4107b9e" ON "audit_event" ("action")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5fcc261198aeed2336d9597413" ON "audit_event" ("target_type", "target_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."unit_type" AS ENUM('ORG_DEPARTMENT', 'SENDING', 'HOST', 'CERTIFIER')
        `);
        await queryRunner.query(`
            CREATE TABLE "unit" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(100) NOT NULL,
                "code" character varying(50) NOT NULL,
                "type" "public"."unit_type" NOT NULL,
                "parent_id" uuid,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_dfb75cdb2a790fb84327e1d1b1" ON "unit" ("code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_33443cd5de3c6b130acfd6aba6" ON "unit" ("parent_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."role" AS ENUM(
                'ORG_ADMIN',
                'ORG_STAFF',
                'LEADER',
                'HOST_UNIT',
                'CERTIFIER',
                'CADRE'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "username" character varying(64) NOT NULL,
                "display_name" character varying(100) NOT NULL,
                "role" "public"."role" NOT NULL,
                "unit_id" uuid,
                "password_hash" character varying(255) NOT NULL,
                "disabled" boolean NOT NULL DEFAULT false,
                "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c480e576dd71729addbc2d51b6" ON "app_user" ("username")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_055c5291f4320e6e092162ae36" ON "app_user" ("unit_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "auth_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoke_reason" character varying(40),
                CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b8783d517fab10672700a39cb4" ON "auth_session" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "login_failure" (
                "id" BIGSERIAL NOT NULL,
                "username" character varying(64) NOT NULL,
                "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_10b7ad3af8f1f61f0623c32846" ON "login_failure" ("failed_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_397ee99051054c363beb071e6a" ON "login_failure" ("username", "failed_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "refresh_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7643a722ca45fb721be1c63dc0" ON "refresh_token" ("session_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_f0812282fad2e352cdaf83ef0a" ON "refresh_token" ("token_hash")
        `);
        await queryRunner.query(`
            ALTER TABLE "unit"
            ADD CONSTRAINT "FK_33443cd5de3c6b130acfd6aba63" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_055c5291f4320e6e092162ae36c" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "auth_session"
            ADD CONSTRAINT "FK_b8783d517fab10672700a39cb49" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_token"
            ADD CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c" FOREIGN KEY ("session_id") REFERENCES "auth_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // Written by hand: the audit log is append-only. The hash chain detects tampering
        // by anyone who gets around this (a superuser can disable the trigger).
        await queryRunner.query(`
            CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER audit_event_append_only
            BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER audit_event_append_only ON "audit_event"`);
        await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
        await queryRunner.query(`
            ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c"
        `);
        await queryRunner.query(`
            ALTER TABLE "auth_session" DROP CONSTRAINT "FK_b8783d517fab10672700a39cb49"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_055c5291f4320e6e092162ae36c"
        `);
        await queryRunner.query(`
            ALTER TABLE "unit" DROP CONSTRAINT "FK_33443cd5de3c6b130acfd6aba63"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f0812282fad2e352cdaf83ef0a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7643a722ca45fb721be1c63dc0"
        `);
        await queryRunner.query(`
            DROP TABLE "refresh_token"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_397ee99051054c363beb071e6a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_10b7ad3af8f1f61f0623c32846"
        `);
        await queryRunner.query(`
            DROP TABLE "login_failure"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b8783d517fab10672700a39cb4"
        `);
        await queryRunner.query(`
            DROP TABLE "auth_session"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_055c5291f4320e6e092162ae36"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c480e576dd71729addbc2d51b6"
        `);
        await queryRunner.query(`
            DROP TABLE "app_user"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_33443cd5de3c6b130acfd6aba6"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dfb75cdb2a790fb84327e1d1b1"
        `);
        await queryRunner.query(`
            DROP TABLE "unit"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."unit_type"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5fcc261198aeed2336d9597413"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_45452915f68f5a171bc4107b9e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f44b7e9c0d50176bc07e018f63"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_806add0204f192a9f867d0515c"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
    }

}

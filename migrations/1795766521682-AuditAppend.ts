import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * append_audit_event: links an event to the chain and stores it in one call. It takes the
 * chain's lock, reads the last hash and computes the new one in the database, so the lock
 * is held for this one statement and the commit instead of three round trips (score
 * entry, which every writer of the chain waits on, was bound by it; see the benchmarks).
 * At READ COMMITTED each statement of a VOLATILE function reads a fresh snapshot, so the
 * last hash read after the lock is the last committed one; under a stricter isolation it
 * would be the transaction's older view and the chain could fork, so the function refuses
 * to run there. The hash is the one libs/domain's auditHash computes: sha256 of the
 * previous hash, a newline and the event's canonical JSON (`body`).
 */
export class AuditAppend1795766521682 implements MigrationInterface {
    name = 'AuditAppend1795766521682'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION append_audit_event(
                occurred_at timestamptz, actor_id uuid, actor_role varchar, action varchar, target_type varchar,
                target_id varchar, before jsonb, after jsonb, request_id varchar, body text
            ) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
            DECLARE
                prev char(64);
            BEGIN
                IF current_setting('transaction_isolation') <> 'read committed' THEN
                    RAISE EXCEPTION 'append_audit_event runs at READ COMMITTED only, not %', current_setting('transaction_isolation');
                END IF;
                PERFORM pg_advisory_xact_lock(1635083369); -- "audit" in ASCII, 0x61756469
                SELECT e.hash INTO prev FROM audit_event e ORDER BY e.id DESC LIMIT 1;
                prev := coalesce(prev, repeat('0', 64));
                INSERT INTO audit_event (occurred_at, actor_id, actor_role, action, target_type, target_id, before, after, request_id, prev_hash, hash)
                VALUES (occurred_at, actor_id, actor_role, action, target_type, target_id, before, after, request_id,
                        prev, encode(sha256(convert_to(prev || E'\\n' || body, 'UTF8')), 'hex'));
            END
            $$
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP FUNCTION append_audit_event(timestamptz, uuid, varchar, varchar, varchar, varchar, jsonb, jsonb, varchar, text)
        `);
    }
}

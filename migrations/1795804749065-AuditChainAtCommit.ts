import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit chain is linked when the transaction commits, not when the event is appended.
 *
 * append_audit_event now only stores the event in audit_event_pending. A deferred
 * constraint trigger on that table runs at COMMIT: it takes the chain's lock, reads the
 * last hash, stores the event in audit_event with its id and hash, and removes the
 * pending row. The chain's lock is therefore held only inside the commit itself, not
 * from the append across the client's round trip to its COMMIT: score entry, which every
 * writer of the chain queues on, waited there for the application's event loop (see the
 * benchmarks). Ids are drawn under the lock, so id order is chain order, as before; an
 * event of a transaction that rolls back is never linked. The pending table is UNLOGGED:
 * a row lives only inside its own transaction.
 */
export class AuditChainAtCommit1795804749065 implements MigrationInterface {
    name = 'AuditChainAtCommit1795804749065'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE UNLOGGED TABLE "audit_event_pending" (
                "id" bigserial PRIMARY KEY,
                "occurred_at" timestamptz NOT NULL,
                "actor_id" uuid,
                "actor_role" varchar(20),
                "action" varchar(64) NOT NULL,
                "target_type" varchar(40),
                "target_id" varchar(64),
                "before" jsonb,
                "after" jsonb,
                "request_id" varchar(64),
                "body" text NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION append_audit_event(
                occurred_at timestamptz, actor_id uuid, actor_role varchar, action varchar, target_type varchar,
                target_id varchar, before jsonb, after jsonb, request_id varchar, body text
            ) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
            BEGIN
                IF current_setting('transaction_isolation') <> 'read committed' THEN
                    RAISE EXCEPTION 'append_audit_event runs at READ COMMITTED only, not %', current_setting('transaction_isolation');
                END IF;
                INSERT INTO audit_event_pending (occurred_at, actor_id, actor_role, action, target_type, target_id, before, after, request_id, body)
                VALUES (occurred_at, actor_id, actor_role, action, target_type, target_id, before, after, request_id, body);
            END
            $$
        `);
        // At READ COMMITTED each statement of the trigger reads a fresh snapshot, so the last
        // hash read after the lock is the last committed one (the holder before released the
        // lock only once its commit was visible).
        await queryRunner.query(`
            CREATE FUNCTION chain_audit_event() RETURNS trigger LANGUAGE plpgsql AS $$
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
                VALUES (NEW.occurred_at, NEW.actor_id, NEW.actor_role, NEW.action, NEW.target_type, NEW.target_id, NEW.before, NEW.after, NEW.request_id,
                        prev, encode(sha256(convert_to(prev || E'\\n' || NEW.body, 'UTF8')), 'hex'));
                DELETE FROM audit_event_pending WHERE id = NEW.id;
                RETURN NULL;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER audit_event_chained_at_commit AFTER INSERT ON "audit_event_pending"
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chain_audit_event()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION append_audit_event(
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
        await queryRunner.query(`DROP TABLE "audit_event_pending"`);
        await queryRunner.query(`DROP FUNCTION chain_audit_event()`);
    }
}

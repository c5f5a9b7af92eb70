import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795401644800 implements MigrationInterface {
  name = 'AuditLog1795401644800';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("sequence" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "action" character varying(20) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_ids" text array NOT NULL, "user_id" uuid, "agency_id" uuid, "purpose" character varying(500) NOT NULL, "recipients" text array NOT NULL DEFAULT '{}', "details" jsonb NOT NULL DEFAULT '{}', "previous_hash" character varying(64) NOT NULL, "hash" character varying(64) NOT NULL, CONSTRAINT "PK_66828d3e1b4bbb935f84fdf5447" PRIMARY KEY ("sequence"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_806add0204f192a9f867d0515c" ON "audit_event"  ("occurred_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_45452915f68f5a171bc4107b9e" ON "audit_event"  ("action") `);
    await queryRunner.query(`CREATE INDEX "IDX_fb12135c27eaa63456a0e41386" ON "audit_event"  ("entity_type") `);
    await queryRunner.query(`CREATE INDEX "IDX_c063969c73b1fd9266776f52e6" ON "audit_event"  ("user_id") `);
    // Append-only whoever connects (a trigger binds superusers too): no UPDATE, DELETE or TRUNCATE.
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM PUBLIC`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_change ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c063969c73b1fd9266776f52e6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fb12135c27eaa63456a0e41386"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_45452915f68f5a171bc4107b9e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_806add0204f192a9f867d0515c"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}

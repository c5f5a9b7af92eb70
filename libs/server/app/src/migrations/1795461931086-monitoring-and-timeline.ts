import { MigrationInterface, QueryRunner } from 'typeorm';

export class MonitoringAndTimeline1795461931086 implements MigrationInterface {
  name = 'MonitoringAndTimeline1795461931086';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "premises_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "premises_id" uuid NOT NULL, "from_status" character varying(30), "to_status" character varying(30) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a9520a6d0e6e4d2a3f2ec069ad1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8e69abc53b23bf6b653a4c917c" ON "premises_status_change"  ("premises_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "monitoring" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "premises_id" uuid NOT NULL, "reason" text NOT NULL, "review_schedule" character varying(20) NOT NULL, "next_review_on" date NOT NULL, "ends_on" date NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'ACTIVE', "coordinator_user_id" uuid NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a9f9562020245a98bd2c4fb3c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e5aff31293f7132baf92223944" ON "monitoring"  ("next_review_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_0c979f1eac1b4ec000b657884a" ON "monitoring"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_a329db7534f8dfb1defc90f62c" ON "monitoring"  ("coordinator_user_id") `);
    await queryRunner.query(
      `CREATE TABLE "monitored_subject" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "monitoring_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "premises_id" uuid, "person_id" uuid, "why" character varying(300) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "monitored_subject_person_key" UNIQUE ("monitoring_id", "person_id"), CONSTRAINT "monitored_subject_premises_key" UNIQUE ("monitoring_id", "premises_id"), CONSTRAINT "PK_71b9232c2414aae3f1b96e41874" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_12867e2a871f47ffadb8c82fe1" ON "monitored_subject"  ("monitoring_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5e90fd8a436a73df7b79aea9c8" ON "monitored_subject"  ("premises_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5ccfe21df41ff8e0868e6c176a" ON "monitored_subject"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "monitoring_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "monitoring_id" uuid NOT NULL, "reviewed_on" date NOT NULL, "findings" text NOT NULL, "outcome" character varying(10) NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fd18b4d028a28b1422afc0a87ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9ecc9a7eca796aa379469706e9" ON "monitoring_review"  ("monitoring_id") `);
    await queryRunner.query(
      `CREATE TABLE "monitoring_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "monitoring_id" uuid NOT NULL, "source" character varying(30) NOT NULL, "source_id" uuid NOT NULL, "premises_id" uuid, "subject_ids" uuid array NOT NULL, "summary" character varying(500) NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_user_id" uuid, CONSTRAINT "monitoring_alert_source_key" UNIQUE ("monitoring_id", "source", "source_id"), CONSTRAINT "PK_1414d6c37b55591d21c3b8ef572" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ff7a7bfa2220d1c28e363b8eef" ON "monitoring_alert"  ("monitoring_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c01cd2df3035772c318f797cb9" ON "monitoring_alert"  ("raised_at") `);
    await queryRunner.query(
      `ALTER TABLE "premises_status_change" ADD CONSTRAINT "FK_8e69abc53b23bf6b653a4c917c2" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitoring" ADD CONSTRAINT "FK_c1f1a9df5f737545b650bd456f5" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitored_subject" ADD CONSTRAINT "FK_12867e2a871f47ffadb8c82fe1c" FOREIGN KEY ("monitoring_id") REFERENCES "monitoring"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitored_subject" ADD CONSTRAINT "FK_5e90fd8a436a73df7b79aea9c80" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitored_subject" ADD CONSTRAINT "FK_5ccfe21df41ff8e0868e6c176a2" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitoring_review" ADD CONSTRAINT "FK_9ecc9a7eca796aa379469706e99" FOREIGN KEY ("monitoring_id") REFERENCES "monitoring"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitoring_alert" ADD CONSTRAINT "FK_ff7a7bfa2220d1c28e363b8eef7" FOREIGN KEY ("monitoring_id") REFERENCES "monitoring"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: at most one active monitoring per premises (a second start, even a concurrent one, is refused).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "monitoring_active_premises_key" ON "monitoring" ("premises_id") WHERE "status" = 'ACTIVE'`,
    );
    // Written by hand: every status a premises takes, whoever sets it, for its timeline.
    await queryRunner.query(`CREATE FUNCTION record_premises_status_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
          INSERT INTO premises_status_change (premises_id, from_status, to_status)
          VALUES (NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER premises_status_history AFTER INSERT OR UPDATE OF status ON premises
      FOR EACH ROW EXECUTE FUNCTION record_premises_status_change()`);
    await queryRunner.query(
      `INSERT INTO premises_status_change (premises_id, from_status, to_status, at) SELECT id, NULL, status, created_at FROM premises`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER premises_status_history ON premises`);
    await queryRunner.query(`DROP FUNCTION record_premises_status_change()`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_active_premises_key"`);
    await queryRunner.query(`ALTER TABLE "monitoring_alert" DROP CONSTRAINT "FK_ff7a7bfa2220d1c28e363b8eef7"`);
    await queryRunner.query(`ALTER TABLE "monitoring_review" DROP CONSTRAINT "FK_9ecc9a7eca796aa379469706e99"`);
    await queryRunner.query(`ALTER TABLE "monitored_subject" DROP CONSTRAINT "FK_5ccfe21df41ff8e0868e6c176a2"`);
    await queryRunner.query(`ALTER TABLE "monitored_subject" DROP CONSTRAINT "FK_5e90fd8a436a73df7b79aea9c80"`);
    await queryRunner.query(`ALTER TABLE "monitored_subject" DROP CONSTRAINT "FK_12867e2a871f47ffadb8c82fe1c"`);
    await queryRunner.query(`ALTER TABLE "monitoring" DROP CONSTRAINT "FK_c1f1a9df5f737545b650bd456f5"`);
    await queryRunner.query(`ALTER TABLE "premises_status_change" DROP CONSTRAINT "FK_8e69abc53b23bf6b653a4c917c2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c01cd2df3035772c318f797cb9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ff7a7bfa2220d1c28e363b8eef"`);
    await queryRunner.query(`DROP TABLE "monitoring_alert"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ecc9a7eca796aa379469706e9"`);
    await queryRunner.query(`DROP TABLE "monitoring_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5ccfe21df41ff8e0868e6c176a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e90fd8a436a73df7b79aea9c8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_12867e2a871f47ffadb8c82fe1"`);
    await queryRunner.query(`DROP TABLE "monitored_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a329db7534f8dfb1defc90f62c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0c979f1eac1b4ec000b657884a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e5aff31293f7132baf92223944"`);
    await queryRunner.query(`DROP TABLE "monitoring"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8e69abc53b23bf6b653a4c917c"`);
    await queryRunner.query(`DROP TABLE "premises_status_change"`);
  }
}

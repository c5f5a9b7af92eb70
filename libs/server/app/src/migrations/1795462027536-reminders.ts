import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1795462027536 implements MigrationInterface {
  name = 'Reminders1795462027536';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(40) NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" character varying(80) NOT NULL, "recipient_type" character varying(10) NOT NULL, "recipient_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "title" character varying(300) NOT NULL, "link" character varying(300) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'PENDING', "enqueued_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ec029d17cb8dece186b9221ede" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reminder_once" ON "reminder"  ("kind", "subject_type", "subject_id", "recipient_type", "recipient_id", "due_at") WHERE status <> 'CANCELLED'`,
    );
    await queryRunner.query(`CREATE INDEX "reminder_subject" ON "reminder"  ("subject_type", "subject_id") `);
    await queryRunner.query(`CREATE INDEX "reminder_pending_due" ON "reminder"  ("status", "due_at") `);
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "reminder_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "link" character varying(300) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "email_status" character varying(10) NOT NULL DEFAULT 'PENDING', "emailed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notification_inbox" ON "notification"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_once" ON "notification"  ("reminder_id", "user_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."notification_once"`);
    await queryRunner.query(`DROP INDEX "public"."notification_inbox"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."reminder_pending_due"`);
    await queryRunner.query(`DROP INDEX "public"."reminder_subject"`);
    await queryRunner.query(`DROP INDEX "public"."reminder_once"`);
    await queryRunner.query(`DROP TABLE "reminder"`);
  }
}

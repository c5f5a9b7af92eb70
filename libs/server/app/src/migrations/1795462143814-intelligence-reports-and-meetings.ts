import { MigrationInterface, QueryRunner } from 'typeorm';

export class IntelligenceReportsAndMeetings1795462143814 implements MigrationInterface {
  name = 'IntelligenceReportsAndMeetings1795462143814';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "information_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submitted_by_user_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "referrer_name" character varying(200) NOT NULL, "referrer_job_title" character varying(200) NOT NULL, "referrer_contact" character varying(300) NOT NULL, "became_aware_at" TIMESTAMP WITH TIME ZONE NOT NULL, "incident_at" TIMESTAMP WITH TIME ZONE, "source_type" character varying(30) NOT NULL, "source_name" character varying(200), "source_date_of_birth" date, "source_contact" text, "how_came_to_light" text NOT NULL, "who_else_knows" text NOT NULL DEFAULT '', "third_party_will_engage" character varying(10), "source_reliability" smallint, "information_accuracy" smallint NOT NULL, "handling_code" character varying(1) NOT NULL, "handling_conditions" text, "details" text NOT NULL, "place_description" text NOT NULL DEFAULT '', "status" character varying(20) NOT NULL DEFAULT 'RECEIVED', "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "feedback_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "assessed_at" TIMESTAMP WITH TIME ZONE, "assessed_by_user_id" uuid, "assessment_note" text NOT NULL DEFAULT '', "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_user_id" uuid, "decision_reason" text NOT NULL DEFAULT '', "feedback" text, "feedback_given_at" TIMESTAMP WITH TIME ZONE, "feedback_by_user_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33ce1422bb85be18151ec6cef14" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_40debf1d2a33d3cd269b9eda64" ON "information_report"  ("submitted_by_user_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f4e66b36918c002230145d797f" ON "information_report"  ("agency_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d29aaa12f80fac52fe00b7bdc2" ON "information_report"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_02a4d617b243e2d9907f43993c" ON "information_report"  ("received_at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_1c92c9f197aab7eed88451fe64" ON "information_report"  ("feedback_due_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "information_report_subject" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "premises_id" uuid, "person_id" uuid, "vehicle_id" uuid, "business_id" uuid, "described_name" character varying(200), "described_nicknames" text array NOT NULL DEFAULT '{}', "described_date_of_birth" date, "linked_at" TIMESTAMP WITH TIME ZONE, "linked_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_05d9c43f133787621120023882e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_275de4d240f358763fe685fb35" ON "information_report_subject"  ("report_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_795eed627d2a36137f0aad8a49" ON "information_report_subject"  ("premises_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_16b4dffb8e8da370d0c13a0f93" ON "information_report_subject"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_52f6ac0a4f99cf2b125849c737" ON "information_report_subject"  ("vehicle_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5df2ca5e552d353dd5a59ce183" ON "information_report_subject"  ("business_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "intelligence_meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "held_on" date NOT NULL, "chair_user_id" uuid NOT NULL, "attending_agency_ids" uuid array NOT NULL DEFAULT '{}', "created_by_user_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_684cb08afda299000c164ecddc5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4dc020662b5611f29d7a9ea222" ON "intelligence_meeting"  ("held_on") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "premises_id" uuid, "person_id" uuid, "reason" text NOT NULL DEFAULT '', "report_ids" uuid array NOT NULL DEFAULT '{}', "minutes" text NOT NULL DEFAULT '', "position" integer NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_09baaefe52e6de4dcc166507e1e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_535aee3949b402a0cfa3d2121d" ON "meeting_item"  ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e394d1dee3cc2c31a4d16b5348" ON "meeting_item"  ("premises_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d494a80a430d4324fbb86fb0c3" ON "meeting_item"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "item_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "text" text NOT NULL, "owner_agency_id" uuid, "group_id" uuid, "decided_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6787600e55cc73688b127a1cd93" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f4733268fa0a9cc03377bf1a58" ON "meeting_decision"  ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2d8b29057e3c982105b48d11bb" ON "meeting_decision"  ("item_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5eeebc117c5daf49aa6679649a" ON "meeting_decision"  ("group_id") `);
    await queryRunner.query(
      `ALTER TABLE "information_report" ADD CONSTRAINT "FK_f4e66b36918c002230145d797f3" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "information_report_subject" ADD CONSTRAINT "FK_275de4d240f358763fe685fb35b" FOREIGN KEY ("report_id") REFERENCES "information_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "information_report_subject" ADD CONSTRAINT "FK_795eed627d2a36137f0aad8a49d" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "information_report_subject" ADD CONSTRAINT "FK_16b4dffb8e8da370d0c13a0f93d" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "information_report_subject" ADD CONSTRAINT "FK_52f6ac0a4f99cf2b125849c737e" FOREIGN KEY ("vehicle_id") REFERENCES "vehicle"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "information_report_subject" ADD CONSTRAINT "FK_5df2ca5e552d353dd5a59ce183d" FOREIGN KEY ("business_id") REFERENCES "business"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_item" ADD CONSTRAINT "FK_535aee3949b402a0cfa3d2121df" FOREIGN KEY ("meeting_id") REFERENCES "intelligence_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_item" ADD CONSTRAINT "FK_e394d1dee3cc2c31a4d16b53485" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_item" ADD CONSTRAINT "FK_d494a80a430d4324fbb86fb0c36" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_decision" ADD CONSTRAINT "FK_2d8b29057e3c982105b48d11bb5" FOREIGN KEY ("item_id") REFERENCES "meeting_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_decision" ADD CONSTRAINT "FK_5eeebc117c5daf49aa6679649aa" FOREIGN KEY ("group_id") REFERENCES "task_and_finish_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_decision" DROP CONSTRAINT "FK_5eeebc117c5daf49aa6679649aa"`);
    await queryRunner.query(`ALTER TABLE "meeting_decision" DROP CONSTRAINT "FK_2d8b29057e3c982105b48d11bb5"`);
    await queryRunner.query(`ALTER TABLE "meeting_item" DROP CONSTRAINT "FK_d494a80a430d4324fbb86fb0c36"`);
    await queryRunner.query(`ALTER TABLE "meeting_item" DROP CONSTRAINT "FK_e394d1dee3cc2c31a4d16b53485"`);
    await queryRunner.query(`ALTER TABLE "meeting_item" DROP CONSTRAINT "FK_535aee3949b402a0cfa3d2121df"`);
    await queryRunner.query(
      `ALTER TABLE "information_report_subject" DROP CONSTRAINT "FK_5df2ca5e552d353dd5a59ce183d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "information_report_subject" DROP CONSTRAINT "FK_52f6ac0a4f99cf2b125849c737e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "information_report_subject" DROP CONSTRAINT "FK_16b4dffb8e8da370d0c13a0f93d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "information_report_subject" DROP CONSTRAINT "FK_795eed627d2a36137f0aad8a49d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "information_report_subject" DROP CONSTRAINT "FK_275de4d240f358763fe685fb35b"`,
    );
    await queryRunner.query(`ALTER TABLE "information_report" DROP CONSTRAINT "FK_f4e66b36918c002230145d797f3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5eeebc117c5daf49aa6679649a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2d8b29057e3c982105b48d11bb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f4733268fa0a9cc03377bf1a58"`);
    await queryRunner.query(`DROP TABLE "meeting_decision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d494a80a430d4324fbb86fb0c3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e394d1dee3cc2c31a4d16b5348"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_535aee3949b402a0cfa3d2121d"`);
    await queryRunner.query(`DROP TABLE "meeting_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4dc020662b5611f29d7a9ea222"`);
    await queryRunner.query(`DROP TABLE "intelligence_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5df2ca5e552d353dd5a59ce183"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_52f6ac0a4f99cf2b125849c737"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16b4dffb8e8da370d0c13a0f93"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_795eed627d2a36137f0aad8a49"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_275de4d240f358763fe685fb35"`);
    await queryRunner.query(`DROP TABLE "information_report_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c92c9f197aab7eed88451fe64"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_02a4d617b243e2d9907f43993c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d29aaa12f80fac52fe00b7bdc2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f4e66b36918c002230145d797f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_40debf1d2a33d3cd269b9eda64"`);
    await queryRunner.query(`DROP TABLE "information_report"`);
  }
}

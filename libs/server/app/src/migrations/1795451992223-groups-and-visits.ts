import { MigrationInterface, QueryRunner } from 'typeorm';

export class GroupsAndVisits1795451992223 implements MigrationInterface {
  name = 'GroupsAndVisits1795451992223';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "task_and_finish_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "objective" text NOT NULL, "terms_of_reference" text NOT NULL DEFAULT '', "stage" character varying(20) NOT NULL DEFAULT 'TASKING', "lead_agency_id" uuid NOT NULL, "coordinator_user_id" uuid NOT NULL, "closure_summary" text, "review_schedule" character varying(20), "monitoring_ends_on" date, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7efaf16c5a78e08bfba4ea18c99" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_493527178fcbc0431cc993e643" ON "task_and_finish_group"  ("stage") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_97b0ec7b12fa5408d17851f226" ON "task_and_finish_group"  ("lead_agency_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7a36174969f89965509fb15bcb" ON "task_and_finish_group"  ("coordinator_user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "group_premises" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "premises_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_premises_key" UNIQUE ("group_id", "premises_id"), CONSTRAINT "PK_593dc5b49624ebe8ec1209bfa55" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_35785b06519921b6315ee353b8" ON "group_premises"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_318ffaf18121ac4ffa5bbffbae" ON "group_premises"  ("premises_id") `);
    await queryRunner.query(
      `CREATE TABLE "group_agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_agency_key" UNIQUE ("group_id", "agency_id"), CONSTRAINT "PK_7f292f376f432ed13bd8c9cd021" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3cd0a127725fc5074a5c67b9e4" ON "group_agency"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0e5cdd3fed2bde17a98bbf043e" ON "group_agency"  ("agency_id") `);
    await queryRunner.query(
      `CREATE TABLE "group_officer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "officer_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_officer_key" UNIQUE ("group_id", "officer_id"), CONSTRAINT "PK_a4ce9bebde28b243deb2e8c196a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b827100aa303c9d174dce458b7" ON "group_officer"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_57cdc39aac57406162ae13b3dc" ON "group_officer"  ("officer_id") `);
    await queryRunner.query(
      `CREATE TABLE "group_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "kind" character varying(40) NOT NULL, "summary" text NOT NULL, "subject_id" uuid, CONSTRAINT "PK_6212d2bca2d428a091715ee9818" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "group_event_timeline" ON "group_event"  ("group_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "details" text NOT NULL DEFAULT '', "owner_agency_id" uuid NOT NULL, "owner_officer_id" uuid, "due_on" date, "priority" character varying(10) NOT NULL DEFAULT 'MEDIUM', "status" character varying(20) NOT NULL DEFAULT 'OPEN', "completed_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_465a127df1ace09f377dd2eef6" ON "task"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d0fe99a1f4be2e7d5e8af3e36d" ON "task"  ("owner_agency_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_54f3561de98956dfd4507b67c9" ON "task"  ("owner_officer_id") `);
    await queryRunner.query(`CREATE INDEX "task_open_due" ON "task"  ("status", "due_on") `);
    await queryRunner.query(
      `CREATE TABLE "task_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "author_user_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_28da4411b195bfc3c451cfa21ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_55866536e2125e25624db4d963" ON "task_comment"  ("task_id") `);
    await queryRunner.query(
      `CREATE TABLE "visit_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "premises_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "rendezvous_point" text NOT NULL DEFAULT '', "risk_level" character varying(10) NOT NULL DEFAULT 'MEDIUM', "risk_assessment" text NOT NULL DEFAULT '', "briefing_notes" text NOT NULL DEFAULT '', "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "created_by_user_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e8e62610f0872d3d6cd578f019" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bfd1d0af6a07debaa94fd5bb33" ON "visit_plan"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ab98fdcab81733804efaa6c065" ON "visit_plan"  ("premises_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e163e05d4f27080c026055cd4a" ON "visit_plan"  ("starts_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_9917a9aa65bf6afa95df10b963" ON "visit_plan"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "visit_agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_plan_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "enters_premises" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "visit_agency_key" UNIQUE ("visit_plan_id", "agency_id"), CONSTRAINT "PK_d0b0f6773520b67e5b3dad71360" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_35b1ffafbd85d99d7cd5cd9a53" ON "visit_agency"  ("visit_plan_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_51e126913751bb2d800f01346d" ON "visit_agency"  ("agency_id") `);
    await queryRunner.query(
      `CREATE TABLE "visit_officer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_plan_id" uuid NOT NULL, "officer_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "response" character varying(20) NOT NULL DEFAULT 'PENDING', "response_note" text NOT NULL DEFAULT '', "responded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "visit_officer_key" UNIQUE ("visit_plan_id", "officer_id"), CONSTRAINT "PK_a50ead09b2b5c30a15b77e13175" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9243d76fbf63873c0a55679c9c" ON "visit_officer"  ("visit_plan_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_49b6104fc580c280dedf6fbb19" ON "visit_officer"  ("officer_id") `);
    await queryRunner.query(
      `CREATE TABLE "visit_power" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_plan_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "power_id" uuid NOT NULL, "purpose" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "visit_power_key" UNIQUE ("visit_plan_id", "agency_id", "power_id"), CONSTRAINT "PK_42588979ee851f471f145ebf22e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d5b66fc6c132ddc47d06bb77a9" ON "visit_power"  ("visit_plan_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a0adae7aa76099bb314fdb9ab0" ON "visit_power"  ("power_id") `);
    await queryRunner.query(
      `CREATE TABLE "visit_warning_acknowledgement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_plan_id" uuid NOT NULL, "warning_key" character varying(200) NOT NULL, "note" text NOT NULL DEFAULT '', "acknowledged_by_user_id" uuid, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "visit_warning_acknowledgement_key" UNIQUE ("visit_plan_id", "warning_key"), CONSTRAINT "PK_fd1625d0b661b52f9ee070b8c1f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3aa14fe5e6554cc9e2d1ba132a" ON "visit_warning_acknowledgement"  ("visit_plan_id") `,
    );
    await queryRunner.query(`ALTER TABLE "user_account" ADD "officer_id" uuid`);
    await queryRunner.query(`CREATE UNIQUE INDEX "user_account_officer_key" ON "user_account"  ("officer_id") `);
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD CONSTRAINT "FK_7d11c11a96188f85b8c21cd54c0" FOREIGN KEY ("officer_id") REFERENCES "officer"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_and_finish_group" ADD CONSTRAINT "FK_97b0ec7b12fa5408d17851f226e" FOREIGN KEY ("lead_agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_premises" ADD CONSTRAINT "FK_35785b06519921b6315ee353b87" FOREIGN KEY ("group_id") REFERENCES "task_and_finish_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_premises" ADD CONSTRAINT "FK_318ffaf18121ac4ffa5bbffbae3" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_agency" ADD CONSTRAINT "FK_3cd0a127725fc5074a5c67b9e47" FOREIGN KEY ("group_id") REFERENCES "task_and_finish_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_agency" ADD CONSTRAINT "FK_0e5cdd3fed2bde17a98bbf043ee" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_officer" ADD CONSTRAINT "FK_b827100aa303c9d174dce458b79" FOREIGN KEY ("group_id") REFERENCES "task_and_finish_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_officer" ADD CONSTRAINT "FK_57cdc39aac57406162ae13b3dc8" FOREIGN KEY ("officer_id") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_event" ADD CONSTRAINT "FK_7187712e21247d191c1d2fa7789" FOREIGN KEY ("group_id") REFERENCES "task_and_finish_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_465a127df1ace09f377dd2eef6f" FOREIGN KEY ("group_id") REFERENCES "task_and_finish_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_d0fe99a1f4be2e7d5e8af3e36d2" FOREIGN KEY ("owner_agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_54f3561de98956dfd4507b67c96" FOREIGN KEY ("owner_officer_id") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_comment" ADD CONSTRAINT "FK_55866536e2125e25624db4d963b" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_plan" ADD CONSTRAINT "FK_bfd1d0af6a07debaa94fd5bb33d" FOREIGN KEY ("group_id") REFERENCES "task_and_finish_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_plan" ADD CONSTRAINT "FK_ab98fdcab81733804efaa6c0654" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_agency" ADD CONSTRAINT "FK_35b1ffafbd85d99d7cd5cd9a536" FOREIGN KEY ("visit_plan_id") REFERENCES "visit_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_agency" ADD CONSTRAINT "FK_51e126913751bb2d800f01346d5" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_officer" ADD CONSTRAINT "FK_9243d76fbf63873c0a55679c9c5" FOREIGN KEY ("visit_plan_id") REFERENCES "visit_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_officer" ADD CONSTRAINT "FK_49b6104fc580c280dedf6fbb19e" FOREIGN KEY ("officer_id") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_power" ADD CONSTRAINT "FK_d5b66fc6c132ddc47d06bb77a97" FOREIGN KEY ("visit_plan_id") REFERENCES "visit_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_power" ADD CONSTRAINT "FK_a0adae7aa76099bb314fdb9ab03" FOREIGN KEY ("power_id") REFERENCES "power"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_warning_acknowledgement" ADD CONSTRAINT "FK_3aa14fe5e6554cc9e2d1ba132a9" FOREIGN KEY ("visit_plan_id") REFERENCES "visit_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "visit_warning_acknowledgement" DROP CONSTRAINT "FK_3aa14fe5e6554cc9e2d1ba132a9"`,
    );
    await queryRunner.query(`ALTER TABLE "visit_power" DROP CONSTRAINT "FK_a0adae7aa76099bb314fdb9ab03"`);
    await queryRunner.query(`ALTER TABLE "visit_power" DROP CONSTRAINT "FK_d5b66fc6c132ddc47d06bb77a97"`);
    await queryRunner.query(`ALTER TABLE "visit_officer" DROP CONSTRAINT "FK_49b6104fc580c280dedf6fbb19e"`);
    await queryRunner.query(`ALTER TABLE "visit_officer" DROP CONSTRAINT "FK_9243d76fbf63873c0a55679c9c5"`);
    await queryRunner.query(`ALTER TABLE "visit_agency" DROP CONSTRAINT "FK_51e126913751bb2d800f01346d5"`);
    await queryRunner.query(`ALTER TABLE "visit_agency" DROP CONSTRAINT "FK_35b1ffafbd85d99d7cd5cd9a536"`);
    await queryRunner.query(`ALTER TABLE "visit_plan" DROP CONSTRAINT "FK_ab98fdcab81733804efaa6c0654"`);
    await queryRunner.query(`ALTER TABLE "visit_plan" DROP CONSTRAINT "FK_bfd1d0af6a07debaa94fd5bb33d"`);
    await queryRunner.query(`ALTER TABLE "task_comment" DROP CONSTRAINT "FK_55866536e2125e25624db4d963b"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_54f3561de98956dfd4507b67c96"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_d0fe99a1f4be2e7d5e8af3e36d2"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_465a127df1ace09f377dd2eef6f"`);
    await queryRunner.query(`ALTER TABLE "group_event" DROP CONSTRAINT "FK_7187712e21247d191c1d2fa7789"`);
    await queryRunner.query(`ALTER TABLE "group_officer" DROP CONSTRAINT "FK_57cdc39aac57406162ae13b3dc8"`);
    await queryRunner.query(`ALTER TABLE "group_officer" DROP CONSTRAINT "FK_b827100aa303c9d174dce458b79"`);
    await queryRunner.query(`ALTER TABLE "group_agency" DROP CONSTRAINT "FK_0e5cdd3fed2bde17a98bbf043ee"`);
    await queryRunner.query(`ALTER TABLE "group_agency" DROP CONSTRAINT "FK_3cd0a127725fc5074a5c67b9e47"`);
    await queryRunner.query(`ALTER TABLE "group_premises" DROP CONSTRAINT "FK_318ffaf18121ac4ffa5bbffbae3"`);
    await queryRunner.query(`ALTER TABLE "group_premises" DROP CONSTRAINT "FK_35785b06519921b6315ee353b87"`);
    await queryRunner.query(`ALTER TABLE "task_and_finish_group" DROP CONSTRAINT "FK_97b0ec7b12fa5408d17851f226e"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "FK_7d11c11a96188f85b8c21cd54c0"`);
    await queryRunner.query(`DROP INDEX "public"."user_account_officer_key"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "officer_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3aa14fe5e6554cc9e2d1ba132a"`);
    await queryRunner.query(`DROP TABLE "visit_warning_acknowledgement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a0adae7aa76099bb314fdb9ab0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5b66fc6c132ddc47d06bb77a9"`);
    await queryRunner.query(`DROP TABLE "visit_power"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49b6104fc580c280dedf6fbb19"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9243d76fbf63873c0a55679c9c"`);
    await queryRunner.query(`DROP TABLE "visit_officer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_51e126913751bb2d800f01346d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_35b1ffafbd85d99d7cd5cd9a53"`);
    await queryRunner.query(`DROP TABLE "visit_agency"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9917a9aa65bf6afa95df10b963"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e163e05d4f27080c026055cd4a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ab98fdcab81733804efaa6c065"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bfd1d0af6a07debaa94fd5bb33"`);
    await queryRunner.query(`DROP TABLE "visit_plan"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_55866536e2125e25624db4d963"`);
    await queryRunner.query(`DROP TABLE "task_comment"`);
    await queryRunner.query(`DROP INDEX "public"."task_open_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54f3561de98956dfd4507b67c9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d0fe99a1f4be2e7d5e8af3e36d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_465a127df1ace09f377dd2eef6"`);
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`DROP INDEX "public"."group_event_timeline"`);
    await queryRunner.query(`DROP TABLE "group_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_57cdc39aac57406162ae13b3dc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b827100aa303c9d174dce458b7"`);
    await queryRunner.query(`DROP TABLE "group_officer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e5cdd3fed2bde17a98bbf043e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3cd0a127725fc5074a5c67b9e4"`);
    await queryRunner.query(`DROP TABLE "group_agency"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_318ffaf18121ac4ffa5bbffbae"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_35785b06519921b6315ee353b8"`);
    await queryRunner.query(`DROP TABLE "group_premises"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7a36174969f89965509fb15bcb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97b0ec7b12fa5408d17851f226"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_493527178fcbc0431cc993e643"`);
    await queryRunner.query(`DROP TABLE "task_and_finish_group"`);
  }
}

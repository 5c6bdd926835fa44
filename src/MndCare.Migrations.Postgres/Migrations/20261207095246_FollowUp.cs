using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clinical_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinical_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_clinical_events_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_clinical_events_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_policies",
                columns: table => new
                {
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    months_after_end = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    window_days = table.Column<int>(type: "integer", nullable: false),
                    updated_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_policies", x => x.clinic_id);
                    table.ForeignKey(
                        name: "fk_follow_up_policies_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "self_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entered_by = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    caregiver_relationship = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    setting = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entered_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_self_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_self_reports_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_self_reports_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_self_reports_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "vital_status_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    known_alive_on = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vital_status_checks", x => x.id);
                    table.ForeignKey(
                        name: "fk_vital_status_checks_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_vital_status_checks_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_clinical_events_clinic_id_kind",
                table: "clinical_events",
                columns: new[] { "clinic_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_clinical_events_patient_id_kind",
                table: "clinical_events",
                columns: new[] { "patient_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_self_reports_assessment_id",
                table: "self_reports",
                column: "assessment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_self_reports_clinic_id",
                table: "self_reports",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_self_reports_patient_id_recorded_at_utc",
                table: "self_reports",
                columns: new[] { "patient_id", "recorded_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_vital_status_checks_clinic_id",
                table: "vital_status_checks",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_vital_status_checks_patient_id_known_alive_on",
                table: "vital_status_checks",
                columns: new[] { "patient_id", "known_alive_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clinical_events");

            migrationBuilder.DropTable(
                name: "follow_up_policies");

            migrationBuilder.DropTable(
                name: "self_reports");

            migrationBuilder.DropTable(
                name: "vital_status_checks");
        }
    }
}

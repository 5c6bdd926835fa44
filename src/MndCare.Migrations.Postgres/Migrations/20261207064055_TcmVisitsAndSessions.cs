using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TcmVisitsAndSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clinic_tcm_patterns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    chinese_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    english_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    added_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    added_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinic_tcm_patterns", x => x.id);
                    table.ForeignKey(
                        name: "fk_clinic_tcm_patterns_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tcm_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    modality = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    performed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: true),
                    course_session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    technique = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    frequency_hz = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    retention_minutes = table.Column<int>(type: "integer", nullable: true),
                    region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    method = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    duration_minutes = table.Column<int>(type: "integer", nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    points = table.Column<string>(type: "character varying(960)", maxLength: 960, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tcm_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_tcm_sessions_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tcm_sessions_course_sessions_course_session_id",
                        column: x => x.course_session_id,
                        principalTable: "course_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tcm_sessions_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tcm_sessions_treatment_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "treatment_courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tcm_visits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    visited_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    tongue = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    pulse = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    pattern_codes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tcm_visits", x => x.id);
                    table.ForeignKey(
                        name: "fk_tcm_visits_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tcm_visits_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_clinic_tcm_patterns_clinic_id",
                table: "clinic_tcm_patterns",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_clinic_tcm_patterns_code",
                table: "clinic_tcm_patterns",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tcm_sessions_clinic_id",
                table: "tcm_sessions",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_tcm_sessions_course_id",
                table: "tcm_sessions",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "ix_tcm_sessions_course_session_id",
                table: "tcm_sessions",
                column: "course_session_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tcm_sessions_patient_id_performed_at_utc",
                table: "tcm_sessions",
                columns: new[] { "patient_id", "performed_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_tcm_visits_clinic_id",
                table: "tcm_visits",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_tcm_visits_patient_id_visited_at_utc",
                table: "tcm_visits",
                columns: new[] { "patient_id", "visited_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clinic_tcm_patterns");

            migrationBuilder.DropTable(
                name: "tcm_sessions");

            migrationBuilder.DropTable(
                name: "tcm_visits");
        }
    }
}

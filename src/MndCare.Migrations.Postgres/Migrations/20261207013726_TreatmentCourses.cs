using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TreatmentCourses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "course_templates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    template = table.Column<string>(type: "text", nullable: false),
                    is_archived = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_templates", x => x.id);
                    table.ForeignKey(
                        name: "fk_course_templates_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "treatment_courses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    template_id = table.Column<Guid>(type: "uuid", nullable: false),
                    template = table.Column<string>(type: "text", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    time_zone_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    stop_reason = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    planned_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    started_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ended_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false),
                    unplaced = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_treatment_courses", x => x.id);
                    table.ForeignKey(
                        name: "fk_treatment_courses_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_treatment_courses_course_templates_template_id",
                        column: x => x.template_id,
                        principalTable: "course_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_treatment_courses_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "course_medications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    medication = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: true),
                    dose_text = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    stops_on = table.Column<DateOnly>(type: "date", nullable: true),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_medications", x => x.id);
                    table.ForeignKey(
                        name: "fk_course_medications_treatment_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "treatment_courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "course_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    starts_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    time_zone_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    infusion_number = table.Column<int>(type: "integer", nullable: true),
                    timepoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    assessments = table.Column<string>(type: "text", nullable: false),
                    room = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    staff_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    history = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_course_sessions_treatment_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "treatment_courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_course_medications_course_id",
                table: "course_medications",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "ix_course_sessions_course_id",
                table: "course_sessions",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "ix_course_sessions_staff_user_id",
                table: "course_sessions",
                column: "staff_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_course_sessions_starts_at_utc",
                table: "course_sessions",
                column: "starts_at_utc");

            migrationBuilder.CreateIndex(
                name: "ix_course_templates_clinic_id",
                table: "course_templates",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_treatment_courses_clinic_id_status",
                table: "treatment_courses",
                columns: new[] { "clinic_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_treatment_courses_patient_id",
                table: "treatment_courses",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_treatment_courses_template_id",
                table: "treatment_courses",
                column: "template_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "course_medications");

            migrationBuilder.DropTable(
                name: "course_sessions");

            migrationBuilder.DropTable(
                name: "treatment_courses");

            migrationBuilder.DropTable(
                name: "course_templates");
        }
    }
}

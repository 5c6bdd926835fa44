using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LabsHerbsAndTcmVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clinic_herbs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pinyin = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    chinese = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    latin_name = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    aliases = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    added_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    added_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinic_herbs", x => x.id);
                    table.ForeignKey(
                        name: "fk_clinic_herbs_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "clinic_tcm_patterns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    chinese_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    english_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    added_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    added_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "herb_safety_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    herb_id = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    flag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    retired = table.Column<bool>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    changed_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    changed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_herb_safety_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_herb_safety_entries_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "herbal_formula_templates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name_chinese = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    name_english = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    items = table.Column<string>(type: "TEXT", nullable: false),
                    is_archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_herbal_formula_templates", x => x.id);
                    table.ForeignKey(
                        name: "fk_herbal_formula_templates_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "herbal_prescriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    series_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_number = table.Column<int>(type: "INTEGER", nullable: false),
                    replaces_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    correction_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    formula_template_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    formula_chinese = table.Column<string>(type: "TEXT", maxLength: 800, nullable: true),
                    formula_english = table.Column<string>(type: "TEXT", maxLength: 800, nullable: true),
                    preparation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    days = table.Column<int>(type: "INTEGER", nullable: false),
                    items = table.Column<string>(type: "TEXT", nullable: false),
                    findings = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    signed_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    signed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    riluzole_warning_acknowledged_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    riluzole_warning_acknowledged_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    superseded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_herbal_prescriptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_herbal_prescriptions_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_herbal_prescriptions_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lab_results",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    test = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 22, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    upper_limit_of_normal = table.Column<decimal>(type: "TEXT", precision: 22, scale: 6, nullable: true),
                    lower_limit_of_normal = table.Column<decimal>(type: "TEXT", precision: 22, scale: 6, nullable: true),
                    baseline = table.Column<decimal>(type: "TEXT", precision: 22, scale: 6, nullable: true),
                    duration_hours = table.Column<decimal>(type: "TEXT", precision: 22, scale: 6, nullable: true),
                    collected_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    term = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    grade = table.Column<int>(type: "INTEGER", nullable: false),
                    ctcae_version = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lab_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_lab_results_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_lab_results_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tcm_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    modality = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    performed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    course_session_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    technique = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    frequency_hz = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    retention_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    method = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    duration_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    points = table.Column<string>(type: "TEXT", maxLength: 960, nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    visited_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    tongue = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    pulse = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    pattern_codes = table.Column<string>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "lab_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    test = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    scheduled_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    scheduled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    satisfied_by_result_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    satisfied_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lab_checks", x => x.id);
                    table.ForeignKey(
                        name: "fk_lab_checks_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_lab_checks_lab_results_satisfied_by_result_id",
                        column: x => x.satisfied_by_result_id,
                        principalTable: "lab_results",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_lab_checks_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_clinic_herbs_clinic_id",
                table: "clinic_herbs",
                column: "clinic_id");

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
                name: "ix_herb_safety_entries_clinic_id",
                table: "herb_safety_entries",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_herbal_formula_templates_clinic_id",
                table: "herbal_formula_templates",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_herbal_prescriptions_clinic_id",
                table: "herbal_prescriptions",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_herbal_prescriptions_patient_id_status",
                table: "herbal_prescriptions",
                columns: new[] { "patient_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_herbal_prescriptions_series_id_version_number",
                table: "herbal_prescriptions",
                columns: new[] { "series_id", "version_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lab_checks_clinic_id_due_on",
                table: "lab_checks",
                columns: new[] { "clinic_id", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_lab_checks_patient_id_test_satisfied_by_result_id",
                table: "lab_checks",
                columns: new[] { "patient_id", "test", "satisfied_by_result_id" });

            migrationBuilder.CreateIndex(
                name: "ix_lab_checks_satisfied_by_result_id",
                table: "lab_checks",
                column: "satisfied_by_result_id");

            migrationBuilder.CreateIndex(
                name: "ix_lab_results_clinic_id_test",
                table: "lab_results",
                columns: new[] { "clinic_id", "test" });

            migrationBuilder.CreateIndex(
                name: "ix_lab_results_patient_id_test_collected_at_utc",
                table: "lab_results",
                columns: new[] { "patient_id", "test", "collected_at_utc" });

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
                name: "clinic_herbs");

            migrationBuilder.DropTable(
                name: "clinic_tcm_patterns");

            migrationBuilder.DropTable(
                name: "herb_safety_entries");

            migrationBuilder.DropTable(
                name: "herbal_formula_templates");

            migrationBuilder.DropTable(
                name: "herbal_prescriptions");

            migrationBuilder.DropTable(
                name: "lab_checks");

            migrationBuilder.DropTable(
                name: "tcm_sessions");

            migrationBuilder.DropTable(
                name: "tcm_visits");

            migrationBuilder.DropTable(
                name: "lab_results");
        }
    }
}

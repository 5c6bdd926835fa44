using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConsultationMessageReadsAndReportDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "decisions_json",
                table: "consultation_reports",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "override_reason",
                table: "consultation_reports",
                type: "character varying(32000)",
                maxLength: 32000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "read_by_clinic_at_utc",
                table: "consultation_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "read_by_clinic_user_id",
                table: "consultation_messages",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "decisions_json",
                table: "consultation_reports");

            migrationBuilder.DropColumn(
                name: "override_reason",
                table: "consultation_reports");

            migrationBuilder.DropColumn(
                name: "read_by_clinic_at_utc",
                table: "consultation_messages");

            migrationBuilder.DropColumn(
                name: "read_by_clinic_user_id",
                table: "consultation_messages");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "override_reason",
                table: "consultation_reports",
                type: "TEXT",
                maxLength: 32000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "read_by_clinic_at_utc",
                table: "consultation_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "read_by_clinic_user_id",
                table: "consultation_messages",
                type: "TEXT",
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

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StaffAdministration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_clinic_memberships_user_id_clinic_id",
                table: "clinic_memberships");

            migrationBuilder.AddColumn<DateTime>(
                name: "deactivated_at_utc",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_clinic_memberships_user_id_clinic_id_role",
                table: "clinic_memberships",
                columns: new[] { "user_id", "clinic_id", "role" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_clinic_memberships_user_id_clinic_id_role",
                table: "clinic_memberships");

            migrationBuilder.DropColumn(
                name: "deactivated_at_utc",
                table: "users");

            migrationBuilder.CreateIndex(
                name: "ix_clinic_memberships_user_id_clinic_id",
                table: "clinic_memberships",
                columns: new[] { "user_id", "clinic_id" },
                unique: true);
        }
    }
}

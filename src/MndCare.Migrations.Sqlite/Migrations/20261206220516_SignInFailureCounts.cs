using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SignInFailureCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sign_in_failures",
                columns: table => new
                {
                    account_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    client_network = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    failures = table.Column<int>(type: "INTEGER", nullable: false),
                    window_started_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    locked_until_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_failures", x => new { x.account_key, x.client_network });
                });

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_failures_window_started_at_utc",
                table: "sign_in_failures",
                column: "window_started_at_utc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sign_in_failures");
        }
    }
}

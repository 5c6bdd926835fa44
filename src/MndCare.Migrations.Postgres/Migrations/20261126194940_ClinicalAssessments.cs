using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClinicalAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "alternative_excluded",
                table: "assessments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "c9orf72",
                table: "assessments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "correction_reason",
                table: "assessments",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ethnicity",
                table: "assessments",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "fasciculation_emg_regions",
                table: "assessments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ftd",
                table: "assessments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "height_cm",
                table: "assessments",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "lmn_clinical_regions",
                table: "assessments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "lmn_emg_regions",
                table: "assessments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "progression_documented",
                table: "assessments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "supersedes_id",
                table: "assessments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "umn_regions",
                table: "assessments",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_assessments_supersedes_id",
                table: "assessments",
                column: "supersedes_id",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_assessments_assessments_supersedes_id",
                table: "assessments",
                column: "supersedes_id",
                principalTable: "assessments",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_assessments_assessments_supersedes_id",
                table: "assessments");

            migrationBuilder.DropIndex(
                name: "ix_assessments_supersedes_id",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "alternative_excluded",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "c9orf72",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "correction_reason",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "ethnicity",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "fasciculation_emg_regions",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "ftd",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "height_cm",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "lmn_clinical_regions",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "lmn_emg_regions",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "progression_documented",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "supersedes_id",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "umn_regions",
                table: "assessments");
        }
    }
}

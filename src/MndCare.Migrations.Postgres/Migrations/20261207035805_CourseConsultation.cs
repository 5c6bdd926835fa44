using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CourseConsultation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "consultation_id",
                table: "treatment_courses",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_treatment_courses_consultation_id",
                table: "treatment_courses",
                column: "consultation_id");

            migrationBuilder.AddForeignKey(
                name: "fk_treatment_courses_consultations_consultation_id",
                table: "treatment_courses",
                column: "consultation_id",
                principalTable: "consultations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_treatment_courses_consultations_consultation_id",
                table: "treatment_courses");

            migrationBuilder.DropIndex(
                name: "ix_treatment_courses_consultation_id",
                table: "treatment_courses");

            migrationBuilder.DropColumn(
                name: "consultation_id",
                table: "treatment_courses");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServiceWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PendingJson",
                table: "service_items",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PublishedAt",
                table: "service_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewComment",
                table: "service_items",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "service_items",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "service_items",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Topics",
                table: "service_items",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "service_case_months",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    CentreId = table.Column<int>(type: "integer", nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    Accepted = table.Column<int>(type: "integer", nullable: false),
                    NotAccepted = table.Column<int>(type: "integer", nullable: false),
                    Finished = table.Column<int>(type: "integer", nullable: false),
                    FinishedOnTime = table.Column<int>(type: "integer", nullable: false),
                    WorkingDaysSum = table.Column<long>(type: "bigint", nullable: false),
                    Evaluated = table.Column<int>(type: "integer", nullable: false),
                    Satisfied = table.Column<int>(type: "integer", nullable: false),
                    Bad = table.Column<int>(type: "integer", nullable: false),
                    Rectified = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_case_months", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_item_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_item_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_item_versions_service_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "service_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_service_items_State_BodyId",
                table: "service_items",
                columns: new[] { "State", "BodyId" });

            migrationBuilder.CreateIndex(
                name: "IX_service_case_months_Month_BodyId_CentreId_Tier_ItemId",
                table: "service_case_months",
                columns: new[] { "Month", "BodyId", "CentreId", "Tier", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_item_versions_ItemId_Number",
                table: "service_item_versions",
                columns: new[] { "ItemId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "service_case_months");

            migrationBuilder.DropTable(
                name: "service_item_versions");

            migrationBuilder.DropIndex(
                name: "IX_service_items_State_BodyId",
                table: "service_items");

            migrationBuilder.DropColumn(
                name: "PendingJson",
                table: "service_items");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "service_items");

            migrationBuilder.DropColumn(
                name: "ReviewComment",
                table: "service_items");

            migrationBuilder.DropColumn(
                name: "State",
                table: "service_items");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "service_items");

            migrationBuilder.DropColumn(
                name: "Topics",
                table: "service_items");
        }
    }
}

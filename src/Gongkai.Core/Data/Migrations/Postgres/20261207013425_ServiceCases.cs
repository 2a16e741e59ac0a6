using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServiceCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "service_centres",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Phone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_centres", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_centres_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "centre_items",
                columns: table => new
                {
                    CentreId = table.Column<int>(type: "integer", nullable: false),
                    ItemId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_centre_items", x => new { x.CentreId, x.ItemId });
                    table.ForeignKey(
                        name: "FK_centre_items_service_centres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "service_centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_centre_items_service_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "service_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "centre_windows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CentreId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    BodyId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_centre_windows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_centre_windows_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_centre_windows_service_centres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "service_centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProvincialNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    CentreId = table.Column<int>(type: "integer", nullable: true),
                    WindowId = table.Column<int>(type: "integer", nullable: true),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ApplicantType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Acceptance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AcceptanceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MissingMaterials = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MissingNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PromisedDue = table.Column<DateOnly>(type: "date", nullable: true),
                    StatutoryDue = table.Column<DateOnly>(type: "date", nullable: true),
                    DueProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    CalendarVersion = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SuspendedDays = table.Column<int>(type: "integer", nullable: false),
                    FinishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OnTime = table.Column<bool>(type: "boolean", nullable: true),
                    WorkingDays = table.Column<int>(type: "integer", nullable: true),
                    Evaluation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvaluationReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Rectification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_cases_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_service_cases_centre_windows_WindowId",
                        column: x => x.WindowId,
                        principalTable: "centre_windows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_service_cases_service_centres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "service_centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_service_cases_service_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "service_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_suspensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    WorkingDays = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_suspensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_suspensions_service_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "service_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_suspensions_CaseId_From",
                table: "case_suspensions",
                columns: new[] { "CaseId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_centre_items_ItemId",
                table: "centre_items",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_centre_windows_BodyId",
                table: "centre_windows",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_centre_windows_CentreId_Name",
                table: "centre_windows",
                columns: new[] { "CentreId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_cases_BodyId",
                table: "service_cases",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_service_cases_CentreId",
                table: "service_cases",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_service_cases_ItemId_Id",
                table: "service_cases",
                columns: new[] { "ItemId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_service_cases_ProvincialNumber",
                table: "service_cases",
                column: "ProvincialNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_cases_ReceivedOn_BodyId_CentreId_Tier_ItemId",
                table: "service_cases",
                columns: new[] { "ReceivedOn", "BodyId", "CentreId", "Tier", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_service_cases_WindowId",
                table: "service_cases",
                column: "WindowId");

            migrationBuilder.CreateIndex(
                name: "IX_service_centres_BodyId",
                table: "service_centres",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_service_centres_Name",
                table: "service_centres",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_suspensions");

            migrationBuilder.DropTable(
                name: "centre_items");

            migrationBuilder.DropTable(
                name: "service_cases");

            migrationBuilder.DropTable(
                name: "centre_windows");

            migrationBuilder.DropTable(
                name: "service_centres");
        }
    }
}

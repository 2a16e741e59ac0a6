using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Registers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountyId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OrganiserBodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CatalogItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meetings_bodies_CountyId",
                        column: x => x.CountyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meetings_bodies_OrganiserBodyId",
                        column: x => x.OrganiserBodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meetings_catalog_items_CatalogItemId",
                        column: x => x.CatalogItemId,
                        principalTable: "catalog_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "suggestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Session = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LeadBodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplyText = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Satisfaction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Publication = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PublishedSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NotPublishedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CatalogItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_suggestions_bodies_CountyId",
                        column: x => x.CountyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_suggestions_bodies_LeadBodyId",
                        column: x => x.LeadBodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_suggestions_catalog_items_CatalogItemId",
                        column: x => x.CatalogItemId,
                        principalTable: "catalog_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CatalogItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_plans_bodies_CountyId",
                        column: x => x.CountyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_plans_catalog_items_CatalogItemId",
                        column: x => x.CatalogItemId,
                        principalTable: "catalog_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_attendance",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false),
                    People = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_attendance", x => new { x.MeetingId, x.BodyId });
                    table.ForeignKey(
                        name: "FK_meeting_attendance_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meeting_attendance_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_materials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_materials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meeting_materials_blobs_Sha256",
                        column: x => x.Sha256,
                        principalTable: "blobs",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meeting_materials_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_partners",
                columns: table => new
                {
                    SuggestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suggestion_partners", x => new { x.SuggestionId, x.BodyId });
                    table.ForeignKey(
                        name: "FK_suggestion_partners_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_suggestion_partners_suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "key_tasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountyId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LeadBodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_key_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_key_tasks_bodies_CountyId",
                        column: x => x.CountyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_key_tasks_bodies_LeadBodyId",
                        column: x => x.LeadBodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_key_tasks_work_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "work_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "key_task_partners",
                columns: table => new
                {
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_key_task_partners", x => new { x.TaskId, x.BodyId });
                    table.ForeignKey(
                        name: "FK_key_task_partners_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_key_task_partners_key_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "key_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_progress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_task_progress_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_task_progress_key_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "key_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_key_task_partners_BodyId",
                table: "key_task_partners",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_key_tasks_CountyId_Deadline",
                table: "key_tasks",
                columns: new[] { "CountyId", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_key_tasks_DoneOn_Deadline",
                table: "key_tasks",
                columns: new[] { "DoneOn", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_key_tasks_LeadBodyId_Deadline",
                table: "key_tasks",
                columns: new[] { "LeadBodyId", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_key_tasks_PlanId_Number",
                table: "key_tasks",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meeting_attendance_BodyId",
                table: "meeting_attendance",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_materials_MeetingId",
                table: "meeting_materials",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_materials_Sha256",
                table: "meeting_materials",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_CatalogItemId",
                table: "meetings",
                column: "CatalogItemId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_CountyId_On",
                table: "meetings",
                columns: new[] { "CountyId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_OrganiserBodyId",
                table: "meetings",
                column: "OrganiserBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_suggestion_partners_BodyId",
                table: "suggestion_partners",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_suggestions_CatalogItemId",
                table: "suggestions",
                column: "CatalogItemId");

            migrationBuilder.CreateIndex(
                name: "IX_suggestions_CountyId_AssignedOn",
                table: "suggestions",
                columns: new[] { "CountyId", "AssignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_suggestions_CountyId_Kind_Level_Session_Number",
                table: "suggestions",
                columns: new[] { "CountyId", "Kind", "Level", "Session", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_suggestions_LeadBodyId",
                table: "suggestions",
                column: "LeadBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_suggestions_RepliedOn_DueOn",
                table: "suggestions",
                columns: new[] { "RepliedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_task_progress_BodyId",
                table: "task_progress",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_task_progress_TaskId_Id",
                table: "task_progress",
                columns: new[] { "TaskId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_work_plans_CatalogItemId",
                table: "work_plans",
                column: "CatalogItemId");

            migrationBuilder.CreateIndex(
                name: "IX_work_plans_CountyId_Year",
                table: "work_plans",
                columns: new[] { "CountyId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "key_task_partners");

            migrationBuilder.DropTable(
                name: "meeting_attendance");

            migrationBuilder.DropTable(
                name: "meeting_materials");

            migrationBuilder.DropTable(
                name: "suggestion_partners");

            migrationBuilder.DropTable(
                name: "task_progress");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "suggestions");

            migrationBuilder.DropTable(
                name: "key_tasks");

            migrationBuilder.DropTable(
                name: "work_plans");
        }
    }
}

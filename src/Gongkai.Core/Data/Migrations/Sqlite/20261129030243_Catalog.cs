using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Catalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IndexPattern",
                table: "bodies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresConfidentialityReview",
                table: "bodies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresContentReview",
                table: "bodies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "blobs",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_blobs", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "catalog_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndexNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueProvisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    StatutoryCategory = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    KeyArea = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Validity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ValidityChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PublishedVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstPublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ImportKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_items_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "index_counters",
                columns: table => new
                {
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Next = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_index_counters", x => new { x.BodyId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Link = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    EmailError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "review_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_attachments_catalog_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "catalog_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalog_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    IndexNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    StatutoryCategory = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    KeyArea = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    KeyAreaTop = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Validity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ValidityChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Files = table.Column<string>(type: "TEXT", nullable: false),
                    CorrectionNote = table.Column<string>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_versions_catalog_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "catalog_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "archive_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Manifest = table.Column<string>(type: "TEXT", nullable: false),
                    PrevHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_entries_catalog_versions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "catalog_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_entries_BodyId_Year_Id",
                table: "archive_entries",
                columns: new[] { "BodyId", "Year", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_entries_PrevHash",
                table: "archive_entries",
                column: "PrevHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_entries_VersionId",
                table: "archive_entries",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_attachments_ItemId",
                table: "attachments",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_items_BodyId_State_Id",
                table: "catalog_items",
                columns: new[] { "BodyId", "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_items_ImportKey",
                table: "catalog_items",
                column: "ImportKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_items_IndexNumber",
                table: "catalog_items",
                column: "IndexNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_items_PublishedVersion_DueOn",
                table: "catalog_items",
                columns: new[] { "PublishedVersion", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_versions_BodyId_State_PublishedOn_Id",
                table: "catalog_versions",
                columns: new[] { "BodyId", "State", "PublishedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_versions_ItemId_Number",
                table: "catalog_versions",
                columns: new[] { "ItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_versions_KeyArea_State_PublishedOn_Id",
                table: "catalog_versions",
                columns: new[] { "KeyArea", "State", "PublishedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_versions_KeyAreaTop_State_PublishedOn_Id",
                table: "catalog_versions",
                columns: new[] { "KeyAreaTop", "State", "PublishedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_versions_State_PublishedOn_Id",
                table: "catalog_versions",
                columns: new[] { "State", "PublishedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_versions_StatutoryCategory_State_PublishedOn_Id",
                table: "catalog_versions",
                columns: new[] { "StatutoryCategory", "State", "PublishedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_versions_Topic_State_PublishedOn_Id",
                table: "catalog_versions",
                columns: new[] { "Topic", "State", "PublishedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_versions_Year_State_PublishedOn_Id",
                table: "catalog_versions",
                columns: new[] { "Year", "State", "PublishedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_EmailSentAt_Id",
                table: "notifications",
                columns: new[] { "EmailSentAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Key",
                table: "notifications",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_UserId_ReadAt_Id",
                table: "notifications",
                columns: new[] { "UserId", "ReadAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_review_steps_ItemId_Id",
                table: "review_steps",
                columns: new[] { "ItemId", "Id" });

            // The archive chain is append-only for every client of the database.
            migrationBuilder.Sql("CREATE TRIGGER archive_entries_no_update BEFORE UPDATE ON archive_entries BEGIN SELECT RAISE(ABORT, 'archive_entries is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER archive_entries_no_delete BEFORE DELETE ON archive_entries BEGIN SELECT RAISE(ABORT, 'archive_entries is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_entries");

            migrationBuilder.DropTable(
                name: "attachments");

            migrationBuilder.DropTable(
                name: "blobs");

            migrationBuilder.DropTable(
                name: "index_counters");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "review_steps");

            migrationBuilder.DropTable(
                name: "catalog_versions");

            migrationBuilder.DropTable(
                name: "catalog_items");

            migrationBuilder.DropColumn(
                name: "IndexPattern",
                table: "bodies");

            migrationBuilder.DropColumn(
                name: "RequiresConfidentialityReview",
                table: "bodies");

            migrationBuilder.DropColumn(
                name: "RequiresContentReview",
                table: "bodies");
        }
    }
}

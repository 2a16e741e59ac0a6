using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DailyUse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "InterpretsItemId",
                table: "catalog_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InFiles",
                table: "blobs",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PublishConsent",
                table: "applications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "applicant_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    StepId = table.Column<long>(type: "bigint", nullable: true),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Notice = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applicant_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_applicant_messages_application_steps_StepId",
                        column: x => x.StepId,
                        principalTable: "application_steps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_applicant_messages_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_files",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_files_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "item_channels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_item_channels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_item_channels_catalog_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "catalog_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "published_replies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    BodyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OutcomeLabel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_replies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_published_replies_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_items_InterpretsItemId",
                table: "catalog_items",
                column: "InterpretsItemId");

            migrationBuilder.CreateIndex(
                name: "IX_applicant_messages_ApplicationId_Notice_CreatedAt",
                table: "applicant_messages",
                columns: new[] { "ApplicationId", "Notice", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_applicant_messages_SentAt_Id",
                table: "applicant_messages",
                columns: new[] { "SentAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_applicant_messages_StepId_Channel",
                table: "applicant_messages",
                columns: new[] { "StepId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_application_files_ApplicationId_Kind_Id",
                table: "application_files",
                columns: new[] { "ApplicationId", "Kind", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_item_channels_BodyId_PublishedOn",
                table: "item_channels",
                columns: new[] { "BodyId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_item_channels_ItemId_PublishedOn",
                table: "item_channels",
                columns: new[] { "ItemId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_published_replies_ApplicationId",
                table: "published_replies",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_published_replies_PublishedOn_Id",
                table: "published_replies",
                columns: new[] { "PublishedOn", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_catalog_items_catalog_items_InterpretsItemId",
                table: "catalog_items",
                column: "InterpretsItemId",
                principalTable: "catalog_items",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_catalog_items_catalog_items_InterpretsItemId",
                table: "catalog_items");

            migrationBuilder.DropTable(
                name: "applicant_messages");

            migrationBuilder.DropTable(
                name: "application_files");

            migrationBuilder.DropTable(
                name: "item_channels");

            migrationBuilder.DropTable(
                name: "published_replies");

            migrationBuilder.DropIndex(
                name: "IX_catalog_items_InterpretsItemId",
                table: "catalog_items");

            migrationBuilder.DropColumn(
                name: "InterpretsItemId",
                table: "catalog_items");

            migrationBuilder.DropColumn(
                name: "InFiles",
                table: "blobs");

            migrationBuilder.DropColumn(
                name: "PublishConsent",
                table: "applications");
        }
    }
}

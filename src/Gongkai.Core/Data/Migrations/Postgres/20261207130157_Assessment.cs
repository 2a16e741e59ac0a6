using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Assessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessment_schemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CountyBodyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentItemId = table.Column<int>(type: "integer", nullable: true),
                    TotalPoints = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    PraiseTop = table.Column<int>(type: "integer", nullable: false),
                    CriticiseBottom = table.Column<int>(type: "integer", nullable: false),
                    PassMark = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Checklist = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_schemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_schemes_bodies_CountyBodyId",
                        column: x => x.CountyBodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assessment_schemes_catalog_items_DocumentItemId",
                        column: x => x.DocumentItemId,
                        principalTable: "catalog_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchemeId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Points = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MetricCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DeductionPer = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Criteria = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_indicators_assessment_indicators_ParentId",
                        column: x => x.ParentId,
                        principalTable: "assessment_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assessment_indicators_assessment_schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "assessment_schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_periods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchemeId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    SampleSize = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<long>(type: "bigint", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NoticeItemId = table.Column<int>(type: "integer", nullable: true),
                    FrozenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_periods_assessment_schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "assessment_schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assessment_periods_catalog_items_NoticeItemId",
                        column: x => x.NoticeItemId,
                        principalTable: "catalog_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_rankings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    BodyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Group = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Total = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Standing = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_rankings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_rankings_assessment_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "assessment_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assessment_rankings_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_scores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Evidence = table.Column<string>(type: "character varying(64000)", maxLength: 64000, nullable: false),
                    AttachmentSha = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AttachmentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_scores_assessment_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "assessment_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assessment_scores_assessment_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "assessment_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assessment_scores_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_spot_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    CatalogItemId = table.Column<int>(type: "integer", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Failed = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Scored = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ScoredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_spot_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_spot_checks_assessment_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "assessment_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assessment_spot_checks_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assessment_spot_checks_catalog_items_CatalogItemId",
                        column: x => x.CatalogItemId,
                        principalTable: "catalog_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_indicators_ParentId",
                table: "assessment_indicators",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_indicators_SchemeId_SortOrder_Id",
                table: "assessment_indicators",
                columns: new[] { "SchemeId", "SortOrder", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_periods_NoticeItemId",
                table: "assessment_periods",
                column: "NoticeItemId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_periods_SchemeId_From_Id",
                table: "assessment_periods",
                columns: new[] { "SchemeId", "From", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_rankings_BodyId",
                table: "assessment_rankings",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_rankings_PeriodId_BodyId",
                table: "assessment_rankings",
                columns: new[] { "PeriodId", "BodyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_schemes_CountyBodyId_Year",
                table: "assessment_schemes",
                columns: new[] { "CountyBodyId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_schemes_DocumentItemId",
                table: "assessment_schemes",
                column: "DocumentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_scores_BodyId",
                table: "assessment_scores",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_scores_IndicatorId",
                table: "assessment_scores",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_scores_PeriodId_BodyId_IndicatorId",
                table: "assessment_scores",
                columns: new[] { "PeriodId", "BodyId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_spot_checks_BodyId",
                table: "assessment_spot_checks",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_spot_checks_CatalogItemId",
                table: "assessment_spot_checks",
                column: "CatalogItemId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_spot_checks_PeriodId_BodyId_Ordinal",
                table: "assessment_spot_checks",
                columns: new[] { "PeriodId", "BodyId", "Ordinal" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_rankings");

            migrationBuilder.DropTable(
                name: "assessment_scores");

            migrationBuilder.DropTable(
                name: "assessment_spot_checks");

            migrationBuilder.DropTable(
                name: "assessment_indicators");

            migrationBuilder.DropTable(
                name: "assessment_periods");

            migrationBuilder.DropTable(
                name: "assessment_schemes");
        }
    }
}

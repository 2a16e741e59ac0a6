using Gongkai.Bodies;
using Gongkai.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Assessment;

/// <summary>The assessment tables, kept beside their entities and called from <see cref="Data.GongkaiDb"/>'s model.</summary>
internal static class AssessmentModelConfig
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<AssessmentScheme>(e =>
        {
            e.ToTable("assessment_schemes");
            e.HasIndex(s => new { s.CountyBodyId, s.Year }).IsUnique();
            e.Property(s => s.Title).HasMaxLength(200);
            e.Property(s => s.DocumentNumber).HasMaxLength(100);
            e.Property(s => s.TotalPoints).HasPrecision(9, 2);
            e.Property(s => s.PassMark).HasPrecision(9, 2);
            e.Property(s => s.Checklist).HasMaxLength(2000);
            e.Property(s => s.Revision).IsConcurrencyToken();
            e.HasOne(s => s.CountyBody).WithMany().HasForeignKey(s => s.CountyBodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<CatalogItem>().WithMany().HasForeignKey(s => s.DocumentItemId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(s => s.Indicators).WithOne().HasForeignKey(i => i.SchemeId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Indicator>(e =>
        {
            e.ToTable("assessment_indicators");
            e.HasIndex(i => new { i.SchemeId, i.SortOrder, i.Id });
            e.HasIndex(i => i.ParentId);
            e.Property(i => i.Name).HasMaxLength(200);
            e.Property(i => i.Points).HasPrecision(9, 2);
            e.Property(i => i.DeductionPer).HasPrecision(9, 2);
            e.Property(i => i.Method).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Rule).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.MetricCode).HasMaxLength(60);
            e.Property(i => i.Criteria).HasMaxLength(2000);
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.HasOne<Indicator>().WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<AssessmentPeriod>(e =>
        {
            e.ToTable("assessment_periods");
            e.HasIndex(p => new { p.SchemeId, p.From, p.Id });
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Name).HasMaxLength(100);
            e.Property(p => p.Revision).IsConcurrencyToken();
            e.HasOne(p => p.Scheme).WithMany().HasForeignKey(p => p.SchemeId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<CatalogItem>().WithMany().HasForeignKey(p => p.NoticeItemId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<SpotCheckItem>(e =>
        {
            e.ToTable("assessment_spot_checks");
            e.HasIndex(s => new { s.PeriodId, s.BodyId, s.Ordinal }).IsUnique();
            e.Property(s => s.Failed).HasMaxLength(2000);
            e.Property(s => s.Note).HasMaxLength(1000);
            e.Property(s => s.ScoredBy).HasMaxLength(100);
            e.Property(s => s.Revision).IsConcurrencyToken();
            e.HasOne<AssessmentPeriod>().WithMany().HasForeignKey(s => s.PeriodId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Body>().WithMany().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<CatalogItem>().WithMany().HasForeignKey(s => s.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<IndicatorScore>(e =>
        {
            e.ToTable("assessment_scores");
            e.HasIndex(s => new { s.PeriodId, s.BodyId, s.IndicatorId }).IsUnique();
            e.HasIndex(s => s.IndicatorId);
            e.Property(s => s.Score).HasPrecision(9, 2);
            e.Property(s => s.Value).HasPrecision(18, 4);
            e.Property(s => s.Evidence).HasMaxLength(64000);
            e.Property(s => s.AttachmentSha).HasMaxLength(64);
            e.Property(s => s.AttachmentName).HasMaxLength(200);
            e.Property(s => s.EnteredBy).HasMaxLength(100);
            e.Property(s => s.Revision).IsConcurrencyToken();
            e.HasOne<AssessmentPeriod>().WithMany().HasForeignKey(s => s.PeriodId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Body>().WithMany().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Indicator>().WithMany().HasForeignKey(s => s.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<RankingRow>(e =>
        {
            e.ToTable("assessment_rankings");
            e.HasIndex(r => new { r.PeriodId, r.BodyId }).IsUnique();
            e.HasIndex(r => r.BodyId);
            e.Property(r => r.BodyName).HasMaxLength(200);
            e.Property(r => r.Group).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Standing).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Total).HasPrecision(9, 2);
            e.HasOne<AssessmentPeriod>().WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Body>().WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

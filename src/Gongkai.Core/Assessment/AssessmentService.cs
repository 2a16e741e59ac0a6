using System.Globalization;
using System.Security.Cryptography;
using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Assessment;

/// <summary>Input that cannot be saved; each message is Chinese and names the field.</summary>
public sealed class AssessmentInputException(IReadOnlyList<string> problems) : Exception(string.Join("；", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;

    public AssessmentInputException(string problem)
        : this([problem])
    {
    }
}

public sealed record SchemeInput(string Title, string? DocumentNumber, DateOnly? IssuedOn, int? DocumentItemId, decimal TotalPoints, int PraiseTop, int CriticiseBottom, decimal PassMark, string Checklist);

public sealed record IndicatorInput(int? ParentId, int SortOrder, string Name, decimal Points, ScoringMethod Method, string? MetricCode, ScoringRule Rule, decimal DeductionPer, string? Criteria);

/// <summary>A body assessed under a scheme, in its ranking group.</summary>
public sealed record AssessedBody(int Id, string Name, RankGroup Group, int SortOrder);

/// <summary>A body's total in a period, its place in its group and what the 通报 says of it.</summary>
public sealed record BodyTotal(int BodyId, string Name, RankGroup Group, decimal Total, int Rank, Standing Standing, int SortOrder);

/// <summary>One row of a body's history: a period's total and rank, frozen at publication.</summary>
public sealed record HistoryRow(int PeriodId, int Year, string Period, PeriodKind Kind, DateOnly To, decimal Total, int Rank, int Of, Standing Standing);

/// <summary>What the annual report counts of a year's assessment work.</summary>
public sealed record AssessmentCounts(int Year, int Schemes, IReadOnlyList<string> SchemeDocuments, int SpotChecks, int Inspections, int YearEnd, int BodiesAssessed, int Praised, int Criticised);

/// <summary>
/// The county office's assessment (考核): schemes with their indicator trees, periods, spot-check samples,
/// scores with evidence, the ranking by group and the 通报.
/// </summary>
public sealed class AssessmentService(GongkaiDb db, CalendarService calendars, CatalogService catalog)
{
    public static readonly IReadOnlyList<string> DefaultChecklist = ["要素齐全", "时效", "表述准确", "敏感信息", "链接有效"];

    public const int MaxSampleSize = 50;

    public DateOnly Today() => db.Today();

    public static string GroupLabel(RankGroup g) => g == RankGroup.Department ? "县级部门" : "乡镇（街道）";

    public static string StandingLabel(Standing s) => s switch
    {
        Standing.Praised => "表彰",
        Standing.Criticised => "通报批评",
        _ => "",
    };

    public static string RuleLabel(ScoringRule r) => r switch
    {
        ScoringRule.Proportional => "按比例得分",
        ScoringRule.Deduction => "每发生一次扣分，扣完为止",
        _ => "达标得满分，否则不得分",
    };

    public static string MethodLabel(ScoringMethod m) => m switch
    {
        ScoringMethod.Computed => "平台数据自动计算",
        ScoringMethod.Manual => "人工评分（附佐证）",
        _ => "抽查评分",
    };

    public static string Points(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The county roots: bodies without a parent. Every scheme belongs to one.</summary>
    public Task<List<Body>> CountiesAsync(CancellationToken ct = default) => Supervision.Counties.RootsAsync(db, ct);

    /// <summary>The departments, townships and streets below a county root, in their groups.</summary>
    public async Task<List<AssessedBody>> AssessedBodiesAsync(int countyBodyId, CancellationToken ct = default) =>
        (await Supervision.Counties.BodiesAsync(db, countyBodyId, ct))
            .Where(b => b.Kind is BodyKind.Department or BodyKind.Township or BodyKind.Street)
            .Select(b => new AssessedBody(b.Id, b.Name, b.Kind == BodyKind.Department ? RankGroup.Department : RankGroup.Township, b.SortOrder))
            .OrderBy(b => b.Group).ThenBy(b => b.SortOrder).ThenBy(b => b.Id).ToList();

    // ---- Schemes and indicators ----

    public async Task<AssessmentScheme> CreateSchemeAsync(int countyBodyId, int year, SchemeInput input, CancellationToken ct = default)
    {
        var county = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == countyBodyId, ct);
        if (county is null || county.ParentId is not null)
        {
            throw new AssessmentInputException("考核细则须属于一个县（区）的人民政府。");
        }

        if (year is < 2000 or > 2100)
        {
            throw new AssessmentInputException("年度应为 2000 至 2100 之间的年份。");
        }

        if (await db.AssessmentSchemes.AnyAsync(s => s.CountyBodyId == countyBodyId && s.Year == year, ct))
        {
            throw new AssessmentInputException($"{year} 年度的考核细则已存在，请在原细则上修改。");
        }

        var scheme = new AssessmentScheme { CountyBodyId = countyBodyId, Year = year };
        await ApplySchemeInputAsync(scheme, input, ct);
        db.AssessmentSchemes.Add(scheme);
        await db.SaveChangesAsync(ct);
        return scheme;
    }

    public async Task UpdateSchemeAsync(int schemeId, int revision, SchemeInput input, CancellationToken ct = default)
    {
        var scheme = await db.AssessmentSchemes.SingleAsync(s => s.Id == schemeId, ct);
        await ApplySchemeInputAsync(scheme, input, ct);
        Bump(scheme, revision);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A new year's scheme starting from a previous year's: its settings and its whole indicator tree.</summary>
    public async Task<AssessmentScheme> CopySchemeAsync(int fromSchemeId, int year, CancellationToken ct = default)
    {
        var from = await db.AssessmentSchemes.AsNoTracking().SingleAsync(s => s.Id == fromSchemeId, ct);
        var scheme = await CreateSchemeAsync(from.CountyBodyId, year, new SchemeInput(
            from.Title.Replace(from.Year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            null, null, null, from.TotalPoints, from.PraiseTop, from.CriticiseBottom, from.PassMark, from.Checklist), ct);
        var indicators = await IndicatorsAsync(fromSchemeId, ct);
        var map = new Dictionary<int, Indicator>();
        foreach (var i in indicators.Where(i => i.ParentId is null).Concat(indicators.Where(i => i.ParentId is not null)))
        {
            var copy = new Indicator
            {
                SchemeId = scheme.Id,
                SortOrder = i.SortOrder,
                Name = i.Name,
                Points = i.Points,
                Method = i.Method,
                MetricCode = i.MetricCode,
                Rule = i.Rule,
                DeductionPer = i.DeductionPer,
                Criteria = i.Criteria,
            };
            if (i.ParentId is { } p)
            {
                await db.SaveChangesAsync(ct);
                copy.ParentId = map[p].Id;
            }

            db.Indicators.Add(copy);
            map[i.Id] = copy;
        }

        await db.SaveChangesAsync(ct);
        return scheme;
    }

    public Task<List<Indicator>> IndicatorsAsync(int schemeId, CancellationToken ct = default) =>
        db.Indicators.AsNoTracking().Where(i => i.SchemeId == schemeId).OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToListAsync(ct);

    public async Task<Indicator> AddIndicatorAsync(int schemeId, IndicatorInput input, CancellationToken ct = default)
    {
        await RequireOpenSchemeAsync(schemeId, ct);
        var indicator = new Indicator { SchemeId = schemeId };
        await ApplyIndicatorInputAsync(indicator, input, ct);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return indicator;
    }

    public async Task UpdateIndicatorAsync(int indicatorId, int revision, IndicatorInput input, CancellationToken ct = default)
    {
        var indicator = await db.Indicators.SingleAsync(i => i.Id == indicatorId, ct);
        await RequireOpenSchemeAsync(indicator.SchemeId, ct);
        await ApplyIndicatorInputAsync(indicator, input, ct);
        Bump(indicator, revision);
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveIndicatorAsync(int indicatorId, int revision, CancellationToken ct = default)
    {
        var indicator = await db.Indicators.SingleAsync(i => i.Id == indicatorId, ct);
        await RequireOpenSchemeAsync(indicator.SchemeId, ct);
        if (await db.Indicators.AnyAsync(i => i.ParentId == indicatorId, ct))
        {
            throw new AssessmentInputException("该一级指标下还有二级指标，请先删除二级指标。");
        }

        db.Entry(indicator).Property(i => i.Revision).OriginalValue = revision;
        db.IndicatorScores.RemoveRange(await db.IndicatorScores.Where(s => s.IndicatorId == indicatorId).ToListAsync(ct));
        db.Indicators.Remove(indicator);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The weights of a scheme: the leaves sum to its total, each 一级指标 carries the sum of its 二级指标, and every
    /// computed leaf names a known metric. An empty list means the scheme can be used.
    /// </summary>
    public static List<string> ValidateWeights(AssessmentScheme scheme, IReadOnlyList<Indicator> indicators)
    {
        var problems = new List<string>();
        if (indicators.Count == 0)
        {
            problems.Add("考核细则还没有指标。");
            return problems;
        }

        var leaves = indicators.Where(i => !indicators.Any(c => c.ParentId == i.Id)).ToList();
        var sum = leaves.Sum(i => i.Points);
        if (sum != scheme.TotalPoints)
        {
            problems.Add($"各末级指标分值合计 {Points(sum)} 分，与总分 {Points(scheme.TotalPoints)} 分不符，请调整分值。");
        }

        foreach (var parent in indicators.Where(i => indicators.Any(c => c.ParentId == i.Id)))
        {
            var children = indicators.Where(c => c.ParentId == parent.Id).Sum(c => c.Points);
            if (children != parent.Points)
            {
                problems.Add($"一级指标“{parent.Name}”分值 {Points(parent.Points)} 分，其二级指标合计 {Points(children)} 分，两者应相等。");
            }
        }

        foreach (var leaf in leaves.Where(l => l.Method == ScoringMethod.Computed && AssessmentMetrics.Find(l.MetricCode) is null))
        {
            problems.Add($"指标“{leaf.Name}”为自动计算，但没有选择计算项目。");
        }

        return problems;
    }

    // ---- Periods ----

    public async Task<AssessmentPeriod> CreatePeriodAsync(int schemeId, PeriodKind kind, string name, DateOnly from, DateOnly to, int sampleSize, CancellationToken ct = default)
    {
        var scheme = await db.AssessmentSchemes.AsNoTracking().SingleAsync(s => s.Id == schemeId, ct);
        var problems = new List<string>();
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 100)
        {
            problems.Add("请填写期间名称（不超过 100 字）。");
        }

        if (to < from)
        {
            problems.Add("结束日期不能早于开始日期。");
        }

        if (from.Year != scheme.Year && to.Year != scheme.Year)
        {
            problems.Add($"期间应在考核年度 {scheme.Year} 年内。");
        }

        if (sampleSize is < 0 or > MaxSampleSize)
        {
            problems.Add($"每个单位抽查条数应在 0 至 {MaxSampleSize} 之间。");
        }

        if (problems.Count > 0)
        {
            throw new AssessmentInputException(problems);
        }

        var period = new AssessmentPeriod { SchemeId = schemeId, Kind = kind, Name = name, From = from, To = to, SampleSize = sampleSize };
        db.AssessmentPeriods.Add(period);
        await db.SaveChangesAsync(ct);
        return period;
    }

    /// <summary>The quarter, half year or whole year of a scheme, as the seed report's rhythm sets them.</summary>
    public static (string Name, DateOnly From, DateOnly To) StandardPeriod(int year, PeriodKind kind, int part) => kind switch
    {
        PeriodKind.Quarter => ($"{year}年第{"一二三四"[part - 1]}季度抽查", new DateOnly(year, ((part - 1) * 3) + 1, 1), new DateOnly(year, part * 3, 1).AddMonths(1).AddDays(-1)),
        PeriodKind.HalfYear => ($"{year}年{(part == 1 ? "上" : "下")}半年督查", new DateOnly(year, part == 1 ? 1 : 7, 1), part == 1 ? new DateOnly(year, 6, 30) : new DateOnly(year, 12, 31)),
        _ => ($"{year}年度年终考核", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
    };

    // ---- Spot checks ----

    /// <summary>
    /// Draws <see cref="AssessmentPeriod.SampleSize"/> items published in the period by each body, with
    /// <paramref name="seed"/> (a new one when null) recorded on the period; the same seed draws the same items.
    /// </summary>
    public async Task<long> DrawSampleAsync(int periodId, long? seed, int revision, CancellationToken ct = default)
    {
        var period = await db.AssessmentPeriods.Include(p => p.Scheme).SingleAsync(p => p.Id == periodId, ct);
        RequireOpen(period);
        if (await db.SpotCheckItems.AnyAsync(s => s.PeriodId == periodId && s.Scored, ct))
        {
            throw new AssessmentInputException("已有抽查信息评分，不能重新抽样。");
        }

        var chosen = seed ?? RandomNumberGenerator.GetInt32(1, int.MaxValue);
        db.SpotCheckItems.RemoveRange(await db.SpotCheckItems.Where(s => s.PeriodId == periodId).ToListAsync(ct));
        foreach (var body in await AssessedBodiesAsync(period.Scheme!.CountyBodyId, ct))
        {
            var candidates = await db.CatalogItems.AsNoTracking()
                .Where(i => i.BodyId == body.Id && i.State == ItemState.Published && i.Mode == DisclosureMode.Proactive && i.FirstPublishedOn >= period.From && i.FirstPublishedOn <= period.To)
                .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
            var ordinal = 0;
            foreach (var itemId in Sample(candidates, period.SampleSize, chosen, body.Id))
            {
                db.SpotCheckItems.Add(new SpotCheckItem { PeriodId = periodId, BodyId = body.Id, CatalogItemId = itemId, Ordinal = ++ordinal });
            }
        }

        period.Seed = chosen;
        Bump(period, revision);
        await db.SaveChangesAsync(ct);
        return chosen;
    }

    /// <summary>
    /// <paramref name="count"/> of <paramref name="candidates"/> (in their given order) by a partial Fisher–Yates shuffle
    /// driven by SplitMix64, whose output is fixed by its published algorithm, so a recorded seed draws the same items on
    /// any runtime. Each body gets its own stream, so adding a body does not change the others' samples.
    /// </summary>
    public static List<int> Sample(IReadOnlyList<int> candidates, int count, long seed, int bodyId)
    {
        var pool = candidates.ToArray();
        var state = unchecked((ulong)seed ^ ((ulong)(uint)bodyId * 0x9E3779B97F4A7C15UL));
        var take = Math.Min(count, pool.Length);
        for (var i = 0; i < take; i++)
        {
            var j = i + (int)(SplitMix64(ref state) % (ulong)(pool.Length - i));
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool.Take(take).ToList();
    }

    public static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The inspector's marks: which checklist items the sampled item fails, with a note.</summary>
    public async Task ScoreSampleAsync(long sampleId, int revision, IReadOnlyCollection<string> failed, string? note, string? by, CancellationToken ct = default)
    {
        var sample = await db.SpotCheckItems.SingleAsync(s => s.Id == sampleId, ct);
        var period = await db.AssessmentPeriods.Include(p => p.Scheme).AsNoTracking().SingleAsync(p => p.Id == sample.PeriodId, ct);
        RequireOpen(period);
        var checklist = period.Scheme!.ChecklistItems();
        var unknown = failed.Where(f => !checklist.Contains(f)).ToList();
        if (unknown.Count > 0)
        {
            throw new AssessmentInputException($"“{unknown[0]}”不是本年度抽查清单中的项目。");
        }

        note = Clean(note);
        if (note?.Length > 1000)
        {
            throw new AssessmentInputException("评分说明不能超过 1000 字。");
        }

        if (failed.Count > 0 && note is null)
        {
            throw new AssessmentInputException("有不合格项目时，请在说明中写明问题。");
        }

        sample.Failed = failed.Count == 0 ? null : string.Join('\n', checklist.Where(failed.Contains));
        sample.Note = note;
        sample.Scored = true;
        sample.ScoredBy = by;
        Bump(sample, revision);
        await db.SaveChangesAsync(ct);
    }

    public Task<List<SpotCheckItem>> SamplesAsync(int periodId, int? bodyId = null, CancellationToken ct = default) =>
        db.SpotCheckItems.AsNoTracking().Where(s => s.PeriodId == periodId && (bodyId == null || s.BodyId == bodyId))
            .OrderBy(s => s.BodyId).ThenBy(s => s.Ordinal).ThenBy(s => s.Id).ToListAsync(ct);

    // ---- Scores ----

    /// <summary>
    /// Computes every computed and spot-check indicator of every body for the period, replacing earlier computed
    /// values; hand scores are kept. Returns how many scores were written.
    /// </summary>
    public async Task<int> ComputeAsync(int periodId, CancellationToken ct = default)
    {
        var period = await db.AssessmentPeriods.Include(p => p.Scheme).AsNoTracking().SingleAsync(p => p.Id == periodId, ct);
        RequireOpen(period);
        var indicators = await IndicatorsAsync(period.SchemeId, ct);
        var problems = ValidateWeights(period.Scheme!, indicators);
        if (problems.Count > 0)
        {
            throw new AssessmentInputException(problems);
        }

        var calendar = await calendars.LoadAsync(ct);
        var leaves = Leaves(indicators).Where(i => i.Method != ScoringMethod.Manual).ToList();
        var bodies = await AssessedBodiesAsync(period.Scheme!.CountyBodyId, ct);
        var existing = await db.IndicatorScores.Where(s => s.PeriodId == periodId).ToListAsync(ct);
        var samples = await SpotChecksWithinAsync(period, ct);
        var checklistSize = Math.Max(1, period.Scheme.ChecklistItems().Count);
        var now = db.Time.GetUtcNow();
        var written = 0;
        foreach (var body in bodies)
        {
            var context = new MetricContext(db, calendar, body.Id, period.From, period.To, db.Today());
            foreach (var leaf in leaves)
            {
                decimal score;
                decimal? value;
                string evidence;
                if (leaf.Method == ScoringMethod.Computed)
                {
                    var result = await AssessmentMetrics.Find(leaf.MetricCode)!.Compute(context, ct);
                    score = AssessmentMetrics.Score(leaf, result);
                    value = result.Value;
                    evidence = string.Join('\n', result.Evidence.Prepend(result.Summary));
                }
                else
                {
                    (score, value, evidence) = SpotCheckScore(leaf, samples.Where(s => s.BodyId == body.Id).ToList(), checklistSize);
                }

                var row = existing.SingleOrDefault(s => s.BodyId == body.Id && s.IndicatorId == leaf.Id);
                if (row is null)
                {
                    row = new IndicatorScore { PeriodId = periodId, BodyId = body.Id, IndicatorId = leaf.Id };
                    db.IndicatorScores.Add(row);
                }
                else if (row.Score == score && row.Value == value && row.Evidence == evidence)
                {
                    continue;
                }
                else
                {
                    row.Revision++;
                }

                row.Score = score;
                row.Value = value;
                row.Evidence = evidence;
                row.EnteredBy = "平台自动计算";
                row.At = now;
                written++;
            }
        }

        await db.SaveChangesAsync(ct);
        return written;
    }

    private static (decimal Score, decimal? Value, string Evidence) SpotCheckScore(Indicator leaf, List<SpotCheckItem> samples, int checklistSize)
    {
        var scored = samples.Where(s => s.Scored).ToList();
        if (scored.Count == 0)
        {
            return samples.Count == 0
                ? (leaf.Points, null, "不适用：期间内没有可抽查的已公开信息，按满分计。")
                : (0, 0, $"抽查 {samples.Count} 条信息，尚未评分。");
        }

        var rate = Math.Round(scored.Average(s => (decimal)(checklistSize - s.FailedItems().Count) / checklistSize), 4, MidpointRounding.AwayFromZero);
        var lines = scored.Select(s => s.FailedItems().Count == 0
            ? $"合格：抽查信息 #{s.CatalogItemId}"
            : $"不合格：抽查信息 #{s.CatalogItemId}，{string.Join("、", s.FailedItems())}。{s.Note}");
        var summary = $"抽查 {samples.Count} 条，已评 {scored.Count} 条，平均达标率 {(rate * 100).ToString("0.#", CultureInfo.InvariantCulture)}%。";
        return (Math.Round(leaf.Points * rate, 2, MidpointRounding.AwayFromZero), rate, string.Join('\n', lines.Prepend(summary)));
    }

    /// <summary>Samples of the period itself and of the spot checks of the same scheme that fall inside it (the quarters feed the year).</summary>
    private async Task<List<SpotCheckItem>> SpotChecksWithinAsync(AssessmentPeriod period, CancellationToken ct)
    {
        var periods = await db.AssessmentPeriods.AsNoTracking()
            .Where(p => p.SchemeId == period.SchemeId && p.From >= period.From && p.To <= period.To)
            .Select(p => p.Id).ToListAsync(ct);
        return await db.SpotCheckItems.AsNoTracking().Where(s => periods.Contains(s.PeriodId)).OrderBy(s => s.Id).ToListAsync(ct);
    }

    /// <summary>A hand score with its evidence (and optionally a supporting file), within the indicator's points.</summary>
    public async Task SetManualScoreAsync(int periodId, int bodyId, int indicatorId, decimal score, string? evidence, int revision, string? enteredBy,
        (string Name, byte[] Content)? file = null, CancellationToken ct = default)
    {
        var period = await db.AssessmentPeriods.Include(p => p.Scheme).AsNoTracking().SingleAsync(p => p.Id == periodId, ct);
        RequireOpen(period);
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == indicatorId && i.SchemeId == period.SchemeId, ct)
            ?? throw new AssessmentInputException("该指标不属于本期考核的细则。");
        if (indicator.Method != ScoringMethod.Manual || await db.Indicators.AnyAsync(i => i.ParentId == indicatorId, ct))
        {
            throw new AssessmentInputException($"指标“{indicator.Name}”不是人工评分的末级指标。");
        }

        if (!(await AssessedBodiesAsync(period.Scheme!.CountyBodyId, ct)).Any(b => b.Id == bodyId))
        {
            throw new AssessmentInputException("该单位不在本期考核范围内。");
        }

        var problems = new List<string>();
        if (score < 0 || score > indicator.Points || decimal.Round(score, 2) != score)
        {
            problems.Add($"“{indicator.Name}”得分应在 0 至 {Points(indicator.Points)} 分之间，最多两位小数。");
        }

        evidence = Clean(evidence);
        if (evidence is null)
        {
            problems.Add($"请填写“{indicator.Name}”的评分依据（佐证材料说明）。");
        }
        else if (evidence.Length > 4000)
        {
            problems.Add("评分依据不能超过 4000 字。");
        }

        FileKind? kind = null;
        if (file is { } f)
        {
            try
            {
                kind = Files.Check(f.Content, f.Name);
            }
            catch (FileRejectedException e)
            {
                problems.Add("佐证材料：" + e.Message);
            }
        }

        if (problems.Count > 0)
        {
            throw new AssessmentInputException(problems);
        }

        var row = await db.IndicatorScores.SingleOrDefaultAsync(s => s.PeriodId == periodId && s.BodyId == bodyId && s.IndicatorId == indicatorId, ct);
        if (row is null)
        {
            if (revision != 0)
            {
                throw new DbUpdateConcurrencyException("评分已被他人删除。");
            }

            row = new IndicatorScore { PeriodId = periodId, BodyId = bodyId, IndicatorId = indicatorId };
            db.IndicatorScores.Add(row);
        }
        else
        {
            Bump(row, revision);
        }

        if (file is { } upload)
        {
            var sha = Archive.Sha256(upload.Content);
            await Blobs.AddAsync(db, sha, upload.Content, () => Search.TextExtraction.Extract(kind!.ContentType, upload.Content), ct);

            row.AttachmentSha = sha;
            row.AttachmentName = Files.SafeName(upload.Name, kind!);
        }

        row.Score = score;
        row.Value = null;
        row.Evidence = evidence!;
        row.EnteredBy = enteredBy;
        row.At = db.Time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public Task<List<IndicatorScore>> ScoresAsync(int periodId, int? bodyId = null, CancellationToken ct = default) =>
        db.IndicatorScores.AsNoTracking().Where(s => s.PeriodId == periodId && (bodyId == null || s.BodyId == bodyId))
            .OrderBy(s => s.BodyId).ThenBy(s => s.IndicatorId).ToListAsync(ct);

    /// <summary>Every assessed body's total and rank in its group: the frozen rows once published, computed from the scores before.</summary>
    public async Task<List<BodyTotal>> TotalsAsync(int periodId, CancellationToken ct = default)
    {
        var period = await db.AssessmentPeriods.Include(p => p.Scheme).AsNoTracking().SingleAsync(p => p.Id == periodId, ct);
        if (period.State == PeriodState.Published)
        {
            var bodies = await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.SortOrder }).ToDictionaryAsync(b => b.Id, b => b.SortOrder, ct);
            return (await db.RankingRows.AsNoTracking().Where(r => r.PeriodId == periodId).ToListAsync(ct))
                .Select(r => new BodyTotal(r.BodyId, r.BodyName, r.Group, r.Total, r.Rank, r.Standing, bodies.GetValueOrDefault(r.BodyId)))
                .OrderBy(r => r.Group).ThenBy(r => r.Rank).ThenBy(r => r.SortOrder).ThenBy(r => r.BodyId).ToList();
        }

        var leaves = Leaves(await IndicatorsAsync(period.SchemeId, ct)).Select(i => i.Id).ToHashSet();
        var scores = await db.IndicatorScores.AsNoTracking().Where(s => s.PeriodId == periodId).Select(s => new { s.BodyId, s.IndicatorId, s.Score }).ToListAsync(ct);
        var sums = scores.Where(s => leaves.Contains(s.IndicatorId)).GroupBy(s => s.BodyId).ToDictionary(g => g.Key, g => g.Sum(s => s.Score));
        var assessed = await AssessedBodiesAsync(period.Scheme!.CountyBodyId, ct);
        return Rank(assessed.Select(b => (b, sums.GetValueOrDefault(b.Id))), period.Scheme);
    }

    /// <summary>
    /// Ranks within each group by total, highest first; equal totals share a rank and the next rank skips (1, 1, 3).
    /// The top <see cref="AssessmentScheme.PraiseTop"/> ranks are praised; the bottom <see cref="AssessmentScheme.CriticiseBottom"/>
    /// ranks and every total under the pass mark are criticised (criticism wins where both would apply).
    /// </summary>
    public static List<BodyTotal> Rank(IEnumerable<(AssessedBody Body, decimal Total)> totals, AssessmentScheme scheme)
    {
        var result = new List<BodyTotal>();
        foreach (var group in totals.GroupBy(t => t.Body.Group).OrderBy(g => g.Key))
        {
            var ordered = group.OrderByDescending(t => t.Total).ThenBy(t => t.Body.SortOrder).ThenBy(t => t.Body.Id).ToList();
            var ranks = ordered.Select(t => 1 + ordered.Count(o => o.Total > t.Total)).ToList();
            // The bottom N are those whose rank counted from the bottom (ties shared) is within N.
            for (var i = 0; i < ordered.Count; i++)
            {
                var fromBottom = 1 + ordered.Count(o => o.Total < ordered[i].Total);
                var standing = ordered[i].Total < scheme.PassMark || (scheme.CriticiseBottom > 0 && fromBottom <= scheme.CriticiseBottom && ordered.Count > scheme.CriticiseBottom)
                    ? Standing.Criticised
                    : ranks[i] <= scheme.PraiseTop ? Standing.Praised : Standing.None;
                result.Add(new BodyTotal(ordered[i].Body.Id, ordered[i].Body.Name, group.Key, ordered[i].Total, ranks[i], standing, ordered[i].Body.SortOrder));
            }

        }

        return result;
    }

    // ---- Publication ----

    /// <summary>The 通报 as a DOCX: the results by group, the bodies praised and those criticised.</summary>
    public async Task<(string Title, byte[] Docx)> NoticeAsync(int periodId, CancellationToken ct = default)
    {
        var period = await db.AssessmentPeriods.Include(p => p.Scheme).ThenInclude(s => s!.CountyBody).AsNoTracking().SingleAsync(p => p.Id == periodId, ct);
        var totals = await TotalsAsync(periodId, ct);
        var title = NoticeTitle(period);
        return (title, Documents.Docx.Write(title, AssessmentNotice.Blocks(period, totals, db.Today())));
    }

    public static string NoticeTitle(AssessmentPeriod period) => $"关于{period.Name}结果的通报";

    /// <summary>
    /// Freezes the ranking into stored rows and puts the 通报 (with its DOCX) into the county office's catalog as a
    /// draft submitted for the normal review; once reviewers publish it, every body sees the ranking.
    /// </summary>
    public async Task<CatalogItem> PublishAsync(int periodId, int revision, int officeBodyId, string? userId, CancellationToken ct = default)
    {
        var period = await db.AssessmentPeriods.Include(p => p.Scheme).SingleAsync(p => p.Id == periodId, ct);
        RequireOpen(period);
        var indicators = await IndicatorsAsync(period.SchemeId, ct);
        var problems = ValidateWeights(period.Scheme!, indicators);
        var leaves = Leaves(indicators).ToList();
        var scores = await db.IndicatorScores.AsNoTracking().Where(s => s.PeriodId == periodId).Select(s => new { s.BodyId, s.IndicatorId }).ToListAsync(ct);
        var bodies = await AssessedBodiesAsync(period.Scheme!.CountyBodyId, ct);
        var missing = bodies.Sum(b => leaves.Count(l => !scores.Any(s => s.BodyId == b.Id && s.IndicatorId == l.Id)));
        if (missing > 0)
        {
            problems.Add($"还有 {missing} 项得分未计算或未评分，请先计算得分并完成人工评分。");
        }

        var office = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == officeBodyId, ct);
        if (office is null || (office.Id != period.Scheme.CountyBodyId && !bodies.Any(b => b.Id == office.Id)))
        {
            problems.Add("请选择本县的发文单位。");
        }

        if (problems.Count > 0)
        {
            throw new AssessmentInputException(problems);
        }

        if (period.Revision != revision)
        {
            throw new DbUpdateConcurrencyException("本期考核已被他人修改。");
        }

        // The catalog's review runs in its own transactions, so the item comes first and the freeze last, in one
        // save: a failure before it leaves an unpublished draft in the office's catalog, never a half-frozen ranking.
        var totals = await TotalsAsync(periodId, ct);
        var today = db.Today();
        var title = NoticeTitle(period);
        var notice = await db.AssessmentPeriods.Include(p => p.Scheme).ThenInclude(s => s!.CountyBody).AsNoTracking().SingleAsync(p => p.Id == periodId, ct);
        var item = await catalog.CreateAsync(officeBodyId, new ItemInput(
            title,
            $"{period.Name}结果：按县级部门和乡镇（街道）分组排名，予以表彰和通报批评。",
            null,
            today,
            null,
            "01",
            "a20-15",
            null,
            "政务公开 考核 通报",
            Validity.Valid,
            null,
            DisclosureMode.Proactive,
            "面向全社会",
            AssessmentNotice.Html(notice, totals, today)), userId, ct);
        await catalog.AttachAsync(item, $"{title}.docx", Documents.Docx.Write(title, AssessmentNotice.Blocks(notice, totals, today)), ct);
        await catalog.ApplyAsync(item, ReviewAction.Submit, "考核结果通报，请审核后公开。", item.Revision, null, ct);

        foreach (var t in totals)
        {
            db.RankingRows.Add(new RankingRow { PeriodId = periodId, BodyId = t.BodyId, BodyName = t.Name, Group = t.Group, Total = t.Total, Rank = t.Rank, Standing = t.Standing });
        }

        period.State = PeriodState.Published;
        period.FrozenAt = db.Time.GetUtcNow();
        period.NoticeItemId = item.Id;
        Bump(period, revision);
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>Whether every body may see the period's ranking: frozen, and its 通报 published through review.</summary>
    public async Task<bool> IsPublicAsync(AssessmentPeriod period, CancellationToken ct = default) =>
        period.State == PeriodState.Published && period.NoticeItemId is { } id
            && await db.CatalogItems.AnyAsync(i => i.Id == id && i.PublishedVersion > 0, ct);

    /// <summary>A body's totals and ranks in every published period, newest first.</summary>
    public async Task<List<HistoryRow>> HistoryAsync(int bodyId, CancellationToken ct = default)
    {
        var rows = await db.RankingRows.AsNoTracking().Where(r => r.BodyId == bodyId)
            .Join(db.AssessmentPeriods.AsNoTracking(), r => r.PeriodId, p => p.Id, (r, p) => new { r, p })
            .Join(db.AssessmentSchemes.AsNoTracking(), x => x.p.SchemeId, s => s.Id, (x, s) => new { x.r, x.p, s.Year })
            .ToListAsync(ct);
        var periodIds = rows.Select(x => x.p.Id).ToList();
        var sizes = await db.RankingRows.AsNoTracking().Where(r => periodIds.Contains(r.PeriodId))
            .GroupBy(r => new { r.PeriodId, r.Group }).Select(g => new { g.Key.PeriodId, g.Key.Group, Count = g.Count() }).ToListAsync(ct);
        return rows
            .Select(x => new HistoryRow(x.p.Id, x.Year, x.p.Name, x.p.Kind, x.p.To, x.r.Total, x.r.Rank, sizes.Single(s => s.PeriodId == x.p.Id && s.Group == x.r.Group).Count, x.r.Standing))
            .OrderByDescending(h => h.To).ThenByDescending(h => h.PeriodId).ToList();
    }

    /// <summary>For the supervisor's dashboard: each body's total and rank in the latest published period of its county.</summary>
    public Task<Dictionary<int, HistoryRow>> LatestScoresAsync(CancellationToken ct = default) => LatestScoresAsync(db, ct);

    /// <summary>The same in one read of the frozen rankings, for the board of every body.</summary>
    public static async Task<Dictionary<int, HistoryRow>> LatestScoresAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var rows = await db.RankingRows.AsNoTracking()
            .Join(db.AssessmentPeriods.AsNoTracking(), r => r.PeriodId, p => p.Id, (r, p) => new { r, p })
            .Join(db.AssessmentSchemes.AsNoTracking(), x => x.p.SchemeId, s => s.Id, (x, s) => new { x.r, x.p, s.Year })
            .ToListAsync(ct);
        var sizes = rows.GroupBy(x => (x.p.Id, x.r.Group)).ToDictionary(g => g.Key, g => g.Count());
        return rows.GroupBy(x => x.r.BodyId).ToDictionary(
            g => g.Key,
            g => g.OrderByDescending(x => x.p.To).ThenByDescending(x => x.p.Id)
                .Select(x => new HistoryRow(x.p.Id, x.Year, x.p.Name, x.p.Kind, x.p.To, x.r.Total, x.r.Rank, sizes[(x.p.Id, x.r.Group)], x.r.Standing)).First());
    }

    /// <summary>For the annual report's 概述: the year's schemes issued, periods held and results published in a county.</summary>
    public Task<AssessmentCounts> CountsAsync(int countyBodyId, int year, CancellationToken ct = default) => CountsAsync(db, countyBodyId, year, ct);

    /// <summary>The same counts without the services: the report calculator has only the database.</summary>
    public static async Task<AssessmentCounts> CountsAsync(GongkaiDb db, int countyBodyId, int year, CancellationToken ct = default)
    {
        var schemes = await db.AssessmentSchemes.AsNoTracking().Where(s => s.CountyBodyId == countyBodyId && s.IssuedOn != null)
            .OrderBy(s => s.Id).ToListAsync(ct);
        var issued = schemes.Where(s => s.IssuedOn!.Value.Year == year).ToList();
        var periods = await db.AssessmentPeriods.AsNoTracking()
            .Where(p => p.Scheme!.CountyBodyId == countyBodyId && p.State == PeriodState.Published && p.To.Year == year)
            .Select(p => new { p.Id, p.Kind }).ToListAsync(ct);
        var ids = periods.Select(p => p.Id).ToList();
        var rows = await db.RankingRows.AsNoTracking().Where(r => ids.Contains(r.PeriodId)).Select(r => new { r.BodyId, r.Standing }).ToListAsync(ct);
        return new AssessmentCounts(
            year,
            issued.Count,
            issued.Select(s => s.DocumentNumber is null ? s.Title : $"《{s.Title}》（{s.DocumentNumber}）").ToList(),
            periods.Count(p => p.Kind == PeriodKind.Quarter),
            periods.Count(p => p.Kind == PeriodKind.HalfYear),
            periods.Count(p => p.Kind == PeriodKind.YearEnd),
            rows.Select(r => r.BodyId).Distinct().Count(),
            rows.Count(r => r.Standing == Standing.Praised),
            rows.Count(r => r.Standing == Standing.Criticised));
    }

    // ---- helpers ----

    public static IEnumerable<Indicator> Leaves(IReadOnlyList<Indicator> indicators) =>
        indicators.Where(i => !indicators.Any(c => c.ParentId == i.Id));

    private void Bump<T>(T entity, int revision)
        where T : class
    {
        var entry = db.Entry(entity);
        var property = entry.Property<int>("Revision");
        property.OriginalValue = revision;
        property.CurrentValue = revision + 1;
    }

    private static void RequireOpen(AssessmentPeriod period)
    {
        if (period.State != PeriodState.Open)
        {
            throw new AssessmentInputException("本期考核结果已发布，不能再修改。");
        }
    }

    private async Task RequireOpenSchemeAsync(int schemeId, CancellationToken ct)
    {
        if (await db.AssessmentPeriods.AnyAsync(p => p.SchemeId == schemeId && p.State == PeriodState.Published, ct))
        {
            throw new AssessmentInputException("该细则已有考核结果发布，指标不能再修改；如需调整，请复制为新细则。");
        }
    }

    private async Task ApplySchemeInputAsync(AssessmentScheme scheme, SchemeInput input, CancellationToken ct)
    {
        var problems = new List<string>();
        var title = (input.Title ?? "").Trim();
        if (title.Length is 0 or > 200)
        {
            problems.Add("请填写细则标题（不超过 200 字）。");
        }

        var number = Clean(input.DocumentNumber);
        if (number?.Length > 100)
        {
            problems.Add("文号不能超过 100 字。");
        }

        if (input.TotalPoints is <= 0 or > 1000)
        {
            problems.Add("总分应大于 0、不超过 1000。");
        }

        if (input.PraiseTop is < 0 or > 100 || input.CriticiseBottom is < 0 or > 100)
        {
            problems.Add("表彰和通报批评的单位数应在 0 至 100 之间。");
        }

        if (input.PassMark < 0 || input.PassMark > input.TotalPoints)
        {
            problems.Add("合格分数线应在 0 至总分之间。");
        }

        var checklist = (input.Checklist ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (checklist.Count == 0 || checklist.Count > 30 || checklist.Any(c => c.Length > 50))
        {
            problems.Add("抽查清单每行一项，1 至 30 项，每项不超过 50 字。");
        }

        if (input.DocumentItemId is { } itemId && !await db.CatalogItems.AnyAsync(i => i.Id == itemId && i.PublishedVersion > 0, ct))
        {
            problems.Add("关联的细则文件须为已公开的目录信息。");
        }

        if (problems.Count > 0)
        {
            throw new AssessmentInputException(problems);
        }

        scheme.Title = title;
        scheme.DocumentNumber = number;
        scheme.IssuedOn = input.IssuedOn;
        scheme.DocumentItemId = input.DocumentItemId;
        scheme.TotalPoints = input.TotalPoints;
        scheme.PraiseTop = input.PraiseTop;
        scheme.CriticiseBottom = input.CriticiseBottom;
        scheme.PassMark = input.PassMark;
        scheme.Checklist = string.Join('\n', checklist);
    }

    private async Task ApplyIndicatorInputAsync(Indicator indicator, IndicatorInput input, CancellationToken ct)
    {
        var problems = new List<string>();
        var name = (input.Name ?? "").Trim();
        if (name.Length is 0 or > 200)
        {
            problems.Add("请填写指标名称（不超过 200 字）。");
        }

        if (input.Points <= 0 || input.Points > 1000 || decimal.Round(input.Points, 2) != input.Points)
        {
            problems.Add("分值应大于 0、不超过 1000，最多两位小数。");
        }

        if (input.ParentId is { } parentId)
        {
            var parent = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == parentId, ct);
            if (parent is null || parent.SchemeId != indicator.SchemeId || parent.ParentId is not null || parent.Id == indicator.Id)
            {
                problems.Add("上级指标须为本细则的一级指标。");
            }
            else if (indicator.Id != 0 && await db.Indicators.AnyAsync(i => i.ParentId == indicator.Id, ct))
            {
                problems.Add("该指标下有二级指标，不能再设为二级指标。");
            }
        }

        if (input.Method == ScoringMethod.Computed && AssessmentMetrics.Find(input.MetricCode) is null)
        {
            problems.Add("自动计算的指标须选择计算项目。");
        }

        if (input.Rule == ScoringRule.Deduction && input.Method == ScoringMethod.Computed && input.DeductionPer <= 0)
        {
            problems.Add("按次扣分的指标须填写每次扣分（大于 0）。");
        }

        var criteria = Clean(input.Criteria);
        if (criteria?.Length > 2000)
        {
            problems.Add("评分标准不能超过 2000 字。");
        }

        if (problems.Count > 0)
        {
            throw new AssessmentInputException(problems);
        }

        indicator.ParentId = input.ParentId;
        indicator.SortOrder = input.SortOrder;
        indicator.Name = name;
        indicator.Points = input.Points;
        indicator.Method = input.Method;
        indicator.MetricCode = input.Method == ScoringMethod.Computed ? input.MetricCode : null;
        indicator.Rule = input.Rule;
        indicator.DeductionPer = Math.Max(0, input.DeductionPer);
        indicator.Criteria = criteria;
    }

    private static string? Clean(string? s)
    {
        var t = new string((s ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Where(c => c is '\n' || !char.IsControl(c)).ToArray()).Trim();
        return t.Length == 0 ? null : t;
    }
}

using Gongkai.Audit;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Integration;

/// <summary>办件: the clock over holidays and 特别程序, 受理 and 不予受理, 好差评, and the period statistics.</summary>
public class ServiceCaseTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static DateTimeOffset At(int y, int m, int d, int h = 9) => new(y, m, d, h, 0, 0, Beijing);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_clock_skips_national_day_counts_the_adjusted_saturday_and_stops_for_an_expert_review(string provider)
    {
        var (db, s, county, _) = await NewAsync(provider);
        await using var _db = db;
        var itemId = await ItemAsync(db, "XK-1", promised: 5, statutory: 20);
        await s.PlaceItemAsync(county.Id, itemId);
        var window = await s.AddWindowAsync(county.Id, "财政窗口", "12", null);

        var onTime = await s.RegisterAsync(new CaseRegistration(itemId, county.Id, window.Id, ApplicantType.Organisation, "某公司", At(2015, 9, 29), "500238-2015-0001"));
        await s.AcceptAsync(onTime.Id, D(2015, 9, 29));
        // 9-30, (10-01..10-07 off), 10-08, 10-09, 10-10 (adjusted working Saturday), 10-12.
        Assert.Equal((D(2015, 10, 12), D(2015, 11, 2), false), (onTime.PromisedDue, onTime.StatutoryDue, onTime.DueProvisional));

        await s.SuspendAsync(onTime.Id, SuspensionKind.ExpertReview, D(2015, 10, 8), "组织专家评审");
        var stillOpen = await Assert.ThrowsAsync<ServiceCaseException>(() => s.SuspendAsync(onTime.Id, SuspensionKind.Hearing, D(2015, 10, 12)));
        Assert.Equal("专家评审（2015-10-08起）尚未结束，须先结束才能开始新的特别程序", stillOpen.Message);
        Assert.Equal("特别程序尚未结束，须先结束特别程序再办结", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.FinishAsync(onTime.Id, D(2015, 10, 9), CaseResult.Granted))).Message);
        await s.ResumeAsync(onTime.Id, D(2015, 10, 9));
        // Two working days of review push both dates by two working days.
        Assert.Equal((2, D(2015, 10, 14), D(2015, 11, 4)), (onTime.SuspendedDays, onTime.PromisedDue, onTime.StatutoryDue));
        var overlap = await Assert.ThrowsAsync<ServiceCaseException>(() => s.SuspendAsync(onTime.Id, SuspensionKind.Publicity, D(2015, 10, 9)));
        Assert.Equal("特别程序不能与已有的专家评审（2015-10-08至2015-10-09）重叠", overlap.Message);

        Assert.Equal("办结日期不能早于收件日期（2015-09-29）", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.FinishAsync(onTime.Id, D(2015, 9, 28), CaseResult.Granted))).Message);
        await s.FinishAsync(onTime.Id, D(2015, 10, 14), CaseResult.Granted);
        Assert.Equal((true, 5), (onTime.OnTime, onTime.WorkingDays));
        Assert.StartsWith("该办件已于 2015-10-14 办结", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.FinishAsync(onTime.Id, D(2015, 10, 15), CaseResult.Granted))).Message, StringComparison.Ordinal);

        var late = await s.RegisterAsync(new CaseRegistration(itemId, county.Id, null, ApplicantType.Person, "张三", At(2015, 9, 29)));
        await s.AcceptAsync(late.Id, D(2015, 9, 29));
        Assert.Equal("该办件已于 2015-09-29 作出受理决定，不能再次决定", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.AcceptAsync(late.Id, D(2015, 9, 30)))).Message);
        await s.FinishAsync(late.Id, D(2015, 10, 13), CaseResult.Granted);
        Assert.Equal((false, 6), (late.OnTime, late.WorkingDays));

        // A provisional year is kept: the due date past the last published schedule says so.
        var far = await s.RegisterAsync(new CaseRegistration(itemId, county.Id, null, ApplicantType.Person, null, At(2099, 12, 20)));
        await s.AcceptAsync(far.Id, D(2099, 12, 28));
        Assert.True(far.DueProvisional);

        Assert.Equal("该办件已被他人修改，请刷新后重试", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.EvaluateAsync(late.Id, CaseEvaluation.Satisfied, D(2015, 10, 13), revision: 1))).Message);
        var audited = await db.AuditEvents.Where(e => e.EntityType == nameof(ServiceCase) && e.EntityId == onTime.AuditKey).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        // Accepted, suspended (the clock stops: the case's revision moves), resumed, finished.
        Assert.Equal(["created", "updated", "updated", "updated", "updated"], audited);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(CaseSuspension) && e.Changes.Contains("ExpertReview")));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rejection_keeps_the_one_time_list_and_evaluations_follow_the_rules(string provider)
    {
        var (db, s, county, _) = await NewAsync(provider);
        await using var _db = db;
        var itemId = await ItemAsync(db, "XK-1", promised: 5, statutory: 20);
        var other = await ItemAsync(db, "XK-2", promised: 5, statutory: 20);
        await s.PlaceItemAsync(county.Id, itemId);
        Assert.Equal("事项“XK-2事项”未进驻县政务服务中心，不能在该中心收件", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.RegisterAsync(new CaseRegistration(other, county.Id, null, ApplicantType.Person, null, At(2015, 9, 29))))).Message);

        var c = await s.RegisterAsync(new CaseRegistration(itemId, county.Id, null, ApplicantType.Person, "李四", At(2015, 9, 29), "P-1"));
        Assert.Equal("办件编号 P-1 已登记，不能重复登记", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.RegisterAsync(new CaseRegistration(itemId, county.Id, null, ApplicantType.Person, null, At(2015, 9, 29), "P-1")))).Message);
        Assert.Equal("办件办结或不予受理后才能评价", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.EvaluateAsync(c.Id, CaseEvaluation.Satisfied, D(2015, 9, 29)))).Message);
        Assert.Equal("不予受理须写明理由（不超过 1000 字）", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.RejectAsync(c.Id, D(2015, 9, 30), " "))).Message);
        await s.RejectAsync(c.Id, D(2015, 9, 30), "申请材料不齐全，经一次性告知后未补正", "营业执照副本\n法定代表人身份证明；  ");
        var stored = await db.ServiceCases.AsNoTracking().SingleAsync(x => x.Id == c.Id);
        Assert.Equal((CaseAcceptance.NotAccepted, "营业执照副本\n法定代表人身份证明", D(2015, 9, 30), (DateOnly?)null), (stored.Acceptance!.Value, stored.MissingMaterials, stored.MissingNoticeOn!.Value, stored.PromisedDue));
        Assert.Equal("该办件已不予受理", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.SuspendAsync(c.Id, SuspensionKind.Hearing, D(2015, 10, 8)))).Message);

        Assert.Equal("评价为“不满意”时须填写差评原因", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.EvaluateAsync(c.Id, CaseEvaluation.Dissatisfied, D(2015, 9, 30)))).Message);
        Assert.Equal("只有“不满意”“非常不满意”的评价需要整改", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.RectifyAsync(c.Id, D(2015, 10, 8), "回访"))).Message);
        await s.EvaluateAsync(c.Id, CaseEvaluation.Dissatisfied, D(2015, 9, 30), "窗口未说明需补哪些材料");
        Assert.Equal("该办件已评价，不能重复评价", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.EvaluateAsync(c.Id, CaseEvaluation.Satisfied, D(2015, 10, 1)))).Message);
        Assert.Equal("整改日期不能早于评价日期（2015-09-30）", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.RectifyAsync(c.Id, D(2015, 9, 29), "回访"))).Message);
        await s.RectifyAsync(c.Id, D(2015, 10, 8), "电话回访申请人，窗口改用书面一次性告知单");
        Assert.Equal("该差评已整改", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.RectifyAsync(c.Id, D(2015, 10, 9), "再次回访"))).Message);

        // 一次性告知 before a decision, then accepted once the materials came.
        var incomplete = await s.RegisterAsync(new CaseRegistration(itemId, county.Id, null, ApplicantType.Person, null, At(2015, 9, 29)));
        await s.NotifyMissingAsync(incomplete.Id, D(2015, 9, 29), "户口簿复印件");
        await s.AcceptAsync(incomplete.Id, D(2015, 10, 8));
        Assert.Equal(("户口簿复印件", D(2015, 10, 14)), (incomplete.MissingMaterials, incomplete.PromisedDue!.Value));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Statistics_of_a_year_match_figures_worked_out_by_hand(string provider)
    {
        var (db, s, county, township) = await NewAsync(provider);
        await using var _db = db;
        var a = await ItemAsync(db, "XK-1", promised: 5, statutory: 20);
        var b = await ItemAsync(db, "GG-2", promised: 3, statutory: 10);
        await s.PlaceItemAsync(county.Id, a);
        await s.PlaceItemAsync(township.Id, b);

        // 1: on time after a 2-day review, 5 working days, 满意.
        var c1 = await s.RegisterAsync(new CaseRegistration(a, county.Id, null, ApplicantType.Person, null, At(2015, 9, 29)));
        await s.AcceptAsync(c1.Id, D(2015, 9, 29));
        await s.SuspendAsync(c1.Id, SuspensionKind.ExpertReview, D(2015, 10, 8));
        await s.ResumeAsync(c1.Id, D(2015, 10, 9));
        await s.FinishAsync(c1.Id, D(2015, 10, 14), CaseResult.Granted);
        await s.EvaluateAsync(c1.Id, CaseEvaluation.Satisfied, D(2015, 10, 14));
        // 2: late (due 10-12), 8 working days, 非常不满意, rectified.
        var c2 = await s.RegisterAsync(new CaseRegistration(a, county.Id, null, ApplicantType.Person, null, At(2015, 9, 29)));
        await s.AcceptAsync(c2.Id, D(2015, 9, 29));
        await s.FinishAsync(c2.Id, D(2015, 10, 15), CaseResult.Refused);
        await s.EvaluateAsync(c2.Id, CaseEvaluation.VeryDissatisfied, D(2015, 10, 16), "超期");
        await s.RectifyAsync(c2.Id, D(2015, 10, 20), "约谈窗口负责人");
        // 3: not accepted, 不满意, not rectified.
        var c3 = await s.RegisterAsync(new CaseRegistration(a, county.Id, null, ApplicantType.Organisation, null, At(2015, 9, 30)));
        await s.RejectAsync(c3.Id, D(2015, 9, 30), "不属于本机关职权范围");
        await s.EvaluateAsync(c3.Id, CaseEvaluation.Dissatisfied, D(2015, 9, 30), "未告知应向何处申请");
        // 4: received 00:30 Beijing on 10-08 (still 10-07 in UTC), accepted, not finished.
        var c4 = await s.RegisterAsync(new CaseRegistration(a, county.Id, null, ApplicantType.Person, null, new DateTimeOffset(2015, 10, 7, 16, 30, 0, TimeSpan.Zero)));
        Assert.Equal(D(2015, 10, 8), c4.ReceivedOn);
        await s.AcceptAsync(c4.Id, D(2015, 10, 8));
        // 5: the year before, not counted.
        var c5 = await s.RegisterAsync(new CaseRegistration(a, county.Id, null, ApplicantType.Person, null, At(2014, 12, 31)));
        await s.AcceptAsync(c5.Id, D(2014, 12, 31));
        await s.FinishAsync(c5.Id, D(2015, 1, 5), CaseResult.Granted);
        // 6: township, due 11-05, finished 11-04 after 2 working days, 基本满意.
        var c6 = await s.RegisterAsync(new CaseRegistration(b, township.Id, null, ApplicantType.Person, null, At(2015, 11, 2)));
        await s.AcceptAsync(c6.Id, D(2015, 11, 2));
        await s.FinishAsync(c6.Id, D(2015, 11, 4), CaseResult.Granted);
        await s.EvaluateAsync(c6.Id, CaseEvaluation.FairlySatisfied, D(2015, 11, 4));

        var byBody = Assert.Single(await CaseStatistics.ForPeriodAsync(db, D(2015, 1, 1), D(2015, 12, 31), CaseStatsBy.Body));
        Assert.Equal((5, 4, 1, 3, 2, 15L, 4, 2, 2, 1), (byBody.Received, byBody.Accepted, byBody.NotAccepted, byBody.Finished, byBody.FinishedOnTime, byBody.WorkingDaysSum, byBody.Evaluated, byBody.Satisfied, byBody.Bad, byBody.Rectified));
        Assert.Equal((0.6667m, 5.00m, 0.5m), (byBody.OnTimeRate!.Value, byBody.AverageWorkingDays!.Value, byBody.SatisfactionRate!.Value));

        var byTier = await CaseStatistics.ForPeriodAsync(db, D(2015, 1, 1), D(2015, 12, 31), CaseStatsBy.Tier);
        Assert.Equal([ServiceTier.County, ServiceTier.Township], byTier.Select(r => r.Tier!.Value));
        Assert.Equal((4, 2, 1, 0.5m, 6.5m, 0.3333m), (byTier[0].Received, byTier[0].Finished, byTier[0].FinishedOnTime, byTier[0].OnTimeRate!.Value, byTier[0].AverageWorkingDays!.Value, byTier[0].SatisfactionRate!.Value));
        Assert.Equal((1, 1, 1m, 2m, 1m), (byTier[1].Received, byTier[1].Finished, byTier[1].OnTimeRate!.Value, byTier[1].AverageWorkingDays!.Value, byTier[1].SatisfactionRate!.Value));
        var byItem = await CaseStatistics.ForPeriodAsync(db, D(2015, 1, 1), D(2015, 12, 31), CaseStatsBy.Item);
        Assert.Equal([(a, 4), (b, 1)], byItem.Select(r => (r.ItemId!.Value, r.Received)));
        var byCentre = await CaseStatistics.ForPeriodAsync(db, D(2014, 1, 1), D(2014, 12, 31), CaseStatsBy.Centre);
        Assert.Equal((county.Id, 1, 1, 1), (Assert.Single(byCentre).CentreId!.Value, byCentre[0].Received, byCentre[0].Finished, byCentre[0].FinishedOnTime));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_export_is_imported_once_with_reasons_for_the_rejected_rows_and_a_changed_row_updates_its_case(string provider)
    {
        var (db, s, county, _) = await NewAsync(provider);
        await using var _db = db;
        var itemId = await ItemAsync(db, "XK-1", promised: 5, statutory: 20);
        await s.PlaceItemAsync(county.Id, itemId);
        await s.AddWindowAsync(county.Id, "财政窗口", "12", null);
        var file = Path.Combine(TestDatabases.NewDataDirectory(), "办件.csv");
        await File.WriteAllTextAsync(file, string.Join("\n",
            "办件编号,事项编码,服务中心,窗口,申请人类型,收件时间,受理结果,受理日期,不予受理理由,一次性告知,暂停工作日,办结日期,办结结果,评价,差评原因,整改日期,整改情况",
            "P-1,XK-1,县政务服务中心,12,法人,2015-09-29 09:00,受理,2015-09-29,,,2,2015-10-14,准予,满意,,,",
            "P-2,XK-1,县政务服务中心,,个人,2015-09-29 09:00,受理,2015-09-29,,,,2015-10-15,不予,非常不满意,超期,2015-10-20,约谈窗口负责人",
            "P-3,XK-1,,,,2015-09-30 10:00,不予受理,2015-09-30,申请材料不齐全,营业执照副本；身份证明,,,,,,,",
            "P-4,XK-9,,,,2015-09-30 10:00,,,,,,,,,,,",
            "P-5,XK-1,,,,2015-10-08 10:00,受理,2015-10-08,,,,2015-10-07,准予,,,,",
            "P-6,XK-1,,,,2015-10-08 10:00,受理,2015-10-08,,,,2015-10-09,准予,不满意,,,",
            "P-1,XK-1,,,,2015-10-08 10:00,,,,,,,,,,,",
            "P-7,XK-1,,,,2015-10-08 08:00,受理,2015-10-08,,,,,,,,,") + "\n");

        var first = await new ServiceCaseImporter(db).ImportAsync(ServiceCaseImporter.ReadFile(file), batchSize: 2);
        Assert.Equal((4L, 0L, 0L), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal(
            [(5, "事项编码“XK-9”不在本县事项目录中"), (6, "办结日期不能早于受理日期（2015-10-08）"), (7, "评价为“不满意”时须填写差评原因"), (8, "办件编号 P-1 在文件中重复出现")],
            first.Rejected.Select(r => ((int)r.Line, r.Reason)).ToList());
        var p1 = await db.ServiceCases.AsNoTracking().SingleAsync(c => c.ProvincialNumber == "P-1");
        Assert.Equal((D(2015, 10, 14), true, 5, ApplicantType.Organisation, ServiceTier.County), (p1.PromisedDue!.Value, p1.OnTime!.Value, p1.WorkingDays!.Value, p1.ApplicantType, p1.Tier));
        Assert.NotNull(p1.WindowId);
        var p3 = await db.ServiceCases.AsNoTracking().SingleAsync(c => c.ProvincialNumber == "P-3");
        Assert.Equal((CaseAcceptance.NotAccepted, "营业执照副本\n身份证明", (int?)null), (p3.Acceptance!.Value, p3.MissingMaterials, p3.CentreId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(ServiceCase) && e.Action == "imported"));

        var again = await new ServiceCaseImporter(db).ImportAsync(ServiceCaseImporter.ReadFile(file), batchSize: 2);
        Assert.Equal((0L, 0L, 4L, 4), (again.Added, again.Updated, again.Unchanged, again.Rejected.Count));
        Assert.Equal(4, await db.ServiceCases.CountAsync());

        // The platform's later export: P-7 has been finished since; English headers.
        await File.WriteAllTextAsync(file, "number,item,received_at,acceptance,accepted_on,finished_on,result\nP-7,XK-1,2015-10-08 08:00,受理,2015-10-08,2015-10-09,准予\n");
        var changed = await new ServiceCaseImporter(db).ImportAsync(ServiceCaseImporter.ReadFile(file));
        Assert.Equal((0L, 1L, 0L), (changed.Added, changed.Updated, changed.Unchanged));
        var p7 = await db.ServiceCases.AsNoTracking().SingleAsync(c => c.ProvincialNumber == "P-7");
        Assert.Equal((D(2015, 10, 9), true, 1, 1), (p7.FinishedOn!.Value, p7.OnTime!.Value, p7.WorkingDays!.Value, p7.Revision));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(ServiceCase) && e.EntityId == p7.AuditKey && e.Action == "updated"));

        var year = Assert.Single(await CaseStatistics.ForPeriodAsync(db, D(2015, 1, 1), D(2015, 12, 31), CaseStatsBy.Body));
        Assert.Equal((4, 3, 3, 2, 14L, 2, 1, 1), (year.Received, year.Accepted, year.Finished, year.FinishedOnTime, year.WorkingDaysSum, year.Evaluated, year.Bad, year.Rectified));
    }

    [Fact]
    public async Task The_command_line_imports_cases_and_prints_the_years_statistics()
    {
        var data = TestDatabases.NewDataDirectory();
        Assert.Equal(0, (await GongkaiProcess.RunAsync("setup", "--county", "巫溪县", "--code", "wuxi", "--admin", "xxgk.admin", "--password", "Setup-pass-2026", "--data", data)).ExitCode);
        Assert.Equal(0, (await GongkaiProcess.RunAsync("bodies", "add", "--code", "czj", "--name", "巫溪县财政局", "--kind", "department", "--parent", "wuxi", "--data", data)).ExitCode);
        var items = Path.Combine(data, "items.csv");
        await File.WriteAllTextAsync(items, "code,name,type,body,statutory_days,promised_days\nXK-1,会计从业资格证书核发,行政许可,czj,20,5\n");
        Assert.Equal(0, (await GongkaiProcess.RunAsync("services", "import", items, "--data", data)).ExitCode);
        var cases = Path.Combine(data, "cases.csv");
        await File.WriteAllTextAsync(cases, string.Join("\n",
            "number,item,received_at,accepted_on,finished_on,evaluation,evaluation_reason",
            "P-1,XK-1,2015-09-29 09:00,2015-09-29,2015-10-12,非常满意,",
            "P-2,XK-1,2015-09-29 09:00,2015-09-29,2015-10-15,不满意,超期",
            "P-3,XK-1,2015-09-29 09:00,2015-09-29,2015-10-15,不满意,") + "\n");
        var import = await GongkaiProcess.RunAsync("services", "cases", "import", cases, "--data", data);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("新增 2 件，更新 0 件，未变 0 件，拒绝 1 行", import.Out, StringComparison.Ordinal);
        Assert.Contains("评价为“不满意”时须填写差评原因", await File.ReadAllTextAsync(cases + ".rejects.csv"), StringComparison.Ordinal);
        var stats = await GongkaiProcess.RunAsync("services", "stats", "--year", "2015", "--data", data);
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("2015年办件统计（按实施主体）：\n  巫溪县财政局：收件 2，受理 2，不予受理 0，办结 2，按时办结率 50%，平均办理 6.5 个工作日，评价 2，满意率 50%，差评 1，已整改 0", stats.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var json = await GongkaiProcess.RunAsync("services", "stats", "--year", "2015", "--json", "--data", data);
        Assert.Contains("\"OnTimeRate\": 0.5", json.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_window_registers_only_public_items_in_force_and_a_suspension_makes_an_open_form_stale(string provider)
    {
        var (db, s, county, _) = await NewAsync(provider);
        await using var _db = db;
        var itemId = await ItemAsync(db, "XK-1", promised: 5, statutory: 20);
        await s.PlaceItemAsync(county.Id, itemId);
        db.ServiceItemEvents.Add(new ServiceItemEvent { ItemId = itemId, Kind = ItemEventKind.Cancelled, On = D(2015, 10, 1), Decision = "巫溪府发〔2015〕30号" });
        await db.SaveChangesAsync();
        var before = await s.RegisterAsync(new CaseRegistration(itemId, county.Id, null, ApplicantType.Person, null, At(2015, 9, 30)));
        var after = await Assert.ThrowsAsync<ServiceCaseException>(() => s.RegisterAsync(new CaseRegistration(itemId, county.Id, null, ApplicantType.Person, null, At(2015, 10, 8))));
        Assert.Equal("事项“XK-1事项”在 2015-10-08 不在有效状态（已取消或尚未设立），不能登记收件", after.Message);

        var draft = await ItemAsync(db, "XK-2", promised: 5, statutory: 20);
        await db.ServiceItems.Where(i => i.Id == draft).ExecuteUpdateAsync(u => u.SetProperty(i => i.State, ItemState.Draft));
        await s.PlaceItemAsync(county.Id, draft);
        Assert.Equal("事项“XK-2事项”的办事指南尚未公开，不能登记收件", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.RegisterAsync(new CaseRegistration(draft, county.Id, null, ApplicantType.Person, null, At(2015, 9, 30))))).Message);

        await s.AcceptAsync(before.Id, D(2015, 9, 30));
        var opened = before.Revision;
        await s.SuspendAsync(before.Id, SuspensionKind.Hearing, D(2015, 10, 8), null, opened);
        Assert.Equal("该办件已被他人修改，请刷新后重试", (await Assert.ThrowsAsync<ServiceCaseException>(() => s.FinishAsync(before.Id, D(2015, 10, 9), CaseResult.Granted, opened))).Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_export_may_list_each_special_procedure_which_stops_the_clock_as_at_the_window(string provider)
    {
        var (db, s, county, _) = await NewAsync(provider);
        await using var _db = db;
        var itemId = await ItemAsync(db, "XK-1", promised: 5, statutory: 20);
        await s.PlaceItemAsync(county.Id, itemId);
        var file = Path.Combine(TestDatabases.NewDataDirectory(), "办件.csv");
        await File.WriteAllTextAsync(file, string.Join("\n",
            "办件编号,事项编码,收件时间,受理日期,特别程序,暂停工作日,办结日期",
            "S-1,XK-1,2015-09-29 09:00,2015-09-29,专家评审 2015-10-08至2015-10-09,,2015-10-14",
            "S-2,XK-1,2015-09-29 09:00,2015-09-29,听证 2015-09-30至2015-09-30；检测 2015-10-12至2015-10-13,3,2015-10-20",
            "S-3,XK-1,2015-09-29 09:00,2015-09-29,专家评审 2015-10-08至2015-10-12；公示 2015-10-12至2015-10-13,,",
            "S-4,XK-1,2015-09-29 09:00,2015-09-29,专家评审 2015-10-08起,,2015-10-20",
            "S-5,XK-1,2015-09-29 09:00,2015-09-29,专家评审 2015-10-08至2015-10-09,5,",
            "S-6,XK-1,2015-09-29 09:00,2015-09-29,开会 2015-10-08至2015-10-09,,",
            "S-7,XK-1,2015-09-29 09:00,2015-09-29,现场勘查 2015-10-08起,,") + "\n");

        var first = await new ServiceCaseImporter(db).ImportAsync(ServiceCaseImporter.ReadFile(file));
        Assert.Equal(3L, first.Added);
        Assert.Equal(
            [
                (4, "特别程序不能与已有的专家评审（2015-10-08至2015-10-12）重叠"),
                (5, "特别程序尚未结束，须先结束特别程序再办结"),
                (6, "暂停工作日（5）与所列特别程序的工作日合计（2）不符"),
            ],
            first.Rejected.Take(3).Select(r => ((int)r.Line, r.Reason)).ToList());
        Assert.StartsWith("特别程序“开会 2015-10-08至2015-10-09”无法识别", first.Rejected[3].Reason, StringComparison.Ordinal);

        // The same case as at the window in the first test: two working days of review, due 10-14, finished on time in 5 days.
        var s1 = await db.ServiceCases.AsNoTracking().SingleAsync(c => c.ProvincialNumber == "S-1");
        Assert.Equal((2, D(2015, 10, 14), D(2015, 11, 4), true, 5), (s1.SuspendedDays, s1.PromisedDue!.Value, s1.StatutoryDue!.Value, s1.OnTime!.Value, s1.WorkingDays!.Value));
        var s2 = await db.CaseSuspensions.AsNoTracking().Where(x => x.CaseId == db.ServiceCases.Single(c => c.ProvincialNumber == "S-2").Id).OrderBy(x => x.From).ToListAsync();
        Assert.Equal([(SuspensionKind.Hearing, 1), (SuspensionKind.Testing, 2)], s2.Select(x => (x.Kind, x.WorkingDays!.Value)).ToList());
        var s7 = await db.ServiceCases.AsNoTracking().SingleAsync(c => c.ProvincialNumber == "S-7");
        Assert.Null(Assert.Single(await db.CaseSuspensions.AsNoTracking().Where(x => x.CaseId == s7.Id).ToListAsync()).To);

        // Run again: nothing changes. A later export with only the total keeps the list; a different list replaces it.
        var again = await new ServiceCaseImporter(db).ImportAsync(ServiceCaseImporter.ReadFile(file));
        Assert.Equal((0L, 0L, 3L), (again.Added, again.Updated, again.Unchanged));
        await File.WriteAllTextAsync(file, "办件编号,事项编码,收件时间,受理日期,暂停工作日,特别程序,办结日期\nS-1,XK-1,2015-09-29 09:00,2015-09-29,2,,2015-10-14\nS-2,XK-1,2015-09-29 09:00,2015-09-29,,公示 2015-10-12至2015-10-16,2015-10-22\n");
        var later = await new ServiceCaseImporter(db).ImportAsync(ServiceCaseImporter.ReadFile(file));
        Assert.Equal((0L, 1L, 1L), (later.Added, later.Updated, later.Unchanged));
        Assert.Single(await db.CaseSuspensions.AsNoTracking().Where(x => x.CaseId == s1.Id).ToListAsync());
        var replaced = Assert.Single(await db.CaseSuspensions.AsNoTracking().Where(x => x.CaseId == db.ServiceCases.Single(c => c.ProvincialNumber == "S-2").Id).ToListAsync());
        Assert.Equal((SuspensionKind.Publicity, 5), (replaced.Kind, replaced.WorkingDays!.Value));
        Assert.Equal(5, (await db.ServiceCases.AsNoTracking().SingleAsync(c => c.ProvincialNumber == "S-2")).SuspendedDays);
    }

    internal static async Task<int> ItemAsync(GongkaiDb db, string code, int promised, int statutory)
    {
        var body = await db.Bodies.SingleAsync(b => b.Code == "czj");
        var item = new ServiceItem { Code = code, Name = code + "事项", Type = ServiceItemType.Licensing, BodyId = body.Id, Tier = ServiceTier.County, PromisedDays = promised, StatutoryDays = statutory, OnSite = true, State = ItemState.Published };
        db.ServiceItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }

    internal static Task<(GongkaiDb Db, ServiceCases Cases, ServiceCentre County, ServiceCentre Township)> NewAsync(string provider) =>
        NewAsync(TestDatabases.New(provider, out _));

    internal static async Task<(GongkaiDb Db, ServiceCases Cases, ServiceCentre County, ServiceCentre Township)> NewAsync(DatabaseSettings settings)
    {
        var db = settings.CreateContext(TimeProvider.System, new AuditActor { Name = "test" });
        await Migrator.MigrateAsync(db);
        db.Bodies.Add(new Bodies.Body { Code = "wuxi", Name = "巫溪县人民政府", ShortName = "县政府", Kind = Bodies.BodyKind.Government, Level = Bodies.BodyLevel.County });
        await db.SaveChangesAsync();
        var root = await db.Bodies.SingleAsync();
        db.Bodies.Add(new Bodies.Body { Code = "czj", Name = "巫溪县财政局", ShortName = "县财政局", Kind = Bodies.BodyKind.Department, Level = Bodies.BodyLevel.County, ParentId = root.Id });
        await db.SaveChangesAsync();
        var s = new ServiceCases(db);
        var county = await s.AddCentreAsync(new ServiceCentre { Name = "县政务服务中心", Tier = ServiceTier.County, BodyId = root.Id, Address = "巫溪县柏杨街道", Phone = "023-51234567", Hours = "工作日 9:00-17:00" });
        var township = await s.AddCentreAsync(new ServiceCentre { Name = "城厢镇便民服务中心", Tier = ServiceTier.Township, BodyId = root.Id });
        return (db, s, county, township);
    }
}

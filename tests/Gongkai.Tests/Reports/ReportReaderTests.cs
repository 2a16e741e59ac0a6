using Gongkai.Reports;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Reports;

/// <summary>The reader on the shapes real pages take: Word-saved HTML, full-width and traditional text, running text, empty and non-report files; and the command's exit codes.</summary>
public sealed class ReportReaderTests
{
    /// <summary>
    /// A page as Word saves it: conditional comments holding XML and digits, a style sheet full of numbers, list numbers in
    /// downlevel-revealed comments, cells wrapped in MsoNormal paragraphs, and a blank cell (&amp;nbsp;) above a row with numbers.
    /// </summary>
    private const string WordPage = """
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta charset="utf-8"><title>溪口镇人民政府2022年政府信息公开工作年度报告</title>
        <!--[if gte mso 9]><xml><o:DocumentProperties><o:Pages>3</o:Pages><o:Words>2022</o:Words><o:Characters>11527</o:Characters></o:DocumentProperties></xml><![endif]-->
        <style>
        p.MsoNormal { margin: 0cm; font-size: 10.5pt; mso-pagination: 12 34; }
        @page WordSection1 { size: 595.3pt 841.9pt; margin: 72.0pt 90.0pt 72.0pt 90.0pt; }
        </style>
        <!--[if gte mso 10]><style>table.MsoNormalTable { mso-style-priority: 99; mso-padding-alt: 0cm 5.4pt 0cm 5.4pt; }</style><![endif]-->
        </head>
        <body lang="ZH-CN">
        <div class="WordSection1">
        <p class="MsoNormal" align="center"><b><span>溪口镇人民政府2022年政府信息公开工作年度报告</span></b></p>
        <p class="MsoNormal"><span>一、总体情况</span></p>
        <p class="MsoNormal"><![if !supportLists]><span>1.</span><![endif]><span>2022年，我镇主动公开政府信息１２８条。</span></p>
        <p class="MsoNormal"><span>二、主动公开政府信息情况</span></p>
        <table class="MsoNormalTable" border="1">
        <tr><td colspan="4"><p class="MsoNormal"><span>第二十条第（一）项</span></p></td></tr>
        <tr><td><p class="MsoNormal">信息内容</p></td><td><p class="MsoNormal">本年制发件数</p></td><td><p class="MsoNormal">本年废止件数</p></td><td><p class="MsoNormal">现行有效件数</p></td></tr>
        <tr><td><p class="MsoNormal"><span>规章</span></p></td><td><p class="MsoNormal"><span>0</span></p></td><td><p class="MsoNormal"><span>0</span></p></td><td><p class="MsoNormal"><span>&nbsp;</span></p></td></tr>
        <tr><td><p class="MsoNormal"><span>行政规范<o:p></o:p></span></p><p class="MsoNormal"><span>性文件</span></p></td><td><p class="MsoNormal"><span>3</span></p></td><td><p class="MsoNormal"><span>1</span></p></td><td><p class="MsoNormal"><span>5</span></p></td></tr>
        </table>
        <!--[if !mso]><p>统计口径：1 2 3 4 5 6 7</p><![endif]-->
        <script>var hits = 123456; document.write(7);</script>
        </div></body></html>
        """;

    [Fact]
    public void A_word_saved_page_is_read_by_its_cells_without_comments_styles_or_scripts()
    {
        var text = ReportParser.ToText(WordPage);
        Assert.DoesNotContain("mso", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("11527", text, StringComparison.Ordinal);
        Assert.DoesNotContain("123456", text, StringComparison.Ordinal);
        Assert.DoesNotContain("统计口径", text, StringComparison.Ordinal);

        var parsed = ReportParser.Parse(WordPage);
        Assert.Equal("溪口镇人民政府", parsed.Data.BodyName);
        Assert.Equal(2022, parsed.Data.Year);
        Assert.Equal(ReportLayout.Official2021, parsed.Data.Layout);
        var f = parsed.Figures;
        Assert.Equal(0m, f["二:第二十条第（一）项|规章|本年制发件数"]);
        // The blank cell stays blank: it does not take the 3 of the row below.
        Assert.True(f.ContainsKey("二:第二十条第（一）项|规章|现行有效件数"));
        Assert.Null(f["二:第二十条第（一）项|规章|现行有效件数"]);
        Assert.Equal(3m, f["二:第二十条第（一）项|行政规范性文件|本年制发件数"]);
        Assert.Equal(5m, f["二:第二十条第（一）项|行政规范性文件|现行有效件数"]);
        // Full-width digits in a sentence.
        Assert.Equal(128m, parsed.Stated["items.total"]);
        // Tables 三 and 四 are absent: the page is not a whole report.
        Assert.Contains(parsed.Missing, m => m.Contains("表三", StringComparison.Ordinal));
    }

    [Fact]
    public void Traditional_characters_and_full_width_punctuation_read_like_simplified_text()
    {
        var parsed = ReportParser.Parse("""
            某某縣人民政府2017年政府信息公開工作年度報告
            二、主動公開政府信息情況
            2017年，我縣共主動公開政府信息３４５條。
            三、依申請公開政府信息情況
            2017年共收到政府信息公開申請１２件，其中網上申請７件、當面申請５件。
            四、收費及減免情況
            未收取任何費用。
            五、存在的主要問題及改進情況
            公開內容還需進一步規範。
            """);
        Assert.Equal("某某县人民政府", parsed.Data.BodyName);
        Assert.Equal(ReportLayout.Narrative, parsed.Data.Layout);
        Assert.Equal(345m, parsed.Data.Narrative["items.total"]);
        Assert.Equal(12m, parsed.Data.Narrative["applications.received"]);
        Assert.Equal(7m, parsed.Data.Narrative["applications.online"]);
        Assert.Equal(5m, parsed.Data.Narrative["applications.in-person"]);
        Assert.Equal(0m, parsed.Data.Narrative["fees.amount"]);
        Assert.Empty(parsed.Missing);
        Assert.Empty(ReportRules.Check(parsed));
    }

    [Fact]
    public void The_body_is_never_taken_from_running_text()
    {
        var parsed = ReportParser.Parse("""
            根据《中华人民共和国政府信息公开条例》要求，现将本单位编制的2021年政府信息公开工作年度报告公布如下。
            一、总体情况
            2021年主动公开政府信息20条。
            """);
        Assert.Equal("", parsed.Data.BodyName);
        Assert.Equal(2021, parsed.Data.Year);
        Assert.Equal(ReportLayout.Official2021, parsed.Data.Layout);
    }

    [Fact]
    public void Parts_that_exceed_or_miss_their_printed_total_are_found_and_an_open_list_is_not()
    {
        var parsed = ReportParser.Parse("""
            某镇2021年政府信息公开工作年度报告
            主动公开信息数为286条，其中通过网站公开160条，公告栏公开120条。
            公布网上服务事项108项，其中行政许可191项、行政处罚3项。
            主动公开政府信息386条，其中预决算信息142条，政府采购信息97条。
            """);
        var sums = ReportRules.Check(parsed).Where(f => f.Rule == "S").ToList();
        Assert.Equal(2, sums.Count);
        Assert.Contains(sums, f => f.Message.Contains("= 280条", StringComparison.Ordinal) && f.Message.Contains("286条", StringComparison.Ordinal));
        Assert.Contains(sums, f => f.Message.Contains("= 194项", StringComparison.Ordinal) && f.Message.Contains("108项", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("<html><body><p>网站维护中，请稍后访问。</p></body></html>")]
    [InlineData("关于做好2023年政府信息公开工作的通知\n各乡镇、各部门：请按要求报送材料。")]
    public void An_empty_or_non_report_file_is_never_complete(string content)
    {
        var parsed = ReportParser.Parse(content);
        Assert.NotEmpty(parsed.Missing);
    }

    [Fact]
    public async Task The_command_exits_3_for_a_cut_or_empty_report_and_names_what_is_missing()
    {
        var cut = Path.Combine(Tools.RepoRoot, "tests", "Gongkai.Tests", "Reports", "RealCorpus", "054.txt");
        var run = await GongkaiProcess.RunAsync("report", "check", cut);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("年报不完整，缺少：", run.Out, StringComparison.Ordinal);
        Assert.Contains("表四", run.Out, StringComparison.Ordinal);
        Assert.Contains("2021年版格式", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("未发现不一致。", run.Out, StringComparison.Ordinal);

        var empty = Path.Combine(Path.GetTempPath(), $"gongkai-empty-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(empty, "");
        try
        {
            var none = await GongkaiProcess.RunAsync("report", "check", empty);
            Assert.Equal(3, none.ExitCode);
            Assert.Contains("未能读出任何统计数字", none.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(empty);
        }

        // An inconsistency wins over incompleteness: 032 states 2 applications in the text and 3 in table 三.
        var twice = await GongkaiProcess.RunAsync("report", "check", Path.Combine(Tools.RepoRoot, "tests", "Gongkai.Tests", "Reports", "RealCorpus", "032.txt"));
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains("正文为 2，表格为 3", twice.Out, StringComparison.Ordinal);
    }
}

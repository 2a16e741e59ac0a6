using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Documents;
using Gongkai.Tests.Reports;

namespace Gongkai.Tests.Unit;

/// <summary>
/// Golden files of every letter an applicant receives — the reply letter for each outcome and the correction,
/// extension and fee notices — compared as the text of the DOCX, and the rules of their wording.
/// </summary>
public sealed class ReplyLetterTests
{
    private static readonly Body County = new() { Id = 1, Name = "巫溪县人民政府" };

    private static readonly Body Finance = new()
    {
        Id = 2,
        ParentId = 1,
        Name = "巫溪县财政局",
        OfficeName = "巫溪县财政局办公室",
        Telephone = "023-51521001",
        Address = "巫溪县城厢镇柏杨街道 1 号",
    };

    /// <summary>The user-typed parts end with their own full stops and quotes, as people type them.</summary>
    private static Application Decided(string outcome, ApplicantType type = ApplicantType.Person)
    {
        var kind = Outcomes.Find(outcome)!;
        return new Application
        {
            Id = 7,
            TrackingNumber = "20261201123456",
            ApplicantType = type,
            ApplicantName = type == ApplicantType.Person ? "张三" : "重庆某某律师事务所",
            Channel = Channel.SignedPost,
            ArrivedAt = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8)),
            ReceivedOn = new DateOnly(2026, 12, 1),
            ClockStartOn = new DateOnly(2026, 12, 1),
            Description = "2025年度城乡低保对象名单。",
            DocumentNumber = "巫溪民发〔2025〕12号",
            Delivery = Delivery.ElectronicFile,
            State = ApplicationState.Decided,
            Outcome = outcome,
            DecidedOn = new DateOnly(2026, 12, 20),
            LegalBasis = null,
            Reasons = kind.NeedsWithheld ? "该信息含有低保对象的身份证号码和家庭住址等个人隐私。" : null,
            Withheld = kind.NeedsWithheld ? "低保对象的身份证号码、家庭住址" : null,
            ReferTo = outcome == "not-responsible" ? "巫溪县民政局，联系电话 023-51521234。" : null,
        };
    }

    private static string Text(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = XDocument.Parse(reader.ReadToEnd());
        return string.Join("\n", xml.Descendants().Where(e => e.Name.LocalName == "p")
            .Select(p => string.Concat(p.Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value)))) + "\n";
    }

    private static void Wording(string text, bool person)
    {
        Assert.DoesNotContain("你（单位）", text, StringComparison.Ordinal);
        Assert.DoesNotContain("《政府信息公开条例》", text, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(text, "特此告知"));
        Assert.DoesNotContain("。。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("。”。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("，。", text, StringComparison.Ordinal);
        if (person)
        {
            Assert.DoesNotContain("你单位", text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("你单位", text, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> OutcomeCodes => new(Outcomes.All.Select(o => o.Code));

    [Theory]
    [MemberData(nameof(OutcomeCodes))]
    public void Each_outcome_has_its_reply_letter(string outcome)
    {
        var app = Decided(outcome);
        var text = Text(ReplyLetter.Docx(app, Finance, ReplyLetter.ReviewOrgan(County), corrected: false));
        Wording(text, person: true);
        Assert.Contains("申请获取“2025年度城乡低保对象名单”（文号：巫溪民发〔2025〕12号）。", text, StringComparison.Ordinal);
        ReportLayoutTests.MatchesSnapshot($"letters/reply-{outcome}.txt", text);
    }

    [Fact]
    public void An_organisation_is_addressed_as_your_unit_and_a_citizen_as_you()
    {
        var app = Decided("partial", ApplicantType.LegalService);
        app.ClockStartOn = new DateOnly(2026, 12, 3);
        app.ExtensionDays = 10;
        app.FeeAmount = 100;
        app.FeePaidOn = new DateOnly(2026, 12, 10);
        app.LegalBasis = "《中华人民共和国政府信息公开条例》第三十七条。";
        var text = Text(ReplyLetter.Docx(app, Finance, ReplyLetter.ReviewOrgan(County), corrected: true));
        Wording(text, person: false);
        Assert.Contains("你单位于2026年12月3日补正了申请内容。", text, StringComparison.Ordinal);
        Assert.Contains("依据：《中华人民共和国政府信息公开条例》第三十七条。\n", text, StringComparison.Ordinal);
        Assert.Contains("你单位已按收费通知缴纳信息处理费100元。", text, StringComparison.Ordinal);
        ReportLayoutTests.MatchesSnapshot("letters/reply-partial-organisation.txt", text);

        var person = Text(ReplyLetter.Docx(Decided("partial"), Finance, ReplyLetter.ReviewOrgan(County), corrected: false));
        Assert.Contains("收到你以信函申请", person, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_text_ending_in_a_stop_or_a_quote_does_not_double_the_punctuation()
    {
        var app = Decided("not-held");
        app.Description = "请公开“2025年度城乡低保对象名单。”。";
        app.DocumentNumber = null;
        app.Reasons = "经检索，本机关未制作该名单。。";
        var text = Text(ReplyLetter.Docx(app, Finance, ReplyLetter.ReviewOrgan(County), corrected: false));
        Wording(text, person: true);
        Assert.DoesNotContain("名单。”。", text, StringComparison.Ordinal);
        Assert.Contains("理由：经检索，本机关未制作该名单。\n", text, StringComparison.Ordinal);
    }

    public static TheoryData<string> NoticeKinds => new(Notices.Kinds.Keys);

    [Theory]
    [MemberData(nameof(NoticeKinds))]
    public void Each_notice_has_its_golden_file(string action)
    {
        foreach (var type in new[] { ApplicantType.Person, ApplicantType.Business })
        {
            var app = Decided("disclose", type);
            app.State = ApplicationState.InProgress;
            app.Outcome = null;
            app.ExtensionDays = 20;
            app.ExtensionReason = "因需要调取多个年度的档案。";
            app.FeeMethod = FeeMethod.PerPage;
            app.FeeUnits = 180;
            app.FeeAmount = 110;
            var step = new ApplicationStep
            {
                Action = action,
                On = new DateOnly(2026, 12, 4),
                Comment = action == nameof(ApplicationAction.RequestCorrection) ? "请写明所需名单的年度和所在乡镇。" : null,
                DueOn = new DateOnly(2027, 1, 29),
            };
            var text = Text(Docx.Write(Notices.Kinds[action].Title, Notices.Paragraphs(step, app, Finance)));
            Wording(text, person: type == ApplicantType.Person);
            ReportLayoutTests.MatchesSnapshot($"letters/notice-{action}-{(type == ApplicantType.Person ? "person" : "organisation")}.txt", text);
        }
    }

    [Fact]
    public void The_title_is_black_as_GB_T_9704_asks_of_a_letter()
    {
        var docx = ReplyLetter.Docx(Decided("disclose"), Finance, ReplyLetter.ReviewOrgan(County), corrected: false);
        using var zip = new ZipArchive(new MemoryStream(docx));
        XDocument Part(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return XDocument.Parse(reader.ReadToEnd());
        }

        var styles = Part("word/styles.xml");
        var title = styles.Descendants().Single(e => e.Name.LocalName == "style" && (string?)e.Attributes().FirstOrDefault(a => a.Name.LocalName == "styleId") == "GkTitle");
        var color = title.Descendants().Single(e => e.Name.LocalName == "color");
        Assert.Equal("000000", color.Attributes().Single(a => a.Name.LocalName == "val").Value);
        var document = Part("word/document.xml");
        var titleParagraph = document.Descendants().First(e => e.Name.LocalName == "p");
        Assert.Equal(ReplyLetter.Title, string.Concat(titleParagraph.Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value)));
        // No run of the letter overrides the style with a colour (the red of GB/T 9704 belongs to the 发文机关标志 only).
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "color");
    }

    [Fact]
    public void The_register_text_carries_no_personal_data()
    {
        var app = Decided("disclose");
        app.Phone = "13908231234";
        app.Email = "zhangsan@example.cn";
        app.Address = "巫溪县城厢镇北门街12号";
        app.IdNumberMasked = "500238********1234";
        var text = DisclosedFiles.Redact("张三（身份证 500238199001011234，电话 13908231234、023-51521234，zhangsan@example.cn，住巫溪县城厢镇北门街12号）申请2025年度名单。", app);
        foreach (var personal in new[] { "张三", "500238199001011234", "13908231234", "51521234", "zhangsan@example.cn", "北门街12号" })
        {
            Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
        }

        Assert.Contains("申请2025年度名单。", text, StringComparison.Ordinal);
    }
}

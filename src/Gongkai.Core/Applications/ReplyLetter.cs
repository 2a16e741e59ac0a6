using Gongkai.Bodies;
using Gongkai.Documents;

namespace Gongkai.Applications;

/// <summary>
/// The reply letter (政府信息公开申请答复告知书) written from the decision: the same paragraphs go to the
/// printable page and to the DOCX staff file and edit.
/// </summary>
public static partial class ReplyLetter
{
    public const string Title = "政府信息公开申请答复告知书";

    public static string ChineseDate(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    /// <param name="reviewOrgan">The body a review goes to: the government above the deciding body.</param>
    public static IReadOnlyList<DocParagraph> Paragraphs(Application app, Body body, string reviewOrgan, bool corrected)
    {
        var outcome = Outcomes.Find(app.Outcome) ?? throw new InvalidOperationException("The application has no decision yet.");
        var decided = app.DecidedOn ?? throw new InvalidOperationException("The application has no decision date.");
        var you = You(app);
        var list = Opening(Title, app);
        list.Add(new($"本机关于{Received(app)}收到{you}以{Application.ChannelLabel(app.Channel)}方式提出的政府信息公开申请，申请获取“{Requested(app)}”{(app.DocumentNumber is null ? "" : $"（文号：{app.DocumentNumber}）")}。"
            + (corrected && app.ClockStartOn is { } c ? $"{you}于{ChineseDate(c)}补正了申请内容。" : "")
            + (app.ExtensionDays > 0 ? $"经本机关政府信息公开工作机构负责人同意，答复期限延长{app.ExtensionDays}个工作日，已告知{you}。" : "")
            + "现答复如下："));
        // The letter closes with its own 特此告知, so an outcome's text that ends with one would say it twice.
        list.Add(new(outcome.ReplyText.Replace("你（单位）", you, StringComparison.Ordinal).Replace("，特此告知。", "。", StringComparison.Ordinal)));
        if (app.Withheld is not null)
        {
            list.Add(new($"{(outcome.Code == Outcomes.Partial ? "不予公开的部分" : "不予公开的内容")}：{Sentence(app.Withheld)}"));
        }

        if (app.Reasons is not null)
        {
            list.Add(new($"理由：{Sentence(app.Reasons)}"));
        }

        if (app.ReferTo is not null)
        {
            list.Add(new($"负责公开该政府信息的机关及联系方式：{Sentence(app.ReferTo)}"));
        }

        list.Add(new($"依据：{Sentence(app.LegalBasis ?? outcome.Basis)}"));
        if (outcome.Discloses)
        {
            list.Add(new($"提供方式：{Application.DeliveryLabel(app.Delivery)}。"));
        }

        if (app.FeeAmount > 0 && app.FeePaidOn is not null)
        {
            list.Add(new($"{you}已按收费通知缴纳信息处理费{app.FeeAmount:0.##}元。"));
        }

        list.Add(new($"如对本答复不服，可以自收到本告知书之日起六十日内向{reviewOrgan}申请行政复议，或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。"));
        list.Add(new("特此告知。"));
        list.Add(new(body.Name, ParagraphStyle.Right));
        list.Add(new(ChineseDate(decided), ParagraphStyle.Right));
        var contact = string.Join("　", new[]
        {
            body.OfficeName is null ? null : $"承办机构：{body.OfficeName}",
            body.Telephone is null ? null : $"联系电话：{body.Telephone}",
            body.Address is null ? null : $"地址：{body.Address}",
        }.Where(s => s is not null));
        if (contact.Length > 0)
        {
            list.Add(new(contact, ParagraphStyle.Plain));
        }

        return Tidy(list);
    }

    /// <summary>How a letter addresses the applicant: a citizen is “你”, an organisation “你单位”.</summary>
    public static string You(Application app) => app.ApplicantType == ApplicantType.Person ? "你" : "你单位";

    /// <summary>Text typed by staff or the applicant as a sentence of the letter: one full stop at its end, never two.</summary>
    internal static string Sentence(string text)
    {
        var t = text.Trim().TrimEnd('，', ',', '；', ';', '：', ':', '、').TrimEnd();
        return t.Length == 0 || EndsSentence(t) ? t : t + "。";
    }

    private static bool EndsSentence(string t)
    {
        var end = t.TrimEnd('”', '’', '」', '』', '）', ')');
        return end.Length > 0 && end[^1] is '。' or '！' or '？' or '…' or '!' or '?' or '.';
    }

    /// <summary>
    /// The join of quoted user text and the letter's own punctuation: a full stop after one that ends the quote
    /// (“……名单。”。) or after another full stop (。。) is dropped. Every paragraph of every letter goes through it.
    /// </summary>
    internal static List<DocParagraph> Tidy(List<DocParagraph> list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            // A letter cites the regulation by its full name, as official documents do.
            var text = list[i].Text.Replace("《政府信息公开条例》", "《中华人民共和国政府信息公开条例》", StringComparison.Ordinal);
            list[i] = list[i] with { Text = DoubledStop().Replace(text, "$1$2") };
        }

        return list;
    }

    [System.Text.RegularExpressions.GeneratedRegex("([。！？])([”’」』）)]*)。")]
    private static partial System.Text.RegularExpressions.Regex DoubledStop();

    /// <summary>Title, tracking number and addressee: how every letter to an applicant opens.</summary>
    internal static List<DocParagraph> Opening(string title, Application app) =>
    [
        new(title, ParagraphStyle.Title),
        new($"申请编号：{app.TrackingNumber}", ParagraphStyle.Right),
        new($"{app.ApplicantName}：", ParagraphStyle.Plain),
    ];

    /// <summary>The date of receipt in words, or the day it arrived while receipt is unconfirmed.</summary>
    internal static string Received(Application app) => ChineseDate(app.ReceivedOn ?? Data.GongkaiDb.LocalDate(app.ArrivedAt));

    /// <summary>The first line of what was asked for, shortened for a letter.</summary>
    /// <remarks>The quote is closed by the letter, so the applicant's own closing full stop or comma is left out.</remarks>
    internal static string Requested(Application app)
    {
        var what = app.Description.Split('\n')[0].Trim();
        what = what.Length > 200 ? what[..200] + "……" : what.TrimEnd('。', '．', '.', '，', ',', '；', ';', '、', ' ');
        return what;
    }

    public static byte[] Docx(Application app, Body body, string reviewOrgan, bool corrected) =>
        Documents.Docx.Write($"{Title}（{app.TrackingNumber}）", Paragraphs(app, body, reviewOrgan, corrected));

    /// <summary>The government above the body, where a review of its decision goes.</summary>
    public static string ReviewOrgan(Body? parent) => parent?.Name ?? "上一级人民政府";
}

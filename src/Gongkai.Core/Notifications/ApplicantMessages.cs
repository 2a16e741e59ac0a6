using System.Globalization;
using System.Net.Http.Json;
using Gongkai.Applications;
using Gongkai.Audit;
using Gongkai.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Notice = Gongkai.Applications.ApplicationWorkflow.Notice;

namespace Gongkai.Notifications;

/// <summary>Stored as its member name.</summary>
public enum MessageChannel
{
    Email,
    Sms,
}

/// <summary>
/// A notice to an applicant, written in the transaction of the step it tells about and sent later by the job
/// loop. One row per step and channel (a unique index), so a step is never told twice; the query code is put
/// into the text only when it is sent, so that it is never stored in the clear.
/// </summary>
public sealed class ApplicantMessage : IAudited
{
    public long Id { get; set; }

    public int ApplicationId { get; set; }

    /// <summary>The step told about; null for a query code sent again at the applicant's request.</summary>
    public long? StepId { get; set; }

    public ApplicationStep? Step { get; set; }

    public MessageChannel Channel { get; set; }

    public Notice Notice { get; set; }

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    /// <summary>The text with <see cref="ApplicantTemplates.CodeMark"/> where the query code goes.</summary>
    public string Text { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? Error { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The Chinese texts of the applicant notices, one per kind, used for both SMS and e-mail. A county changes
/// one by storing a setting <c>notify.template.KIND</c>; the marks in braces are filled from the application.
/// </summary>
public static class ApplicantTemplates
{
    public const string CodeMark = "{查询码}";

    public const string SettingPrefix = "notify.template.";

    public const int MaxLength = 500;

    public static readonly IReadOnlyDictionary<Notice, (string Subject, string Text)> Defaults = new Dictionary<Notice, (string, string)>
    {
        [Notice.Received] = ("申请已收到", "您向{机关}提交的政府信息公开申请已收到，申请编号{编号}，查询码{查询码}。请凭申请编号和查询码在政务公开平台“办理进度查询”查看办理进度，查询码请妥善保管。"),
        [Notice.CorrectionRequested] = ("请补正申请", "您的政府信息公开申请（编号{编号}）需要补正：{说明}。请于{期限}前补正，可在“办理进度查询”中在线提交；逾期不补正视为放弃申请。"),
        [Notice.Extended] = ("答复期限延长", "{机关}已决定将您的政府信息公开申请（编号{编号}）的答复期限延长{天数}个工作日，将于{期限}前作出答复。"),
        [Notice.ConsultationStarted] = ("征求意见", "您的政府信息公开申请（编号{编号}）需要征求第三方或其他机关的意见，{机关}已于{日期}发出征求意见函，征求意见期间不计入答复期限。"),
        [Notice.FeeNotice] = ("收费通知", "您的政府信息公开申请（编号{编号}）应缴纳信息处理费{金额}元，请自收到通知次日起{天数}个工作日内缴纳；逾期未缴纳的，视为放弃申请。"),
        [Notice.Decided] = ("已作出答复", "{机关}已于{日期}对您的政府信息公开申请（编号{编号}）作出答复：{结果}。答复告知书将按您选择的方式送达，也可凭查询码在“办理进度查询”查看。"),
        [Notice.CodeReissued] = ("查询码已重新生成", "您的政府信息公开申请（编号{编号}）的新查询码为{查询码}，原查询码已失效。如非本人操作，请联系{机关}。"),
    };

    public static string SettingKey(Notice n) => SettingPrefix + n;

    /// <summary>The county's texts: its own where it stored one, the defaults otherwise.</summary>
    public static async Task<Dictionary<Notice, string>> LoadAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var keys = Defaults.Keys.Select(SettingKey).ToList();
        var stored = await db.Settings.AsNoTracking().Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, s => s.Value, ct);
        return Defaults.ToDictionary(d => d.Key, d => stored.GetValueOrDefault(SettingKey(d.Key)) is { Length: > 0 } own ? own : d.Value.Text);
    }

    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var text = template;
        foreach (var (mark, value) in values)
        {
            text = text.Replace("{" + mark + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A mainland mobile number (the only kind an SMS reaches), or null.</summary>
    public static string? Mobile(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("86", StringComparison.Ordinal) && digits.Length == 13)
        {
            digits = digits[2..];
        }

        return digits.Length == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9' ? digits : null;
    }
}

/// <summary>The SMS gateway: an HTTP endpoint taking a JSON POST, with an optional bearer token and signature (签名).</summary>
public sealed record SmsSettings(Uri Url, string? Token = null, string? Signature = null);

/// <summary>Sends applicant notices waiting in the outbox, each at most once, retrying a failed one up to <see cref="MaxAttempts"/> times.</summary>
public sealed class ApplicantOutbox(GongkaiDb db, IDataProtectionProvider protection, HttpClient http, SmtpSettings? smtp, SmsSettings? sms)
{
    public const int MaxAttempts = 5;

    public async Task<int> SendPendingAsync(CancellationToken ct = default)
    {
        var channels = new List<MessageChannel>();
        if (sms is not null)
        {
            channels.Add(MessageChannel.Sms);
        }

        if (smtp is not null)
        {
            channels.Add(MessageChannel.Email);
        }

        var pending = await db.ApplicantMessages
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts && channels.Contains(m.Channel))
            .OrderBy(m => m.Id).Take(100).ToListAsync(ct);
        var sent = 0;
        var secrets = protection.CreateProtector(ApplicationService.SecretPurpose);
        foreach (var m in pending)
        {
            var protectedSecret = await db.Applications.AsNoTracking().Where(a => a.Id == m.ApplicationId).Select(a => a.SecretProtected).SingleAsync(ct);
            string text;
            try
            {
                text = m.Text.Contains(ApplicantTemplates.CodeMark, StringComparison.Ordinal) && protectedSecret is not null
                    ? m.Text.Replace(ApplicantTemplates.CodeMark, secrets.Unprotect(protectedSecret), StringComparison.Ordinal)
                    : m.Text;
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // A key ring restored without its master key: retrying cannot help, and a notice without its code is useless.
                m.Attempts = MaxAttempts;
                m.Error = "查询码无法解密（密钥不可用），未发送。";
                await db.SaveChangesAsync(ct);
                continue;
            }

            // The attempt is claimed before the send (Attempts is a concurrency token): of two job loops, or two
            // nodes, that picked the same message, one sends it and the other skips it.
            m.Attempts++;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.Entry(m).State = EntityState.Detached;
                continue;
            }

            try
            {
                if (m.Channel == MessageChannel.Sms)
                {
                    await SendSmsAsync(m, text, ct);
                }
                else
                {
                    await SendEmailAsync(m, text, ct);
                }

                m.SentAt = db.Time.GetUtcNow();
                m.Error = null;
                sent++;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or System.Net.Sockets.SocketException or SmtpCommandException or SmtpProtocolException or AuthenticationException)
            {
                m.Error = Truncate(e.Message, 500);
            }

            // Marked one by one: a crash after a send does not send it again (the gateway also gets the message's id).
            await db.SaveChangesAsync(ct);
        }

        return sent;
    }

    private async Task SendSmsAsync(ApplicantMessage m, string text, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, sms!.Url)
        {
            Content = JsonContent.Create(new { id = $"gongkai-{m.Id}", mobile = m.To, sign = sms.Signature, content = text }),
        };
        request.Headers.Add("Idempotency-Key", $"gongkai-{m.Id}");
        if (sms.Token is { Length: > 0 } token)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"短信网关返回 {(int)response.StatusCode}");
        }
    }

    private async Task SendEmailAsync(ApplicantMessage m, string text, CancellationToken ct)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp!.Host, smtp.Port, smtp.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (smtp.UserName is not null)
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(m.To));
        message.Subject = m.Subject;
        message.Body = new TextPart("plain") { Text = text };
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>The one HTTP client of the applicant outbox, kept for the life of the node.</summary>
public sealed class ApplicantOutboxHttp(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public void Dispose() => client.Dispose();
}

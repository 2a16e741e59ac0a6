using Gongkai.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Gongkai.Notifications;

/// <summary>Where reminder e-mail goes: an SMTP server (no server means in-app reminders only).</summary>
public sealed record SmtpSettings(string Host, int Port, string From, string? UserName = null, string? Password = null, bool StartTls = false);

/// <summary>Sends the reminders that have an e-mail address and have not been sent, each once.</summary>
public sealed class EmailOutbox(GongkaiDb db, SmtpSettings smtp)
{
    public const int MaxAttempts = 5;

    public async Task<int> SendPendingAsync(CancellationToken ct = default)
    {
        var pending = await db.Notifications
            .Where(n => n.Email != null && n.EmailSentAt == null && n.EmailAttempts < MaxAttempts)
            .OrderBy(n => n.Id).Take(100).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return 0;
        }

        var sent = 0;
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
            if (smtp.UserName is not null)
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or SmtpProtocolException or AuthenticationException)
        {
            foreach (var n in pending)
            {
                n.EmailAttempts++;
                n.EmailError = "无法连接邮件服务器：" + e.Message;
            }

            await db.SaveChangesAsync(ct);
            return 0;
        }

        foreach (var n in pending)
        {
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(smtp.From));
            message.To.Add(MailboxAddress.Parse(n.Email!));
            message.Subject = n.Subject;
            message.Body = new TextPart("plain") { Text = n.Text + (n.Link is null ? "" : $"\n\n请登录政务公开工作平台处理：{n.Link}") };
            n.EmailAttempts++;
            try
            {
                await client.SendAsync(message, ct);
                n.EmailSentAt = db.Time.GetUtcNow();
                n.EmailError = null;
                sent++;
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException)
            {
                n.EmailError = e.Message;
            }

            // Marked one by one, so a crash after a send cannot send it again on the next run.
            await db.SaveChangesAsync(ct);
        }

        await client.DisconnectAsync(true, ct);
        return sent;
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using Gongkai.Applications;
using Gongkai.Audit;
using Gongkai.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Keys;

/// <summary>
/// The Data Protection key ring as stored in <c>data_protection_keys</c>, seen from the master key: which
/// elements are still in the clear (installations from before the master key), which are sealed, and
/// whether the configured key opens them. Data Protection itself only ever writes sealed elements.
/// </summary>
public sealed class KeyRing(GongkaiDb db, MasterKey master)
{
    private static readonly XNamespace Dp = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = Dp + "requiresEncryption";
    private static readonly XName EncryptedSecret = Dp + "encryptedSecret";

    public MasterKey Master => master;

    /// <summary>
    /// Start-up check. A node (<paramref name="serving"/>) refuses to run when encrypted data exists and the
    /// key is missing or wrong; on SQLite (<paramref name="mayCreateKey"/>) a first start writes the key file
    /// and an upgraded installation's clear keys are sealed. Returns what the operator must be told.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckAsync(bool serving, bool mayCreateKey, CancellationToken ct = default)
    {
        var rows = await db.DataProtectionKeys.ToListAsync(ct);
        var (clear, sealedCount) = Count(rows);
        var encryptedData = await EncryptedDataExistsAsync(ct);
        var notes = new List<string>();
        if (master.Path is null)
        {
            if (serving || sealedCount > 0 || encryptedData)
            {
                throw new SettingsException("未配置主密钥文件：PostgreSQL 部署须用 --key-file 或环境变量 GONGKAI_KEY_FILE 指定（各节点同一个文件，由 gongkai keys create 生成）。");
            }

            return notes;
        }

        if (!master.Exists)
        {
            if (sealedCount > 0 || (encryptedData && clear == 0))
            {
                throw new SettingsException($"数据库中有加密数据，但主密钥文件 {master.Path} 不存在：请从备份恢复该文件，或用 --key-file / GONGKAI_KEY_FILE 指出它的位置。");
            }

            if (!serving)
            {
                return notes;
            }

            if (!mayCreateKey)
            {
                throw new SettingsException($"主密钥文件 {master.Path} 不存在：请先运行 gongkai keys create --key-file {master.Path}，再把它复制到每个节点的同一位置。");
            }

            MasterKey.Write(master.Path, MasterKey.NewKey());
            notes.Add($"已生成主密钥文件 {master.Path}（仅所有者可读）：它加密数据库中的数据保护密钥，须与数据库分开备份（gongkai keys backup），丢失则已加密的身份证号无法恢复。");
        }

        EnsureOpens(rows, master.Key);
        if (clear > 0 && serving)
        {
            var sealedNow = await SealClearAsync(master.Key, ct);
            notes.Add($"已用主密钥文件 {master.Path} 加密数据库中 {sealedNow} 个原未加密的数据保护密钥；此前的数据库备份中它们仍未加密，请妥善处置旧备份。");
        }

        return notes;
    }

    /// <summary>Fails with one line unless <paramref name="key"/> opens every sealed element.</summary>
    public async Task EnsureOpensAsync(byte[] key, CancellationToken ct = default) => EnsureOpens(await db.DataProtectionKeys.AsNoTracking().ToListAsync(ct), key);

    /// <summary>Seals the elements still in the clear (an installation from before the master key).</summary>
    public async Task<int> SealClearAsync(byte[] key, CancellationToken ct = default)
    {
        var count = 0;
        foreach (var row in await db.DataProtectionKeys.ToListAsync(ct))
        {
            var xml = XElement.Parse(row.Xml!);
            var clear = xml.DescendantsAndSelf().Where(IsClear).ToList();
            foreach (var element in clear)
            {
                element.ReplaceWith(Sealed(key, element));
            }

            if (clear.Count > 0)
            {
                row.Xml = xml.ToString(SaveOptions.DisableFormatting);
                count++;
            }
        }

        Audit("key-ring-sealed", new { sealedKeys = count, masterKey = MasterKey.IdOf(key) });
        await db.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>
    /// Seals every element under <paramref name="newKey"/> in one transaction. The caller writes the new key
    /// file in <paramref name="beforeCommit"/>, so that a failure leaves the old key and the old ring.
    /// </summary>
    public async Task<int> ResealAsync(byte[] oldKey, byte[] newKey, Action beforeCommit, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rows = await db.DataProtectionKeys.ToListAsync(ct);
        foreach (var row in rows)
        {
            var xml = XElement.Parse(row.Xml!);
            foreach (var secret in xml.DescendantsAndSelf(EncryptedSecret).Where(Ours).ToList())
            {
                secret.ReplaceWith(MasterKeyEncryptor.Open(oldKey, secret.Elements().Single()));
            }

            foreach (var element in xml.DescendantsAndSelf().Where(IsClear).ToList())
            {
                element.ReplaceWith(Sealed(newKey, element));
            }

            row.Xml = xml.ToString(SaveOptions.DisableFormatting);
        }

        Audit("master-key-rotated", new { keys = rows.Count, from = MasterKey.IdOf(oldKey), to = MasterKey.IdOf(newKey) });
        await db.SaveChangesAsync(ct);
        beforeCommit();
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    public async Task AuditAsync(string action, object details, CancellationToken ct = default)
    {
        Audit(action, details);
        await db.SaveChangesAsync(ct);
    }

    private void Audit(string action, object details) => db.AuditEvents.Add(new AuditEvent
    {
        At = db.Time.GetUtcNow(),
        ActorId = db.Actor.UserId,
        ActorName = db.Actor.Name,
        EntityType = "DataProtectionKeyRing",
        EntityId = "data_protection_keys",
        Action = action,
        Changes = JsonSerializer.Serialize(details, GongkaiDb.JsonOptions),
    });

    private async Task<bool> EncryptedDataExistsAsync(CancellationToken ct) =>
        await db.Applications.AnyAsync(a => a.IdNumberProtected != null || a.SecretProtected != null, ct)
        || await db.Settings.AnyAsync(s => s.Key == ApplicationService.ApplicantKeySetting, ct);

    private void EnsureOpens(List<DataProtectionKey> rows, byte[] key)
    {
        foreach (var row in rows)
        {
            foreach (var secret in XElement.Parse(row.Xml!).DescendantsAndSelf(EncryptedSecret))
            {
                try
                {
                    if (!Ours(secret))
                    {
                        throw new CryptographicException("not sealed by a Gongkai master key");
                    }

                    MasterKeyEncryptor.Open(key, secret.Elements().Single());
                }
                catch (Exception e) when (e is CryptographicException or FormatException or InvalidOperationException)
                {
                    throw new SettingsException($"主密钥文件 {master.Path} 与数据库不符：数据库中的数据保护密钥无法用它解密（是否用错了文件？请从备份恢复原来的主密钥文件）。");
                }
            }
        }
    }

    private static (int Clear, int Sealed) Count(List<DataProtectionKey> rows)
    {
        var elements = rows.Select(r => XElement.Parse(r.Xml!)).ToList();
        return (elements.Count(x => x.DescendantsAndSelf().Any(IsClear)), elements.Count(x => x.DescendantsAndSelf(EncryptedSecret).Any()));
    }

    private static bool IsClear(XElement e) => (bool?)e.Attribute(RequiresEncryption) == true;

    private static bool Ours(XElement secret) => secret.Elements().SingleOrDefault()?.Name == MasterKeyEncryptor.Element;

    private static XElement Sealed(byte[] key, XElement element) =>
        new(EncryptedSecret, new XAttribute("decryptorType", typeof(MasterKeyDecryptor).AssemblyQualifiedName!), MasterKeyEncryptor.Seal(key, new XElement(element)));
}

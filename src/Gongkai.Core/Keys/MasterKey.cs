using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Gongkai.Data;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Keys;

/// <summary>
/// The 256-bit key, kept in a file outside the database, that encrypts the Data Protection key ring stored in
/// the database. Without it a copied database cannot decrypt applicants' ID numbers. Every node of a
/// PostgreSQL deployment reads the same file.
/// </summary>
public sealed class MasterKey(string? path)
{
    private const string Header = "gongkai-master-key-v1";
    private readonly Lock _gate = new();
    private (DateTime Written, byte[] Key)? _loaded;

    /// <summary>The key file; null when none is configured (PostgreSQL without <c>--key-file</c>).</summary>
    public string? Path { get; } = path is null ? null : System.IO.Path.GetFullPath(path);

    public bool Exists => Path is not null && File.Exists(Path);

    /// <summary>The key, read again when the file changes (after <c>gongkai keys rotate</c> and a copy to this node).</summary>
    public byte[] Key
    {
        get
        {
            if (Path is null)
            {
                throw new SettingsException("未配置主密钥文件：请用 --key-file 或环境变量 GONGKAI_KEY_FILE 指定（gongkai keys create 生成）。");
            }

            lock (_gate)
            {
                var written = File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : throw new SettingsException($"主密钥文件 {Path} 不存在。");
                if (_loaded is not { } loaded || loaded.Written != written)
                {
                    _loaded = loaded = (written, Read(Path));
                }

                return loaded.Key;
            }
        }
    }

    /// <summary>Names the key without revealing it, so that a ring encrypted under another key says so.</summary>
    public static string IdOf(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key))[..16];

    public static byte[] Read(string path)
    {
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        try
        {
            if (lines.Length == 2 && lines[0] == Header && Convert.FromBase64String(lines[1]) is { Length: 32 } key)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw new SettingsException($"主密钥文件 {path} 格式不对（应由 gongkai keys create 生成）。");
    }

    /// <summary>Writes a key file readable by its owner only; never overwrites one.</summary>
    public static void Write(string path, byte[] key)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write($"# Gongkai 主密钥：加密数据库中的数据保护密钥。与数据库分开备份；丢失则已加密的身份证号等无法恢复。\n{Header}\n{Convert.ToBase64String(key)}\n");
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
    }

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);
}

/// <summary>AES-256-GCM over the secret parts of a Data Protection key, under the <see cref="MasterKey"/>.</summary>
public sealed class MasterKeyEncryptor(MasterKey master) : IXmlEncryptor
{
    internal static readonly XName Element = XName.Get("gongkaiEncrypted", "urn:gongkai:keys");
    private static readonly byte[] Context = "gongkai data protection key ring v1"u8.ToArray();

    public EncryptedXmlInfo Encrypt(XElement plaintextElement) => new(Seal(master.Key, plaintextElement), typeof(MasterKeyDecryptor));

    internal static XElement Seal(byte[] key, XElement plaintext)
    {
        var data = Encoding.UTF8.GetBytes(plaintext.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[data.Length];
        using (var aes = new AesGcm(key, tag.Length))
        {
            aes.Encrypt(nonce, data, cipher, tag, Context);
        }

        return new XElement(Element, new XAttribute("key", MasterKey.IdOf(key)), Convert.ToBase64String([.. nonce, .. tag, .. cipher]));
    }

    /// <summary>Opens a sealed element; a wrong key or altered text throws <see cref="CryptographicException"/>.</summary>
    internal static XElement Open(byte[] key, XElement sealedElement)
    {
        var blob = Convert.FromBase64String(sealedElement.Value);
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[blob.Length - nonceSize - tagSize];
        using (var aes = new AesGcm(key, tagSize))
        {
            aes.Decrypt(blob.AsSpan(0, nonceSize), blob.AsSpan(nonceSize + tagSize), blob.AsSpan(nonceSize, tagSize), plain, Context);
        }

        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}

/// <summary>Created by Data Protection from the type name stored with each encrypted key.</summary>
public sealed class MasterKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) => MasterKeyEncryptor.Open(services.GetRequiredService<MasterKey>().Key, encryptedElement);
}

using System.Globalization;
using Gongkai.Audit;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>Where else an item was published besides the portal. Stored as its member name: never rename one.</summary>
public enum PublicationChannel
{
    WeChat,
    Weibo,
    NoticeBoard,
    Screen,
    PressConference,
    Newspaper,
    Broadcast,
    Other,
}

/// <summary>One publication of an item through another channel (微信公众号, 公开栏, …) on a date; counted per year in the annual report.</summary>
public sealed class ItemChannel : IAudited
{
    public int Id { get; set; }

    public int ItemId { get; set; }

    /// <summary>The item's body, kept here so that the report counts a body's rows without joining the items.</summary>
    public int BodyId { get; set; }

    public PublicationChannel Channel { get; set; }

    public DateOnly PublishedOn { get; set; }

    /// <summary>Which account, board or paper; required for 其他, where it names the channel.</summary>
    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public static string Label(PublicationChannel c) => c switch
    {
        PublicationChannel.WeChat => "微信公众号",
        PublicationChannel.Weibo => "政务微博",
        PublicationChannel.NoticeBoard => "政务公开栏",
        PublicationChannel.Screen => "电子显示屏",
        PublicationChannel.PressConference => "新闻发布会",
        PublicationChannel.Newspaper => "报刊",
        PublicationChannel.Broadcast => "广播电视",
        PublicationChannel.Other => "其他",
        _ => c.ToString(),
    };
}

/// <summary>Records and counts the other channels an item was published through.</summary>
public sealed class ItemChannelService(GongkaiDb db)
{
    public Task<List<ItemChannel>> ForItemAsync(int itemId, CancellationToken ct = default) =>
        db.ItemChannels.AsNoTracking().Where(c => c.ItemId == itemId).OrderBy(c => c.PublishedOn).ThenBy(c => c.Id).ToListAsync(ct);

    public async Task<ItemChannel> AddAsync(CatalogItem item, PublicationChannel channel, DateOnly? on, string? note, CancellationToken ct = default)
    {
        var problems = new List<string>();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (!Enum.IsDefined(channel))
        {
            problems.Add("请选择发布渠道。");
        }

        if (on is null)
        {
            problems.Add("请填写发布日期。");
        }
        else if (on.Value.Year < 1949 || on.Value > db.Today())
        {
            problems.Add("发布日期不正确（不能晚于今天）。");
        }

        if (note?.Length > 200)
        {
            problems.Add("说明不能超过 200 个字。");
        }

        if (channel == PublicationChannel.Other && note is null)
        {
            problems.Add("选择“其他”渠道时请在说明中写明渠道名称。");
        }

        if (problems.Count > 0)
        {
            throw new CatalogInputException(problems);
        }

        var row = new ItemChannel
        {
            ItemId = item.Id,
            BodyId = item.BodyId,
            Channel = channel,
            PublishedOn = on!.Value,
            Note = note,
            CreatedAt = db.Time.GetUtcNow(),
        };
        db.ItemChannels.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>Removes a row of this item only: an id of another item's row does nothing.</summary>
    public async Task<bool> RemoveAsync(CatalogItem item, int rowId, CancellationToken ct = default)
    {
        var row = await db.ItemChannels.SingleOrDefaultAsync(c => c.Id == rowId && c.ItemId == item.Id, ct);
        if (row is null)
        {
            return false;
        }

        db.ItemChannels.Remove(row);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Publications per channel in a calendar year, of some bodies (null: all); channels without rows are absent.</summary>
    public static async Task<Dictionary<PublicationChannel, int>> CountAsync(GongkaiDb db, int year, IReadOnlyCollection<int>? bodyIds, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var query = db.ItemChannels.AsNoTracking().Where(c => c.PublishedOn >= from && c.PublishedOn <= to);
        if (bodyIds is not null)
        {
            query = query.Where(c => bodyIds.Contains(c.BodyId));
        }

        var rows = await query.GroupBy(c => c.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => r.Count);
    }
}

using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

/// <summary>A body invited to a meeting; <paramref name="Count"/> defaults to the number of names.</summary>
public sealed record AttendanceInput(int BodyId, bool Attended, string? People, int? Count);

public sealed record MeetingInput(DateOnly? On, MeetingKind Kind, string? Topic, int OrganiserBodyId, string? Place, string? Notes, string? CatalogIndexNumber, IReadOnlyList<AttendanceInput> Attendance);

/// <summary>A county's meetings of one year: held by kind, and the people who came to the training sessions and work meetings.</summary>
public sealed record MeetingYear(int Year, IReadOnlyDictionary<MeetingKind, int> Held, int TrainingSessions, int PeopleTrained, int WorkMeetingAttendees);

/// <summary>A body's invitations and attendances in a year (meetings and training together), for the assessment.</summary>
public sealed record BodyAttendance(int BodyId, int Invited, int Attended, int People);

/// <summary>Work meetings and training sessions (会议、培训) of the county office, with attendance and materials.</summary>
public sealed class Meetings(GongkaiDb db)
{
    public const int MaxMaterials = 20;

    public async Task<Meeting> CreateAsync(int countyId, MeetingInput input, CancellationToken ct = default)
    {
        var meeting = new Meeting { CountyId = countyId };
        var rows = await ApplyAsync(meeting, input, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        foreach (var r in rows)
        {
            r.MeetingId = meeting.Id;
        }

        db.MeetingAttendance.AddRange(rows);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return meeting;
    }

    public async Task UpdateAsync(Meeting meeting, int revision, MeetingInput input, CancellationToken ct = default)
    {
        var rows = await ApplyAsync(meeting, input, ct);
        Concurrency.Expect(db, meeting, revision);
        var stored = await db.MeetingAttendance.Where(a => a.MeetingId == meeting.Id).ToListAsync(ct);
        db.MeetingAttendance.RemoveRange(stored.Where(s => rows.All(r => r.BodyId != s.BodyId)));
        foreach (var r in rows)
        {
            if (stored.FirstOrDefault(s => s.BodyId == r.BodyId) is { } s)
            {
                s.Attended = r.Attended;
                s.People = r.People;
                s.Count = r.Count;
            }
            else
            {
                r.MeetingId = meeting.Id;
                db.MeetingAttendance.Add(r);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<List<MeetingAttendance>> ApplyAsync(Meeting meeting, MeetingInput input, CancellationToken ct)
    {
        var problems = new List<string>();
        Text.Date(input.On, "会议日期", problems);
        if (!Enum.IsDefined(input.Kind))
        {
            problems.Add("请选择类型（工作会议、培训或其他）。");
        }

        Text.Required(input.Topic, 300, "主题", problems);
        Text.Optional(input.Place, 200, "地点", problems);
        Text.Optional(input.Notes, 2000, "说明", problems);
        var (itemId, linkProblem) = await Counties.CatalogLinkAsync(db, input.CatalogIndexNumber, ct);
        if (linkProblem is not null)
        {
            problems.Add(linkProblem);
        }

        var roots = await Counties.RootOfAsync(db, ct);
        bool InCounty(int id) => roots.TryGetValue(id, out var root) && root == meeting.CountyId;
        if (!InCounty(input.OrganiserBodyId))
        {
            problems.Add("请选择本县的组织单位。");
        }

        var rows = new List<MeetingAttendance>();
        foreach (var a in input.Attendance.GroupBy(a => a.BodyId).Select(g => g.Last()))
        {
            if (!InCounty(a.BodyId))
            {
                problems.Add("参会单位须为本县的单位。");
                continue;
            }

            var people = PersonNames(a.People);
            var joined = people.Count == 0 ? null : string.Join("、", people);
            if (joined?.Length > 500)
            {
                problems.Add("每个单位的参会人员姓名合计不能超过 500 个字。");
            }

            var count = a.Count ?? people.Count;
            if (count is < 0 or > 10000)
            {
                problems.Add("参会人数应为 0 至 10000。");
            }
            else if (!a.Attended && count > 0)
            {
                problems.Add("未参会的单位不能填写参会人数或人员。");
            }
            else if (count < people.Count)
            {
                problems.Add($"参会人数（{count}）少于填写的姓名数（{people.Count}）。");
            }

            rows.Add(new MeetingAttendance { BodyId = a.BodyId, Attended = a.Attended, People = a.Attended ? joined : null, Count = a.Attended ? count : 0 });
        }

        if (rows.Count > 500)
        {
            problems.Add("参会单位最多 500 个。");
        }

        SupervisionException.ThrowIfAny(problems.Distinct().ToList());
        meeting.On = input.On!.Value;
        meeting.Kind = input.Kind;
        meeting.Topic = input.Topic!.Trim();
        meeting.OrganiserBodyId = input.OrganiserBodyId;
        meeting.Place = Text.Blank(input.Place);
        meeting.Notes = Text.Blank(input.Notes);
        meeting.CatalogItemId = itemId;
        return rows;
    }

    private static readonly char[] NameSeparators = ['、', ',', '，', ';', '；', '\n', '\r', ' ', '　'];

    public static List<string> PersonNames(string? people) =>
        [.. (people ?? "").Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>Adds a file, checked by its content as catalog attachments are; the bytes are stored once by their hash.</summary>
    public async Task<MeetingMaterial> AddMaterialAsync(Meeting meeting, string fileName, byte[] content, CancellationToken ct = default)
    {
        if (await db.MeetingMaterials.CountAsync(m => m.MeetingId == meeting.Id, ct) >= MaxMaterials)
        {
            throw new SupervisionException($"每次会议最多上传 {MaxMaterials} 个材料。");
        }

        FileKind kind;
        try
        {
            kind = Files.Check(content, fileName);
        }
        catch (FileRejectedException e)
        {
            throw new SupervisionException(e.Message);
        }

        var sha = Archive.Sha256(content);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await Blobs.AddAsync(db, sha, content, () => Search.TextExtraction.Extract(kind.ContentType, content), ct);

        var material = new MeetingMaterial { MeetingId = meeting.Id, FileName = Files.SafeName(fileName, kind), ContentType = kind.ContentType, Size = content.LongLength, Sha256 = sha };
        db.MeetingMaterials.Add(material);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return material;
    }

    public async Task RemoveMaterialAsync(Meeting meeting, int materialId, CancellationToken ct = default)
    {
        var material = await db.MeetingMaterials.SingleOrDefaultAsync(m => m.Id == materialId && m.MeetingId == meeting.Id, ct)
            ?? throw new SupervisionException("该材料不存在或已删除。");
        db.MeetingMaterials.Remove(material);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>For the annual report's 概述: meetings held in the year by kind, training sessions and the people trained.</summary>
    public async Task<MeetingYear> YearCountsAsync(int countyId, int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.CountyId == countyId && m.On >= from && m.On <= to)
            .Select(m => new { m.Id, m.Kind }).ToListAsync(ct);
        var ids = meetings.Select(m => m.Id).ToList();
        var people = await db.MeetingAttendance.AsNoTracking().Where(a => ids.Contains(a.MeetingId) && a.Attended)
            .GroupBy(a => a.MeetingId).Select(g => new { g.Key, Count = g.Sum(a => a.Count) }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var held = Enum.GetValues<MeetingKind>().ToDictionary(k => k, k => meetings.Count(m => m.Kind == k));
        return new MeetingYear(
            year,
            held,
            held[MeetingKind.Training],
            meetings.Where(m => m.Kind == MeetingKind.Training).Sum(m => people.GetValueOrDefault(m.Id)),
            meetings.Where(m => m.Kind == MeetingKind.WorkMeeting).Sum(m => people.GetValueOrDefault(m.Id)));
    }

    /// <summary>For the assessment: per body of the county, the meetings and training sessions of the year it was invited to and attended.</summary>
    public async Task<List<BodyAttendance>> AttendanceAsync(int countyId, int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rows = await db.MeetingAttendance.AsNoTracking()
            .Join(db.Meetings.Where(m => m.CountyId == countyId && m.On >= from && m.On <= to), a => a.MeetingId, m => m.Id, (a, m) => a)
            .Select(a => new { a.BodyId, a.Attended, a.Count }).ToListAsync(ct);
        return [.. rows.GroupBy(r => r.BodyId).OrderBy(g => g.Key)
            .Select(g => new BodyAttendance(g.Key, g.Count(), g.Count(r => r.Attended), g.Sum(r => r.Count)))];
    }
}

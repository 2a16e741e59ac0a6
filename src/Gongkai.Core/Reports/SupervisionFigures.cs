using Gongkai.Data;
using Gongkai.Supervision;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>
/// The county office's own work as the narrative report states it (meetings and training, key tasks, the website
/// census, the assessment, 人大建议/政协提案), counted from the supervision registers. Only a county that keeps those
/// registers on the platform gets the figures: for any other, a zero would claim what nobody recorded.
/// </summary>
public static class SupervisionFigures
{
    public static async Task AddAsync(GongkaiDb db, ReportData data, int countyId, CancellationToken ct = default)
    {
        var year = data.Year;
        var keepsMeetings = await db.Meetings.AnyAsync(m => m.CountyId == countyId, ct);
        var keepsTasks = await db.WorkPlans.AnyAsync(p => p.CountyId == countyId, ct);
        var keepsSuggestions = await db.Suggestions.AnyAsync(s => s.CountyId == countyId, ct);
        var keepsAssessment = await db.AssessmentSchemes.AnyAsync(s => s.CountyBodyId == countyId, ct);
        var census = await new Websites.WebsiteService(db).CensusCountsAsync(countyId, year, ct);
        if (!(keepsMeetings || keepsTasks || keepsSuggestions || keepsAssessment || census.Sites > 0))
        {
            return;
        }

        if (keepsMeetings)
        {
            var meetings = await new Meetings(db).YearCountsAsync(countyId, year, ct);
            data.Narrative["supervision.meetings"] = meetings.Held[MeetingKind.WorkMeeting];
            data.Narrative["supervision.trainings"] = meetings.TrainingSessions;
            data.Narrative["supervision.trained"] = meetings.PeopleTrained;
        }

        if (keepsTasks)
        {
            var yearEnd = new DateOnly(year, 12, 31);
            var tasks = await db.KeyTasks.AsNoTracking().Where(t => t.CountyId == countyId && t.Plan!.Year == year).Select(t => t.DoneOn).ToListAsync(ct);
            data.Narrative["tasks.total"] = tasks.Count;
            data.Narrative["tasks.done"] = tasks.Count(d => d <= yearEnd);
        }

        if (census.Sites > 0)
        {
            data.Narrative["websites.checked"] = census.Sites;
            data.Narrative["websites.closed"] = census.Close;
            data.Narrative["websites.rectified"] = census.Rectify;
        }

        if (keepsAssessment)
        {
            var assessment = await Assessment.AssessmentService.CountsAsync(db, countyId, year, ct);
            data.Narrative["assessment.schemes"] = assessment.Schemes;
            data.Narrative["assessment.spot-checks"] = assessment.SpotChecks;
            data.Narrative["assessment.inspections"] = assessment.Inspections;
            data.Narrative["assessment.year-end"] = assessment.YearEnd;
        }

        // Whenever the county keeps any register, the suggestions are counted: "未接到……办件" is then a fact of the records.
        var counts = await Suggestions.YearCountsAsync(db, countyId, year, ct);
        int Sum(SuggestionKind kind, bool city) => counts.Where(c => c.Kind == kind && (c.Level == CongressLevel.City) == city).Sum(c => c.Received);
        data.Narrative["suggestions.npc.city"] = Sum(SuggestionKind.DeputySuggestion, true);
        data.Narrative["suggestions.cppcc.city"] = Sum(SuggestionKind.MemberProposal, true);
        data.Narrative["suggestions.npc.other"] = Sum(SuggestionKind.DeputySuggestion, false);
        data.Narrative["suggestions.cppcc.other"] = Sum(SuggestionKind.MemberProposal, false);
        data.Narrative["suggestions.replied"] = counts.Sum(c => c.Replied);
        data.Narrative["suggestions.published"] = counts.Sum(c => c.Published);
    }
}

using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Documents;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Applications;

/// <summary>The reply letter as a printable page, or with ?format=docx as the Word file staff sign and send.</summary>
public sealed class LetterModel(GongkaiDb db, StaffContext staff) : PageModel
{
    public IReadOnlyList<DocParagraph> Paragraphs { get; private set; } = [];

    public string TrackingNumber { get; private set; } = "";

    public string Title { get; private set; } = ReplyLetter.Title;

    /// <param name="step">A step that sent a notice (correction, extension, fee); without it, the reply letter.</param>
    public async Task<IActionResult> OnGetAsync(int id, string? format, long? step)
    {
        var a = await db.Applications.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
        if (a is null)
        {
            return NotFound();
        }

        // Whether a letter exists is itself something only those who may read the application learn.
        if (!await ApplicationAccess.CanReadAsync(staff, a.BodyId))
        {
            return Forbid();
        }

        if (a.Outcome is null && step is null)
        {
            return NotFound();
        }

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == a.BodyId);
        if (step is not null)
        {
            var s = await db.ApplicationSteps.AsNoTracking().SingleOrDefaultAsync(x => x.Id == step && x.ApplicationId == id);
            if (s is null || !Notices.Kinds.TryGetValue(s.Action, out var kind))
            {
                return NotFound();
            }

            TrackingNumber = a.TrackingNumber;
            Title = kind.Title;
            var paragraphs = Notices.Paragraphs(s, a, body);
            return format == "docx"
                ? File(Docx.Write($"{kind.Title}（{a.TrackingNumber}）", paragraphs), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{kind.File}-{a.TrackingNumber}.docx")
                : ShowPage(paragraphs);
        }

        var parent = body.ParentId is { } pid ? await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == pid) : null;
        var corrected = await db.ApplicationSteps.AnyAsync(s => s.ApplicationId == id && s.Action == nameof(ApplicationAction.CorrectionReceived));
        var organ = ReplyLetter.ReviewOrgan(parent);
        TrackingNumber = a.TrackingNumber;
        if (format == "docx")
        {
            return File(ReplyLetter.Docx(a, body, organ, corrected), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"答复告知书-{a.TrackingNumber}.docx");
        }

        return ShowPage(ReplyLetter.Paragraphs(a, body, organ, corrected));
    }

    private PageResult ShowPage(IReadOnlyList<DocParagraph> paragraphs)
    {
        Paragraphs = paragraphs;
        return Page();
    }
}

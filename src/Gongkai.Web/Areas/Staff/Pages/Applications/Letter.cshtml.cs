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

    public async Task<IActionResult> OnGetAsync(int id, string? format)
    {
        var a = await db.Applications.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
        if (a is null || a.Outcome is null)
        {
            return NotFound();
        }

        if (!await ApplicationAccess.CanReadAsync(staff, a.BodyId))
        {
            return Forbid();
        }

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == a.BodyId);
        var parent = body.ParentId is { } pid ? await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == pid) : null;
        var corrected = await db.ApplicationSteps.AnyAsync(s => s.ApplicationId == id && s.Action == nameof(ApplicationAction.CorrectionReceived));
        var organ = ReplyLetter.ReviewOrgan(parent);
        TrackingNumber = a.TrackingNumber;
        if (format == "docx")
        {
            return File(ReplyLetter.Docx(a, body, organ, corrected), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"答复告知书-{a.TrackingNumber}.docx");
        }

        Paragraphs = ReplyLetter.Paragraphs(a, body, organ, corrected);
        return Page();
    }
}

using Gongkai.Audit;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Supervision;
using Gongkai.Web.Areas.Staff.Pages.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Meetings;

/// <summary>A meeting or training session: attendance, materials and history.</summary>
public sealed class MeetingModel(GongkaiDb db, StaffContext staff, Supervision.Meetings meetings) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public List<MeetingAttendance> Attendance { get; private set; } = [];

    public List<MeetingMaterial> Materials { get; private set; } = [];

    public string? LinkedIndexNumber { get; private set; }

    public List<AuditEvent> History { get; private set; } = [];

    public Dictionary<int, string> Names { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetFileAsync(int id, int materialId)
    {
        var m = await db.MeetingMaterials.AsNoTracking().SingleOrDefaultAsync(x => x.Id == materialId && x.MeetingId == id);
        if (m is null)
        {
            return NotFound();
        }

        var bytes = await Blobs.ReadAsync(db, m.Sha256, HttpContext.RequestAborted) ?? throw new BlobMissingException($"文件 {m.Sha256} 不在数据库中。");
        return File(bytes, m.ContentType, m.FileName);
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("", "请选择要上传的文件。");
        }
        else if (file.Length > Files.MaxBytes)
        {
            ModelState.AddModelError("", $"材料“{file.FileName}”超过 20 MB，请压缩或拆分后上传。");
        }
        else
        {
            try
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                var material = await meetings.AddMaterialAsync(Meeting, file.FileName, buffer.ToArray());
                TempData["Notice"] = $"已上传材料“{material.FileName}”。";
                return Redirect($"/staff/meetings/{id}");
            }
            catch (SupervisionException e)
            {
                RegisterPages.AddProblems(ModelState, e.Problems);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int id, int materialId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        try
        {
            await meetings.RemoveMaterialAsync(Meeting, materialId);
            TempData["Notice"] = "已删除材料。";
            return Redirect($"/staff/meetings/{id}");
        }
        catch (SupervisionException e)
        {
            RegisterPages.AddProblems(ModelState, e.Problems);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
        {
            return false;
        }

        Meeting = meeting;
        Attendance = await db.MeetingAttendance.AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.BodyId).ToListAsync();
        Materials = await db.MeetingMaterials.AsNoTracking().Where(m => m.MeetingId == id).OrderBy(m => m.Id).ToListAsync();
        LinkedIndexNumber = meeting.CatalogItemId is { } item ? await db.CatalogItems.Where(i => i.Id == item).Select(i => i.IndexNumber).SingleOrDefaultAsync() : null;
        History = await Counties.HistoryAsync(db, nameof(Supervision.Meeting), id);
        Names = await RegisterPages.NamesAsync(db);
        CanEdit = await RegisterPages.SupervisesAsync(staff, meeting.CountyId);
        return true;
    }
}

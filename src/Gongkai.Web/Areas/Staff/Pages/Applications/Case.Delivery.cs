using Gongkai.Applications;
using Gongkai.Catalog;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Applications;

/// <summary>The answer online (issue 18): files given with the decision, the scanned letter, electronic delivery and the register of replies.</summary>
public sealed partial class CaseModel
{
    public List<ApplicationFile> DisclosedFileList { get; private set; } = [];

    public List<ApplicationFile> LetterScans { get; private set; } = [];

    public bool Published { get; private set; }

    private DisclosedFiles Answers => HttpContext.RequestServices.GetRequiredService<DisclosedFiles>();

    private async Task LoadDeliveryAsync()
    {
        var files = await Answers.ListAsync(A.Id);
        DisclosedFileList = files.Where(f => f.Kind == ApplicationFileKind.Disclosed).ToList();
        LetterScans = files.Where(f => f.Kind == ApplicationFileKind.Letter).ToList();
        Published = await Answers.IsPublishedAsync(A.Id);
    }

    /// <summary>Adds a file to give with the decision, or the scanned letter; checked by its content.</summary>
    public async Task<IActionResult> OnPostAttachAsync(int id, IFormFile? file, ApplicationFileKind kind)
    {
        if (await HandlerAsync(id) is { } denied)
        {
            return denied;
        }

        if (file is null || file.Length == 0)
        {
            return Refuse("请选择要上传的文件。");
        }

        if (file.Length > Files.MaxBytes)
        {
            return Refuse($"附件“{file.FileName}”超过 20 MB，请压缩或拆分后上传。");
        }

        try
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            var added = await Answers.AttachAsync(A, kind, file.FileName, buffer.ToArray());
            TempData["Notice"] = $"已上传{(kind == ApplicationFileKind.Letter ? "申请信函扫描件" : "公开的文件")}“{added.FileName}”。";
            return Redirect($"/staff/applications/{id}");
        }
        catch (FileRejectedException e)
        {
            return Refuse(e.Message);
        }
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int id, int fileId)
    {
        if (await HandlerAsync(id) is { } denied)
        {
            return denied;
        }

        try
        {
            if (!await Answers.RemoveAsync(A, fileId))
            {
                return Refuse("该申请没有这个文件。");
            }
        }
        catch (FileRejectedException e)
        {
            return Refuse(e.Message);
        }

        TempData["Notice"] = "已删除文件。";
        return Redirect($"/staff/applications/{id}");
    }

    /// <summary>Records 电子送达 today: the applicant was told the answer is online (or got it by e-mail) and can download it.</summary>
    public async Task<IActionResult> OnPostDeliverOnlineAsync(int id, string? note)
    {
        if (await HandlerAsync(id) is { } denied)
        {
            return denied;
        }

        var text = (note ?? "").Trim();
        if (text.Length > 500)
        {
            return Refuse("送达说明不能超过 500 字。");
        }

        var comment = $"{DisclosedFiles.OnlineChannel}：答复告知书及公开的文件已在网上平台提供，申请人凭申请编号和查询码查询下载。{text}";
        bool done;
        try
        {
            done = await Answers.DeliverOnlineAsync(id, comment, staff.UserId, await ActorNameAsync());
        }
        catch (ApplicationInputException e)
        {
            return Refuse(e.Problems.ToArray());
        }

        if (!done)
        {
            return Refuse(A.DeliveredOn is null ? "只有已作出答复、尚未送达的申请可以电子送达。" : "该答复已经送达，不能重复送达。");
        }

        TempData["Notice"] = "已记录电子送达。";
        return Redirect($"/staff/applications/{id}");
    }

    /// <summary>Publishes the reply in the register, or takes it out (<paramref name="publish"/> false).</summary>
    public async Task<IActionResult> OnPostPublishAsync(int id, bool publish)
    {
        if (await HandlerAsync(id) is { } denied)
        {
            return denied;
        }

        if (!publish)
        {
            TempData["Notice"] = await Answers.UnpublishAsync(id) ? "已从“依申请公开答复选登”中撤下。" : "该答复未选登。";
            return Redirect($"/staff/applications/{id}");
        }

        try
        {
            await Answers.PublishAsync(id);
            TempData["Notice"] = "已在“依申请公开答复选登”中公开（已去除个人信息）。";
            return Redirect($"/staff/applications/{id}");
        }
        catch (ApplicationInputException e)
        {
            return Refuse(e.Problems.ToArray());
        }
    }

    /// <summary>The applicant withdrew consent by letter or telephone: the reply leaves the register and cannot be published again.</summary>
    public async Task<IActionResult> OnPostWithdrawConsentAsync(int id)
    {
        if (await HandlerAsync(id) is { } denied)
        {
            return denied;
        }

        await Answers.WithdrawConsentAsync(id);
        TempData["Notice"] = "已记录申请人撤回同意，答复不再选登。";
        return Redirect($"/staff/applications/{id}");
    }

    /// <summary>A file of this application, for whoever may read it.</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, int fileId)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        // A missing file answers like a bad post, not 404: the application itself exists and may be read.
        return await Answers.ReadAsync(id, fileId) is { } found
            ? File(found.Content, found.File.ContentType, found.File.FileName)
            : Refuse("该申请没有这个文件。");
    }

    /// <summary>Loads the case and refuses whoever does not handle the body's applications.</summary>
    private async Task<IActionResult?> HandlerAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        return CanHandle ? null : Forbid();
    }

    private PageResult Refuse(params string[] messages)
    {
        foreach (var m in messages)
        {
            ModelState.AddModelError("", m);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}

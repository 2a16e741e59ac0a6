using Gongkai.Data;
using Gongkai.Websites;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>
/// The demo county's government websites and their 2015 census (全国政府网站普查): the portal kept, ten sites
/// rectified (整改优化) and one closed (关闭), as the 2015 report states. The sites are registered inactive:
/// they are not crawled at load and carry no findings.
/// </summary>
public static class DemoWebsites
{
    /// <summary>(code, body code, name, address, kind, result, decided, done, note).</summary>
    private static readonly (string Code, string Body, string Name, string Address, WebsiteKind Kind, CensusResult Result, DateOnly Decided, DateOnly? Done, string Note)[] Sites =
    [
        ("wuxi-portal", "wuxi", "巫溪县人民政府公众信息网", "http://www.cqwx.gov.cn/", WebsiteKind.Portal, CensusResult.Keep, new(2015, 6, 30), null, "县政府门户网站，普查合格，保留。"),
        ("wuxi-jw", "jw", "巫溪县教育委员会网", "http://jw.cqwx.gov.cn/", WebsiteKind.Department, CensusResult.Rectify, new(2015, 6, 30), new(2015, 9, 15), "部分栏目长期未更新，已清理栏目并明确更新责任人。"),
        ("wuxi-rsj", "rsj", "巫溪县人力资源和社会保障网", "http://rsj.cqwx.gov.cn/", WebsiteKind.Department, CensusResult.Rectify, new(2015, 6, 30), new(2015, 9, 10), "空白栏目5个，已删除或补充内容。"),
        ("wuxi-wjw", "wjw", "巫溪县卫生和计划生育委员会网", "http://wjw.cqwx.gov.cn/", WebsiteKind.Department, CensusResult.Rectify, new(2015, 6, 30), new(2015, 9, 20), "互动交流渠道长期无人回复，已落实专人办理。"),
        ("wuxi-lvj", "lvj", "巫溪旅游网", "http://lvj.cqwx.gov.cn/", WebsiteKind.Department, CensusResult.Rectify, new(2015, 7, 10), new(2015, 10, 12), "首页动态两周以上未更新，已整改。"),
        ("wuxi-nw", "nw", "巫溪县农业信息网", "http://nw.cqwx.gov.cn/", WebsiteKind.Department, CensusResult.Rectify, new(2015, 7, 10), new(2015, 10, 8), "错链断链较多，已修复。"),
        ("wuxi-gfj", "gfj", "巫溪县国土资源和房屋管理网", "http://gfj.cqwx.gov.cn/", WebsiteKind.Department, CensusResult.Rectify, new(2015, 7, 10), new(2015, 10, 20), "通知公告栏目超过6个月未更新，已整改。"),
        ("wuxi-hbj", "hbj", "巫溪县环境保护网", "http://hbj.cqwx.gov.cn/", WebsiteKind.Department, CensusResult.Rectify, new(2015, 7, 20), new(2015, 10, 30), "政策文件栏目长期未更新，已整改。"),
        ("wuxi-ajj", "ajj", "巫溪县安全生产监督管理网", "http://ajj.cqwx.gov.cn/", WebsiteKind.Department, CensusResult.Rectify, new(2015, 7, 20), new(2015, 11, 5), "部分页面无法访问，已迁移至县政府集约化平台。"),
        ("wuxi-ninghe", "ninghe", "宁河街道网", "http://ninghe.cqwx.gov.cn/", WebsiteKind.Township, CensusResult.Rectify, new(2015, 8, 5), new(2015, 11, 10), "空白栏目较多，已精简栏目。"),
        ("wuxi-baiyang", "baiyang", "柏杨街道网", "http://baiyang.cqwx.gov.cn/", WebsiteKind.Township, CensusResult.Rectify, new(2015, 8, 5), new(2015, 11, 18), "首页信息两周以上未更新，已整改。"),
        ("wuxi-lvj-old", "lvj", "巫溪红池坝旅游信息网", "http://hcb.cqwx.gov.cn/", WebsiteKind.Department, CensusResult.Close, new(2015, 7, 10), new(2015, 8, 31), "长期无人维护，内容并入巫溪旅游网后关闭。"),
    ];

    /// <summary>Registers the demo sites and their 2015 census results under the county 巫溪县 (root body "wuxi"); a second call adds nothing.</summary>
    public static async Task LoadAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var root = await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "wuxi" && b.ParentId == null, ct);
        if (await db.Websites.AnyAsync(w => w.Code == "wuxi-portal", ct))
        {
            return;
        }

        var codes = Sites.Select(s => s.Body).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => codes.Contains(b.Code)).ToDictionaryAsync(b => b.Code, b => b.Id, ct);
        var service = new WebsiteService(db);
        var county = await service.CountyBodyIdsAsync(root.Id, ct);
        foreach (var s in Sites)
        {
            var bodyId = bodies[s.Body];
            if (!county.Contains(bodyId))
            {
                throw new InvalidOperationException($"demo site {s.Code}: body {s.Body} is not in the county");
            }

            var site = await service.RegisterAsync(new WebsiteInput(s.Code, bodyId, s.Name, s.Address, s.Kind, Active: false), ct);
            await service.RecordCensusAsync(site.Id, 2015, s.Result, s.Decided, s.Done, s.Note, ct);
        }
    }
}

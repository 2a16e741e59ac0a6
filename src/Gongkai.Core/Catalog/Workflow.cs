using Gongkai.Staff;

namespace Gongkai.Catalog;

/// <summary>Stored as its member name in review steps: never rename one.</summary>
public enum ReviewAction
{
    Submit,
    ClearConfidentiality,
    Approve,
    Return,
    Withdraw,
    Correct,
}

/// <summary>
/// Review before publication (预先审核) as an explicit table: from-state, action, to-state and the
/// privilege it takes. Stages a body has switched off are passed through.
/// </summary>
public static class Workflow
{
    public sealed record Transition(ItemState From, ReviewAction Action, ItemState To, Privilege Needs);

    public static readonly IReadOnlyList<Transition> Table =
    [
        new(ItemState.Draft, ReviewAction.Submit, ItemState.Submitted, Privilege.EditCatalog),
        new(ItemState.Returned, ReviewAction.Submit, ItemState.Submitted, Privilege.EditCatalog),
        new(ItemState.Submitted, ReviewAction.ClearConfidentiality, ItemState.ConfidentialityCleared, Privilege.ReviewCatalog),
        new(ItemState.ConfidentialityCleared, ReviewAction.Approve, ItemState.Published, Privilege.ReviewCatalog),
        new(ItemState.Submitted, ReviewAction.Return, ItemState.Returned, Privilege.ReviewCatalog),
        new(ItemState.ConfidentialityCleared, ReviewAction.Return, ItemState.Returned, Privilege.ReviewCatalog),
        new(ItemState.Draft, ReviewAction.Withdraw, ItemState.Withdrawn, Privilege.EditCatalog),
        new(ItemState.Returned, ReviewAction.Withdraw, ItemState.Withdrawn, Privilege.EditCatalog),
        new(ItemState.Published, ReviewAction.Withdraw, ItemState.Withdrawn, Privilege.ReviewCatalog),
        new(ItemState.Published, ReviewAction.Correct, ItemState.Draft, Privilege.EditCatalog),
    ];

    /// <summary>Actions whose comment is required: a return says what to fix, a withdrawal says why.</summary>
    public static bool NeedsComment(ReviewAction action) => action is ReviewAction.Return or ReviewAction.Withdraw;

    public static IEnumerable<Transition> From(ItemState state) => Table.Where(t => t.From == state);

    public static Transition? Find(ItemState state, ReviewAction action) =>
        Table.FirstOrDefault(t => t.From == state && t.Action == action);

    /// <summary>Where an action leads for a body with the given review stages, skipping stages that are switched off.</summary>
    public static ItemState Target(Transition t, bool confidentialityReview, bool contentReview)
    {
        var to = t.To;
        if (to == ItemState.Submitted && !confidentialityReview)
        {
            to = ItemState.ConfidentialityCleared;
        }

        if (to == ItemState.ConfidentialityCleared && !contentReview)
        {
            to = ItemState.Published;
        }

        return to;
    }

    public static string Label(ReviewAction a) => a switch
    {
        ReviewAction.Submit => "提交审核",
        ReviewAction.ClearConfidentiality => "保密审查通过",
        ReviewAction.Approve => "审核通过并公开",
        ReviewAction.Return => "退回修改",
        ReviewAction.Withdraw => "撤回",
        ReviewAction.Correct => "更正（修改后重新审核）",
        _ => a.ToString(),
    };
}

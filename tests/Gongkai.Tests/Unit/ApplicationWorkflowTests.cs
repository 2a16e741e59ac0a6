using Gongkai.Applications;
using Gongkai.Staff;

namespace Gongkai.Tests.Unit;

/// <summary>The application workflow table itself, as the catalog workflow's table is tested.</summary>
public class ApplicationWorkflowTests
{
    [Fact]
    public void Every_action_is_in_the_table_with_its_facts_and_no_step_is_listed_twice()
    {
        Assert.Equal(Enum.GetValues<ApplicationAction>().Order(), ApplicationWorkflow.Table.Select(t => t.Action).Distinct().Order());
        Assert.Equal(Enum.GetValues<ApplicationAction>().Order(), ApplicationWorkflow.Actions.Keys.Order());
        Assert.Equal(ApplicationWorkflow.Table.Count, ApplicationWorkflow.Table.Select(t => (t.From, t.Action)).Distinct().Count());
        Assert.Equal(ApplicationWorkflow.Actions.Count, ApplicationWorkflow.Actions.Values.Select(a => a.Label).Distinct().Count());
        Assert.All(ApplicationWorkflow.Actions.Values, a => Assert.True(a.CommentRequired is null || a.CommentLabel is not null, $"{a.Action}: a required comment needs a field"));
        Assert.Null(ApplicationWorkflow.Info(ApplicationAction.Assign).DateLabel);
        Assert.All(ApplicationWorkflow.Actions.Values.Where(a => a.Action != ApplicationAction.Assign), a => Assert.NotNull(a.DateLabel));
    }

    [Fact]
    public void Every_state_is_reachable_from_received_and_nothing_leaves_closed()
    {
        var seen = new HashSet<ApplicationState> { ApplicationState.Received };
        var queue = new Queue<ApplicationState>(seen);
        while (queue.TryDequeue(out var state))
        {
            foreach (var t in ApplicationWorkflow.From(state).Where(t => seen.Add(t.To)))
            {
                queue.Enqueue(t.To);
            }
        }

        Assert.Equal(Enum.GetValues<ApplicationState>().Order(), seen.Order());
        Assert.Empty(ApplicationWorkflow.From(ApplicationState.Closed));
        Assert.All(Enum.GetValues<ApplicationState>().Where(s => s != ApplicationState.Closed), s => Assert.NotEmpty(ApplicationWorkflow.From(s)));
    }

    [Theory]
    [InlineData(ApplicationState.Received, ApplicationAction.Accept, ApplicationState.InProgress)]
    [InlineData(ApplicationState.Received, ApplicationAction.Transfer, ApplicationState.Received)]
    [InlineData(ApplicationState.InProgress, ApplicationAction.Assign, ApplicationState.InProgress)]
    [InlineData(ApplicationState.InProgress, ApplicationAction.Transfer, ApplicationState.Received)]
    [InlineData(ApplicationState.InProgress, ApplicationAction.RequestCorrection, ApplicationState.AwaitingCorrection)]
    [InlineData(ApplicationState.AwaitingCorrection, ApplicationAction.CorrectionReceived, ApplicationState.InProgress)]
    [InlineData(ApplicationState.AwaitingCorrection, ApplicationAction.CloseNoCorrection, ApplicationState.Closed)]
    [InlineData(ApplicationState.InProgress, ApplicationAction.StartConsultation, ApplicationState.Consulting)]
    [InlineData(ApplicationState.Consulting, ApplicationAction.EndConsultation, ApplicationState.InProgress)]
    [InlineData(ApplicationState.InProgress, ApplicationAction.RequestExtension, ApplicationState.InProgress)]
    [InlineData(ApplicationState.Consulting, ApplicationAction.RequestExtension, ApplicationState.Consulting)]
    [InlineData(ApplicationState.InProgress, ApplicationAction.ApproveExtension, ApplicationState.InProgress)]
    [InlineData(ApplicationState.Consulting, ApplicationAction.ApproveExtension, ApplicationState.Consulting)]
    [InlineData(ApplicationState.InProgress, ApplicationAction.NoticeFee, ApplicationState.AwaitingFee)]
    [InlineData(ApplicationState.AwaitingFee, ApplicationAction.FeePaid, ApplicationState.InProgress)]
    [InlineData(ApplicationState.AwaitingFee, ApplicationAction.CloseFeeUnpaid, ApplicationState.Closed)]
    [InlineData(ApplicationState.InProgress, ApplicationAction.Decide, ApplicationState.Decided)]
    [InlineData(ApplicationState.Decided, ApplicationAction.Deliver, ApplicationState.Closed)]
    [InlineData(ApplicationState.Received, ApplicationAction.Withdraw, ApplicationState.Closed)]
    [InlineData(ApplicationState.InProgress, ApplicationAction.Withdraw, ApplicationState.Closed)]
    [InlineData(ApplicationState.AwaitingCorrection, ApplicationAction.Withdraw, ApplicationState.Closed)]
    [InlineData(ApplicationState.Consulting, ApplicationAction.Withdraw, ApplicationState.Closed)]
    [InlineData(ApplicationState.AwaitingFee, ApplicationAction.Withdraw, ApplicationState.Closed)]
    public void Each_step_leads_where_the_table_says_and_only_approval_needs_more_than_handling(ApplicationState from, ApplicationAction action, ApplicationState to)
    {
        var t = ApplicationWorkflow.Find(from, action);
        Assert.NotNull(t);
        Assert.Equal(to, t.To);
        Assert.Equal(action == ApplicationAction.ApproveExtension ? Privilege.ApproveExtension : Privilege.HandleApplications, t.Needs);
    }

    [Fact]
    public void The_table_has_exactly_the_steps_listed_and_the_approval_follows_the_request()
    {
        Assert.Equal(23, ApplicationWorkflow.Table.Count);
        var request = ApplicationWorkflow.Info(ApplicationAction.RequestExtension);
        Assert.Equal(ApplicationAction.ApproveExtension, request.ApprovedBy);
        Assert.All(ApplicationWorkflow.Table.Where(t => t.Action == ApplicationAction.RequestExtension), t => Assert.NotNull(ApplicationWorkflow.Find(t.To, ApplicationAction.ApproveExtension)));
        Assert.All(ApplicationWorkflow.Actions.Values.Where(a => a.ApprovedBy is not null), a => Assert.Equal(ApplicationAction.RequestExtension, a.Action));
    }

    [Fact]
    public void The_applicant_is_told_of_exactly_the_steps_that_concern_them()
    {
        var told = ApplicationWorkflow.Actions.Values.Where(a => a.Notifies is not null).ToDictionary(a => a.Action, a => a.Notifies!.Value);
        Assert.Equal(
            new Dictionary<ApplicationAction, ApplicationWorkflow.Notice>
            {
                [ApplicationAction.RequestCorrection] = ApplicationWorkflow.Notice.CorrectionRequested,
                [ApplicationAction.ApproveExtension] = ApplicationWorkflow.Notice.Extended,
                [ApplicationAction.StartConsultation] = ApplicationWorkflow.Notice.ConsultationStarted,
                [ApplicationAction.NoticeFee] = ApplicationWorkflow.Notice.FeeNotice,
                [ApplicationAction.Decide] = ApplicationWorkflow.Notice.Decided,
            },
            told);
        Assert.All(Enum.GetValues<ApplicationWorkflow.Notice>(), n => Assert.True(Gongkai.Notifications.ApplicantTemplates.Defaults.ContainsKey(n)));
    }
}

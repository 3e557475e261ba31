using System;
using HotChocolate;
using HotChocolate.Types;

namespace Timesheets.GraphQL;

public record LogTimeInput(Guid ProjectId, decimal Hours, TimeSpan Break, string? Note);

public record TimeEntry(Guid ProjectId, decimal Hours, TimeSpan Break, string Note);

public interface ITimesheetStore
{
    TimeEntry Add(TimeEntry entry);
}

[MutationType]
public static class TimesheetMutations
{
    public static TimeEntry LogTime(LogTimeInput input, [Service] ITimesheetStore store)
    {
        if (input.Hours == null) // expect: value-type-null-comparison
            throw new GraphQLException("Hours are required.");
        var pause = input.Break != null ? input.Break : TimeSpan.Zero; // expect: value-type-null-comparison
        return store.Add(new TimeEntry(input.ProjectId, input.Hours, pause, input.Note ?? ""));
    }
}

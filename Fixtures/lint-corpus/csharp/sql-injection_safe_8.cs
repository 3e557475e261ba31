using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public class TicketRepository
{
    private readonly IStatementRunner _store;
    private readonly ILogger<TicketRepository> _log;

    public TicketRepository(IStatementRunner store, ILogger<TicketRepository> log) => (_store, _log) = (store, log);

    public IList<Ticket> ByOwner(string owner)
    {
        _log.LogDebug($"SELECT tickets WHERE owner = '{owner}'");
        return _store.RunStatement<Ticket>("SELECT * FROM tickets WHERE owner = @owner", new { owner });
    }
}

using System.Collections.Generic;

public class TicketRepository
{
    private readonly IStatementRunner _store;

    public TicketRepository(IStatementRunner store) => _store = store;

    public IList<Ticket> ByOwner(string owner)
    {
        var sql = $"SELECT * FROM tickets WHERE owner = '{owner}'";
        return _store.RunStatement<Ticket>(sql); // expect: sql-injection
    }
}

package com.acme.ledger.grpc;

import com.acme.ledger.proto.EntryReply;
import com.acme.ledger.proto.EntryQuery;
import com.acme.ledger.proto.LedgerServiceGrpc;
import com.acme.ledger.proto.TagRequest;
import com.acme.ledger.proto.TagReply;
import io.grpc.stub.StreamObserver;
import java.util.List;
import org.sql2o.Connection;
import org.sql2o.Sql2o;

public final class LedgerService extends LedgerServiceGrpc.LedgerServiceImplBase {

    private final Sql2o sql2o;

    public LedgerService(Sql2o sql2o) {
        this.sql2o = sql2o;
    }

    @Override
    public void listEntries(EntryQuery request, StreamObserver<EntryReply> responses) {
        String sql = "SELECT id, account, amount_cents, memo FROM entry WHERE account = '"
                + request.getAccount() + "' ORDER BY " + request.getSortBy() + " LIMIT 200";
        try (Connection con = sql2o.open()) {
            List<LedgerRow> rows = con.createQuery(sql).executeAndFetch(LedgerRow.class); // expect: sql-injection
            for (LedgerRow row : rows) {
                responses.onNext(row.toReply());
            }
        }
        responses.onCompleted();
    }

    @Override
    public void tagEntry(TagRequest request, StreamObserver<TagReply> responses) {
        try (Connection con = sql2o.beginTransaction()) {
            con.createQuery(String.format( // expect: sql-injection
                    "UPDATE entry SET tags = array_append(tags, '%s') WHERE id = %d",
                    request.getTag(), request.getEntryId()))
                .executeUpdate();
            con.commit();
        }
        responses.onNext(TagReply.newBuilder().setOk(true).build());
        responses.onCompleted();
    }
}

package com.acme.ledger.grpc;

import com.acme.ledger.proto.EntryReply;
import com.acme.ledger.proto.EntryQuery;
import com.acme.ledger.proto.LedgerServiceGrpc;
import com.acme.ledger.proto.TagRequest;
import com.acme.ledger.proto.TagReply;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.Map;
import org.sql2o.Connection;
import org.sql2o.Sql2o;

public final class LedgerService extends LedgerServiceGrpc.LedgerServiceImplBase {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "amount", "amount_cents",
            "posted", "posted_at",
            "id", "id");

    private final Sql2o sql2o;

    public LedgerService(Sql2o sql2o) {
        this.sql2o = sql2o;
    }

    @Override
    public void listEntries(EntryQuery request, StreamObserver<EntryReply> responses) {
        String order = SORT_COLUMNS.getOrDefault(request.getSortBy(), "id");
        String sql = "SELECT id, account, amount_cents, memo FROM entry WHERE account = :account ORDER BY "
                + order + " LIMIT 200";
        try (Connection con = sql2o.open()) {
            List<LedgerRow> rows = con.createQuery(sql)
                    .addParameter("account", request.getAccount())
                    .executeAndFetch(LedgerRow.class);
            for (LedgerRow row : rows) {
                responses.onNext(row.toReply());
            }
        }
        responses.onCompleted();
    }

    @Override
    public void tagEntry(TagRequest request, StreamObserver<TagReply> responses) {
        try (Connection con = sql2o.beginTransaction()) {
            con.createQuery("UPDATE entry SET tags = array_append(tags, :tag) WHERE id = :id")
                .addParameter("tag", request.getTag())
                .addParameter("id", request.getEntryId())
                .executeUpdate();
            con.commit();
        }
        responses.onNext(TagReply.newBuilder().setOk(true).build());
        responses.onCompleted();
    }
}

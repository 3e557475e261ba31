package com.acme.inventory.grpc;

import static java.util.stream.Collectors.groupingBy; // expect: unused-import
import static java.util.stream.Collectors.toList;

import com.acme.inventory.proto.InventoryServiceGrpc;
import com.acme.inventory.proto.StockReply;
import com.acme.inventory.proto.StockRequest;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream; // expect: unused-import

public final class InventoryService extends InventoryServiceGrpc.InventoryServiceImplBase {

    private final StockRepository stock;

    public InventoryService(StockRepository stock) {
        this.stock = Objects.requireNonNull(stock);
    }

    @Override
    public void levels(StockRequest request, StreamObserver<StockReply> responses) {
        if (request.getSkusCount() == 0) {
            responses.onError(Status.INVALID_ARGUMENT.withDescription("no skus").asRuntimeException());
            return;
        }
        List<StockLevel> levels = request.getSkusList().stream()
                .map(stock::levelOf)
                .filter(Objects::nonNull)
                .collect(toList());
        StockReply.Builder reply = StockReply.newBuilder();
        levels.forEach(l -> reply.putLevels(l.sku(), l.quantity()));
        responses.onNext(reply.build());
        responses.onCompleted();
    }
}

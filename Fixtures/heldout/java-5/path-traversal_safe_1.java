package com.acme.docs.grpc;

import com.acme.docs.proto.DeleteRequest;
import com.acme.docs.proto.DeleteReply;
import com.acme.docs.proto.DocumentServiceGrpc;
import com.acme.docs.proto.ReadRequest;
import com.acme.docs.proto.ReadReply;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;

public class DocumentService extends DocumentServiceGrpc.DocumentServiceImplBase {

    private final Path root = Paths.get(System.getProperty("docs.root", "/srv/docs")).toAbsolutePath().normalize();

    /** Resolves inside the docs root or fails; "..", absolute paths and other workspaces are refused. */
    private Path locate(String workspace, String name) {
        Path base = root.resolve(workspace).normalize();
        Path file = base.resolve(name).normalize();
        if (!base.getParent().equals(root) || !file.startsWith(base)) {
            throw Status.INVALID_ARGUMENT.withDescription("bad path").asRuntimeException();
        }
        return file;
    }

    @Override
    public void read(ReadRequest request, StreamObserver<ReadReply> responses) {
        Path file = locate(request.getWorkspace(), request.getPath());
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String text = reader.lines().collect(Collectors.joining("\n"));
            responses.onNext(ReadReply.newBuilder().setText(text).build());
            responses.onCompleted();
        } catch (IOException e) {
            responses.onError(Status.NOT_FOUND.withDescription(e.getMessage()).asRuntimeException());
        }
    }

    @Override
    public void delete(DeleteRequest request, StreamObserver<DeleteReply> responses) {
        Path file = locate(request.getWorkspace(), request.getPath());
        try {
            boolean removed = Files.deleteIfExists(file);
            responses.onNext(DeleteReply.newBuilder().setRemoved(removed).build());
            responses.onCompleted();
        } catch (IOException e) {
            responses.onError(Status.INTERNAL.withDescription(e.getMessage()).asRuntimeException());
        }
    }
}

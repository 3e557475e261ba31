package com.acme.sessions.grpc;

import com.acme.sessions.proto.LoginReply;
import com.acme.sessions.proto.LoginRequest;
import com.acme.sessions.proto.SessionServiceGrpc;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

public final class SessionService extends SessionServiceGrpc.SessionServiceImplBase {

    private final SecureRandom rng = new SecureRandom();
    private final CredentialChecker credentials;
    private final SessionStore store;

    public SessionService(CredentialChecker credentials, SessionStore store) {
        this.credentials = credentials;
        this.store = store;
    }

    @Override
    public void login(LoginRequest request, StreamObserver<LoginReply> responses) {
        if (!credentials.check(request.getUser(), request.getPassword())) {
            responses.onError(Status.UNAUTHENTICATED.asRuntimeException());
            return;
        }
        byte[] id = new byte[16];
        rng.nextBytes(id);
        String sessionId = HexFormat.of().formatHex(id);
        String refresh = refreshToken();
        store.save(sessionId, refresh, request.getUser());
        responses.onNext(LoginReply.newBuilder().setSessionId(sessionId).setRefreshToken(refresh).build());
        responses.onCompleted();
    }

    private String refreshToken() {
        byte[] raw = new byte[32];
        rng.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}

package com.acme.sessions.grpc;

import com.acme.sessions.proto.LoginReply;
import com.acme.sessions.proto.LoginRequest;
import com.acme.sessions.proto.SessionServiceGrpc;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.SplittableRandom;

public final class SessionService extends SessionServiceGrpc.SessionServiceImplBase {

    private final SplittableRandom rng = new SplittableRandom();
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
        String sessionId = Long.toHexString(rng.nextLong()) + Long.toHexString(rng.nextLong()); // expect: insecure-random
        String refresh = refreshToken();
        store.save(sessionId, refresh, request.getUser());
        responses.onNext(LoginReply.newBuilder().setSessionId(sessionId).setRefreshToken(refresh).build());
        responses.onCompleted();
    }

    private String refreshToken() {
        return rng.ints(32, 0, 36) // expect: insecure-random
                .mapToObj(i -> Character.toString(Character.forDigit(i, 36)))
                .reduce("", String::concat);
    }
}

package com.acme.geo.grpc;

import com.acme.geo.proto.GeocodeReply;
import com.acme.geo.proto.GeocodeRequest;
import com.acme.geo.proto.GeoServiceGrpc;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

public final class GeoService extends GeoServiceGrpc.GeoServiceImplBase {

    private final Geocoder geocoder;
    private final GeoCache cache;

    public GeoService(Geocoder geocoder, GeoCache cache) {
        this.geocoder = geocoder;
        this.cache = cache;
    }

    @Override
    public void geocode(GeocodeRequest request, StreamObserver<GeocodeReply> responses) {
        try {
            GeocodeReply reply = cache.computeIfAbsent(request.getAddress(), geocoder::lookup);
            responses.onNext(reply);
            responses.onCompleted();
        } catch (GeocoderUnavailableException failure) {
            responses.onError(Status.UNAVAILABLE.withCause(failure).asRuntimeException());
        } catch (IllegalArgumentException badAddress) {
            responses.onError(Status.INVALID_ARGUMENT.withDescription(badAddress.getMessage()).asRuntimeException());
        }
    }

    @Override
    public StreamObserver<GeocodeRequest> geocodeStream(StreamObserver<GeocodeReply> responses) {
        return new StreamObserver<>() {
            @Override
            public void onNext(GeocodeRequest value) {
                responses.onNext(geocoder.lookup(value.getAddress()));
            }

            @Override
            public void onError(Throwable t) {
                cache.evictPending();
            }

            @Override
            public void onCompleted() {
                responses.onCompleted();
            }
        };
    }
}

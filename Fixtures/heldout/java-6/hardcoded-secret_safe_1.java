package com.example.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;

/** AWS Lambda: copies new uploads into the partner's bucket, using the partner role's profile. */
class PartnerMirrorHandler implements RequestHandler<S3Event, Integer> {
    private static final String PARTNER_BUCKET = "acme-partner-inbox";
    private static final String PARTNER_PROFILE_ENV = "PARTNER_PROFILE";
    private final S3Client partnerS3 = S3Client.builder()
            .region(Region.EU_CENTRAL_1)
            .credentialsProvider(ProfileCredentialsProvider.create(System.getenv(PARTNER_PROFILE_ENV)))
            .build();

    @Override
    public Integer handleRequest(S3Event event, Context context) {
        event.getRecords().forEach(rec -> partnerS3.copyObject(CopyObjectRequest.builder()
                .sourceBucket(rec.getS3().getBucket().getName())
                .sourceKey(rec.getS3().getObject().getKey())
                .destinationBucket(PARTNER_BUCKET)
                .destinationKey(rec.getS3().getObject().getKey())
                .build()));
        return event.getRecords().size();
    }
}

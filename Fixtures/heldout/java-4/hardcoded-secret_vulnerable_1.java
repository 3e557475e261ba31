package com.example.billing.config;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Quarkus producers for the billing service's invoice archive. */
@ApplicationScoped
public class ArchiveConfig {
    static final String ARCHIVE_BUCKET = "billing-invoices-prod";

    private static final String AWS_ACCESS_KEY = "AKIAZ3QH7VXN5LJ2KD4P"; // expect: hardcoded-secret
    private static final String AWS_SECRET_KEY = "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"; // expect: hardcoded-secret

    @Produces
    @DefaultBean
    S3Client archiveClient() {
        return S3Client.builder()
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(AWS_ACCESS_KEY, AWS_SECRET_KEY)))
                .build();
    }

    static boolean archiveReady(AgroalDataSource ds) {
        return ds.getConfiguration().connectionPoolConfiguration().maxSize() > 0;
    }
}

package com.example.billing.config;

import io.quarkus.arc.DefaultBean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Quarkus producers for the billing service's invoice archive. */
@ApplicationScoped
public class ArchiveConfig {
    static final String ARCHIVE_BUCKET = "billing-invoices-prod";
    static final String SECRET_KEY_PROPERTY = "archive.aws.secret-key";

    @ConfigProperty(name = "archive.aws.access-key", defaultValue = "")
    String accessKey;

    @ConfigProperty(name = SECRET_KEY_PROPERTY, defaultValue = "")
    String secretKey;

    @Produces
    @DefaultBean
    S3Client archiveClient() {
        var builder = S3Client.builder().region(Region.EU_CENTRAL_1);
        if (accessKey.isEmpty() || secretKey.isEmpty()) {
            // instance role on the cluster
            return builder.credentialsProvider(DefaultCredentialsProvider.create()).build();
        }
        return builder.credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(accessKey, secretKey))).build();
    }
}

package com.acme.media.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public final class StorageConfig {

    private static final String ACCESS_KEY_ID = "AKIAQ3EGT5EXAMPLE7LM"; // expect: hardcoded-secret
    private static final String SECRET_ACCESS_KEY = "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"; // expect: hardcoded-secret

    private StorageConfig() {}

    public static S3Client s3() {
        return S3Client.builder()
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
                .build();
    }

    public static Connection catalogDb() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://db.internal:5432/media", "media_app", "Wint3r!sComing-2024"); // expect: hardcoded-secret
    }
}

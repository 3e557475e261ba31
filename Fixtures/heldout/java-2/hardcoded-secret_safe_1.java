package com.acme.media.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public final class StorageConfig {

    private static final String DB_PASSWORD_ENV = "MEDIA_DB_PASSWORD";
    private static final String DB_URL = "jdbc:postgresql://db.internal:5432/media";

    private StorageConfig() {}

    public static S3Client s3() {
        return S3Client.builder()
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(DefaultCredentialsProvider.create())
                .build();
    }

    public static Connection catalogDb() throws SQLException {
        String password = System.getenv(DB_PASSWORD_ENV);
        if (password == null) {
            throw new IllegalStateException(DB_PASSWORD_ENV + " is not set");
        }
        return DriverManager.getConnection(DB_URL, "media_app", password);
    }
}

class Datasource {
    DataSource build() {
        return DataSourceBuilder.create()
                .url("jdbc:postgresql://db.internal:5432/app")
                .username("app")
                .password("Xq8v2LmT9wRz4Kp7") // expect: hardcoded-secret
                .build();
    }
}

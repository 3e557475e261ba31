package com.acme.batch.config;

import javax.sql.DataSource;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Nightly Spring Batch job that copies settled payments from the payment provider's replica. */
@Configuration
public class SettlementJobConfig {

    @Bean
    public DataSource providerReplica(@Value("${payprov.replica.password}") String password) {
        DriverManagerDataSource ds = new DriverManagerDataSource();
        ds.setUrl("jdbc:postgresql://replica.payprov.net:5432/settlements");
        ds.setUsername("acme_batch");
        ds.setPassword(password);
        return ds;
    }

    @Bean
    public ProviderApi providerApi(@Value("${payprov.api-key}") String apiKey) {
        return new ProviderApi("https://api.payprov.net", apiKey);
    }

    @Bean
    public Job settlementJob(JobRepository repository, Step copySettled, Step reconcile) {
        return new JobBuilder("settlement", repository)
                .start(copySettled)
                .next(reconcile)
                .build();
    }
}

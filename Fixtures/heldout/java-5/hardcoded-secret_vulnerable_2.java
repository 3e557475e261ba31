package com.acme.batch.config;

import javax.sql.DataSource;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Nightly Spring Batch job that copies settled payments from the payment provider's replica. */
@Configuration
public class SettlementJobConfig {

    @Bean
    public DataSource providerReplica() {
        DriverManagerDataSource ds = new DriverManagerDataSource();
        ds.setUrl("jdbc:postgresql://replica.payprov.net:5432/settlements");
        ds.setUsername("acme_batch");
        ds.setPassword("Sx!8rQe2#Lm4vN7t"); // expect: hardcoded-secret
        return ds;
    }

    @Bean
    public ProviderApi providerApi() {
        return new ProviderApi("https://api.payprov.net", "pk_live_51H8cXeLq0dA3mV7yT2uRkW9zB"); // expect: hardcoded-secret
    }

    @Bean
    public Job settlementJob(JobRepository repository, Step copySettled, Step reconcile) {
        return new JobBuilder("settlement", repository)
                .start(copySettled)
                .next(reconcile)
                .build();
    }
}

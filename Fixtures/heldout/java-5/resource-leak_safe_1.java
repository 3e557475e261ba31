package com.acme.batch.steps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/** Spring Batch tasklet: splits the bank's settlement file into accepted and rejected lines. */
public class SplitSettlementFileTasklet implements Tasklet {

    private final Path inbox;
    private final Path outbox;

    public SplitSettlementFileTasklet(Path inbox, Path outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        String file = (String) chunk.getStepContext().getJobParameters().get("file");
        int accepted = 0;
        try (BufferedReader in = Files.newBufferedReader(inbox.resolve(file), StandardCharsets.UTF_8);
             PrintWriter rejected = new PrintWriter(
                     Files.newBufferedWriter(outbox.resolve(file + ".rejected"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("SETTLED;")) {
                    accepted++;
                } else {
                    rejected.println(line);
                }
            }
        }
        contribution.incrementWriteCount(accepted);
        return RepeatStatus.FINISHED;
    }
}

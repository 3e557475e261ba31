package org.harbor.flow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.AbstractProcessor;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.Relationship;

/** NiFi processor: writes each flow file's content to the archive under its "filename" attribute. */
class ArchiveContent extends AbstractProcessor {

    static final Relationship SUCCESS = new Relationship.Builder().name("success").build();
    static final Relationship FAILURE = new Relationship.Builder().name("failure").build();

    private final Path archiveRoot = Paths.get("/data/archive");

    @Override
    public Set<Relationship> getRelationships() {
        return Set.of(SUCCESS, FAILURE);
    }

    @Override
    public void onTrigger(ProcessContext context, ProcessSession session) {
        FlowFile flowFile = session.get();
        if (flowFile == null) {
            return;
        }
        String name = flowFile.getAttribute("filename");
        Path target = archiveRoot.resolve(flowFile.getAttribute("tenant")).resolve(name);
        try (OutputStream out = Files.newOutputStream(target)) { // expect: path-traversal
            session.exportTo(flowFile, out);
            session.transfer(flowFile, SUCCESS);
        } catch (IOException e) {
            getLogger().error("archive failed for {}", name, e);
            session.transfer(flowFile, FAILURE);
        }
    }
}

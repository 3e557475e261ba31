package org.harbor.jobs;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.batch.api.chunk.AbstractItemWriter;
import javax.inject.Named;

/** Jakarta Batch writer: pushes each chunk of price changes to the shop's search index. */
@Named
class PriceIndexWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(PriceIndexWriter.class.getName());

    interface SearchIndex {
        void upsert(Object document);
    }

    private final SearchIndex index;
    private int skipped;

    PriceIndexWriter(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            try {
                index.upsert(item);
            } catch (Throwable t) { // expect: catch-throwable
                skipped++;
                LOG.log(Level.WARNING, "skipping document " + item, t);
            }
        }
    }

    @Override
    public java.io.Serializable checkpointInfo() {
        return skipped;
    }
}

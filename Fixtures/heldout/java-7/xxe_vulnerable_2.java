import java.io.File;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jobrunr.jobs.annotations.Job;
import org.xml.sax.SAXException;

// JobRunr job: validates a partner's uploaded catalogue feed against the XSD the partner uploaded with it.
class FeedValidationJob {
    private final FeedStore store;

    FeedValidationJob(FeedStore store) {
        this.store = store;
    }

    @Job(name = "Validate feed %0")
    public void validate(long feedId) throws IOException {
        File xsd = store.schemaFile(feedId);
        File feed = store.feedFile(feedId);
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Schema schema = factory.newSchema(new StreamSource(xsd)); // expect: xxe
            Validator validator = schema.newValidator();
            validator.validate(new StreamSource(feed)); // expect: xxe
            store.markValid(feedId);
        } catch (SAXException e) {
            store.markInvalid(feedId, e.getMessage());
        }
    }
}

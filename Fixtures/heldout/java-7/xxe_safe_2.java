import java.io.File;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jobrunr.jobs.annotations.Job;
import org.xml.sax.SAXException;

// JobRunr job: validates a partner's uploaded catalogue feed against our own bundled XSD.
class FeedValidationJob {
    private final FeedStore store;
    private final Schema schema;

    FeedValidationJob(FeedStore store) throws SAXException {
        this.store = store;
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        this.schema = factory.newSchema(FeedValidationJob.class.getResource("/schemas/catalogue-v3.xsd"));
    }

    @Job(name = "Validate feed %0")
    public void validate(long feedId) throws IOException {
        File feed = store.feedFile(feedId);
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(feed));
            store.markValid(feedId);
        } catch (SAXException e) {
            store.markInvalid(feedId, e.getMessage());
        }
    }
}

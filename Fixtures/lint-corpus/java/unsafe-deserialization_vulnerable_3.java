import java.beans.XMLDecoder;
import java.io.InputStream;

public class SettingsImport {
    public Object load(InputStream upload) {
        try (XMLDecoder decoder = new XMLDecoder(upload)) {
            return decoder.readObject(); // expect: unsafe-deserialization
        }
    }
}

import java.io.*;
import java.util.Set;

public class QueueReader {
    private static final Set<String> ALLOWED = Set.of("com.acme.Job", "java.lang.String");

    static final class Checked extends ObjectInputStream {
        Checked(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            if (!ALLOWED.contains(desc.getName())) {
                throw new InvalidClassException("rejected", desc.getName());
            }
            return super.resolveClass(desc);
        }
    }

    public Object next(InputStream raw) throws IOException, ClassNotFoundException {
        try (Checked in = new Checked(raw)) {
            return in.readObject();
        }
    }

    public Object filtered(byte[] blob) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(blob))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.acme.Job;!*"));
            return in.readObject();
        }
    }
}

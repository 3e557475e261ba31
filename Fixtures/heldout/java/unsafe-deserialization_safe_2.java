package com.example.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.net.Socket;
import java.util.Set;

/** Reads JobSpec objects, but only JobSpec and its field types may be resolved. */
public class JobReader {

    private static final Set<String> ALLOWED = Set.of(
            "com.example.jobs.JobSpec", "java.lang.String", "java.lang.Integer", "java.lang.Number");

    static final class AllowListInputStream extends ObjectInputStream {
        AllowListInputStream(InputStream in) throws IOException {
            super(in);
            setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "com.example.jobs.JobSpec;java.lang.*;maxdepth=3;maxrefs=100;!*"));
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            if (!ALLOWED.contains(desc.getName())) {
                throw new InvalidClassException("not allowed", desc.getName());
            }
            return super.resolveClass(desc);
        }
    }

    public JobSpec read(Socket s) throws IOException, ClassNotFoundException {
        try (AllowListInputStream in = new AllowListInputStream(s.getInputStream())) {
            return (JobSpec) in.readObject();
        }
    }
}

package util;

import java.util.ArrayList;
import java.util.HashMap; // expect: unused-import
import java.util.List;
import java.util.stream.Collectors; // expect: unused-import

public class Names {
    public List<String> upper(List<String> names) {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            result.add(name.toUpperCase());
        }
        return result;
    }
}

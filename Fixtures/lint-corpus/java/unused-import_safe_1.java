package util;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public class Names {
    public Map<Integer, List<String>> byLength(List<String> names) {
        return names.stream().collect(Collectors.groupingBy(String::length));
    }
}

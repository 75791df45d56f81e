package io.neurograph.engine.capsule.cgraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON parsing gives integers back as Integer, Long or BigInteger by size. Manifest values promise
 * Long for every integer that fits one (BigInteger only beyond), so values compare equal before and
 * after a round trip through the file.
 */
final class JsonIntegers {
    private JsonIntegers() {
    }

    static Object widen(Object value) {
        return switch (value) {
            case Integer i -> Long.valueOf(i);
            case Short s -> Long.valueOf(s);
            case Byte b -> Long.valueOf(b);
            case List<?> list -> widen(list);
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(k, widen(v)));
                yield Collections.unmodifiableMap(copy);
            }
            case null, default -> value;
        };
    }

    static List<Object> widen(List<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        for (Object element : list) {
            copy.add(widen(element));
        }
        return Collections.unmodifiableList(copy);
    }
}

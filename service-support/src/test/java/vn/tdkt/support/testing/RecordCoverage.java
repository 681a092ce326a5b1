package vn.tdkt.support.testing;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which record components no fixture fills, walking nested records and lists of records. A test that holds a
 * hand-written encoder equal to the converter on some fixtures proves nothing about a component its fixtures
 * leave empty: both sides leave it out. So such a test first asks that every component be filled somewhere.
 */
public final class RecordCoverage {

    private RecordCoverage() {
    }

    /** The paths ({@code dossier.nominee.gender}) of the components null or empty in every one of {@code values}. */
    public static Set<String> unfilled(Class<? extends Record> type, Collection<?> values) {
        Set<String> missing = new TreeSet<>();
        walk("", type, new ArrayList<>(values), missing);
        return missing;
    }

    private static void walk(String prefix, Class<?> type, List<Object> values, Set<String> missing) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + component.getName();
            List<Object> filled = new ArrayList<>();
            for (Object value : values) {
                Object field = read(component, value);
                if (field instanceof Collection<?> many) {
                    filled.addAll(many.stream().filter(e -> e != null).toList());
                    if (!many.isEmpty() && elementType(component) == null) {
                        filled.add(field);
                    }
                } else if (field != null) {
                    filled.add(field);
                }
            }
            if (filled.isEmpty()) {
                missing.add(path);
                continue;
            }
            Class<?> nested = component.getType().isRecord() ? component.getType() : elementType(component);
            if (nested != null) {
                walk(path + ".", nested, filled.stream().filter(nested::isInstance).toList(), missing);
            }
        }
    }

    /** The record type of a {@code List<SomeRecord>} component, else null. */
    private static Class<?> elementType(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType parameterized && Collection.class.isAssignableFrom(component.getType())
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element;
        }
        return null;
    }

    private static Object read(RecordComponent component, Object value) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}

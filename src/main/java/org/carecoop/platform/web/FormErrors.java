package org.carecoop.platform.web;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * Puts a form's errors in the order its fields are declared, which is the order the page shows them,
 * so the error summary reads top to bottom like the form (GOV.UK error summary guidance). Bean
 * validation reports errors in no particular order, and it changes from one request to the next.
 * Nested fields ({@code person.about}) are ordered by their declaration at each level, so a form made
 * of sections reads in order too. Templates use it as {@code @formErrors}.
 */
@Component("formErrors")
public class FormErrors {

    /** The errors, those about the whole form first, then field by field in declaration order. */
    public List<DetailedError> inFieldOrder(List<DetailedError> errors, @Nullable Object form) {
        if (form == null) {
            return errors;
        }
        return errors.stream()
                .sorted(Comparator.comparing(error -> position(error, form.getClass()), FormErrors::compare))
                .toList();
    }

    /** The indexes of each part of the error's field path among its declaring class's fields. */
    private static List<Integer> position(DetailedError error, Class<?> formType) {
        if (error.isGlobal() || error.getFieldName() == null) {
            return List.of(-1);
        }
        List<Integer> position = new ArrayList<>();
        Class<?> type = formType;
        for (String part : error.getFieldName().split("\\.")) {
            List<Field> fields = declaredFields(type);
            String name = part.split("\\[", 2)[0];
            int index = 0;
            while (index < fields.size() && !fields.get(index).getName().equals(name)) {
                index++;
            }
            position.add(index);
            if (index == fields.size()) {
                break;
            }
            type = fields.get(index).getType();
        }
        return position;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static List<Field> declaredFields(Class<?> type) {
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.push(c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (!field.isSynthetic() && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}

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
 * Templates use it as {@code @formErrors}.
 */
@Component("formErrors")
public class FormErrors {

    /** The errors, those about the whole form first, then field by field in declaration order. */
    public List<DetailedError> inFieldOrder(List<DetailedError> errors, @Nullable Object form) {
        List<String> fields = form == null ? List.of() : declaredFields(form.getClass());
        return errors.stream()
                .sorted(Comparator.comparingInt(error -> position(error, fields)))
                .toList();
    }

    private static int position(DetailedError error, List<String> fields) {
        if (error.isGlobal() || error.getFieldName() == null) {
            return -1;
        }
        String field = error.getFieldName().split("[.\\[]", 2)[0];
        int index = fields.indexOf(field);
        return index < 0 ? fields.size() : index;
    }

    private static List<String> declaredFields(Class<?> type) {
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.push(c);
        }
        List<String> names = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (!field.isSynthetic()) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }
}

package org.carecoop.people;

import java.util.List;

/**
 * Vetting evidence refused: each problem names the field of {@link VettingEvidence} (or {@code
 * reason} for a withdrawal) and the message key saying what is wrong.
 */
public class VettingException extends RuntimeException {

    private final List<Problem> problems;

    public VettingException(List<Problem> problems) {
        super("Vetting evidence refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One thing wrong: the field and the message key. */
    public record Problem(String field, String messageKey) {}
}

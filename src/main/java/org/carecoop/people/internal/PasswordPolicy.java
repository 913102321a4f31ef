package org.carecoop.people.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.carecoop.people.AccountException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: 8 to 128 characters, not one of the bundled common passwords, and not the
 * account's own email address. Length is counted in Unicode code points, so any language's
 * characters count alike.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** @throws AccountException naming the rule broken */
    public void check(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw AccountException.passwordLength();
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw AccountException.passwordTooCommon();
        }
        String normalisedEmail = email.strip().toLowerCase(Locale.ROOT);
        String localPart = normalisedEmail.contains("@")
                ? normalisedEmail.substring(0, normalisedEmail.indexOf('@'))
                : normalisedEmail;
        if (lower.equals(normalisedEmail) || (localPart.length() >= MIN_LENGTH && lower.equals(localPart))) {
            throw AccountException.passwordContainsEmail();
        }
    }

    private static Set<String> load() {
        ClassPathResource list = new ClassPathResource("people/common-passwords.txt");
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled list of common passwords could not be read", e);
        }
    }
}

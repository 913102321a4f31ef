package org.carecoop.teams;

/** One thing a member may do with one category of a person's records. */
public record Permission(Category category, Action action) {

    public static Permission read(Category category) {
        return new Permission(category, Action.READ);
    }

    public static Permission write(Category category) {
        return new Permission(category, Action.WRITE);
    }

    /** The form used in forms and addresses, e.g. {@code care_notes:read}. */
    public String code() {
        return category.code() + ":" + action.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The permission with this code.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Permission ofCode(String code) {
        int colon = code.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a permission: " + code);
        }
        return new Permission(
                Category.valueOf(code.substring(0, colon).toUpperCase(java.util.Locale.ROOT)),
                Action.valueOf(code.substring(colon + 1).toUpperCase(java.util.Locale.ROOT)));
    }
}

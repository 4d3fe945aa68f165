package com.shardsofeternity.server.validation;

import com.shardsofeternity.server.GameException;
import java.util.regex.Pattern;

/**
 * The protocol's input rules. Lengths are counted in Unicode code points on the trimmed value, as
 * PROTOCOL.md says; every refusal is {@code INVALID_MESSAGE} with a message that names the field and
 * the rule, never the value.
 */
public final class Inputs {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]{3,20}");
    private static final Pattern CHARACTER_NAME = Pattern.compile("[\\p{L}\\p{Nd} '\\-]+");
    /** {@code MAJOR.MINOR} in ASCII digits, short enough that neither number can overflow. */
    private static final Pattern PROTOCOL_VERSION = Pattern.compile("[0-9]{1,6}\\.[0-9]{1,6}");

    private Inputs() {
    }

    /** The value trimmed, or a refusal when it is missing or its code point length is out of range. */
    public static String text(String field, String value, int min, int max) {
        if (value == null) {
            throw GameException.invalid(field + " is required");
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < min || length > max) {
            throw GameException.invalid(field + " must be " + min + "-" + max + " characters");
        }
        return trimmed;
    }

    public static String username(String value) {
        String trimmed = text("username", value, 3, 20);
        if (!USERNAME.matcher(trimmed).matches()) {
            throw GameException.invalid("username must be 3-20 letters, digits or underscores");
        }
        return trimmed;
    }

    /** Whether a login name could exist at all; malformed ones are answered like a wrong password. */
    public static boolean isPossibleUsername(String value) {
        return value != null && USERNAME.matcher(value.strip()).matches();
    }

    /** Checks a new password's length; the password itself is kept exactly as typed. */
    public static String newPassword(String value) {
        text("password", value, 8, 128);
        return value;
    }

    public static String characterName(String value) {
        String trimmed = text("name", value, 3, 24);
        if (!CHARACTER_NAME.matcher(trimmed).matches()) {
            throw GameException.invalid("name may hold letters, digits, spaces, ' and - only");
        }
        return trimmed;
    }

    /** A {@code protocol_version} of the {@code MAJOR.MINOR} shape; whether it is compatible is the caller's question. */
    public static String protocolVersion(String value) {
        String version = present("protocol_version", value);
        if (!PROTOCOL_VERSION.matcher(version).matches()) {
            throw GameException.invalid("protocol_version must look like MAJOR.MINOR");
        }
        return version;
    }

    public static long id(String field, Long value) {
        if (value == null || value <= 0) {
            throw GameException.invalid(field + " must be a positive integer");
        }
        return value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw GameException.invalid(field + " is required");
        }
        return value;
    }
}

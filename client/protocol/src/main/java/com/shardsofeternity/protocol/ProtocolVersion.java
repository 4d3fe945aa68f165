package com.shardsofeternity.protocol;

/** The protocol version a peer speaks, {@code "MAJOR.MINOR"}; only the MAJOR must match. */
public final class ProtocolVersion {

    /** What this build of the server and the client speak. */
    public static final String CURRENT = "1.0";

    private ProtocolVersion() {
    }

    /**
     * Whether a peer announcing {@code version} can talk to us: same MAJOR, any MINOR.
     *
     * @return false for null, malformed or different-MAJOR versions
     */
    public static boolean isCompatible(String version) {
        Integer major = majorOf(version);
        return major != null && major.equals(majorOf(CURRENT));
    }

    /** Whether {@code version} has the {@code MAJOR.MINOR} shape at all. */
    public static boolean isWellFormed(String version) {
        return majorOf(version) != null;
    }

    private static Integer majorOf(String version) {
        if (version == null || version.length() > 16) {
            return null;
        }
        int dot = version.indexOf('.');
        if (dot <= 0 || dot == version.length() - 1) {
            return null;
        }
        String major = version.substring(0, dot);
        String minor = version.substring(dot + 1);
        if (!isShortAsciiNumber(major) || !isShortAsciiNumber(minor)) {
            return null;
        }
        return Integer.valueOf(major);
    }

    /** 1-6 ASCII digits: no overflow, no digits of other scripts. */
    private static boolean isShortAsciiNumber(String part) {
        return part.length() <= 6 && part.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}

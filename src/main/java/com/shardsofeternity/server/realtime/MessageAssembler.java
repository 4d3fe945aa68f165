package com.shardsofeternity.server.realtime;

/**
 * Puts one socket's fragmented messages back together, counting their size in UTF-8 bytes as the
 * protocol does, so that a message over the limit is refused however the client split it (the
 * container checks the size of single frames only). Parts of one socket arrive one at a time, so no
 * locking is needed.
 */
final class MessageAssembler {

    /** The message being assembled has grown past the limit; the socket is to be closed with 1009. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(int maxBytes) {
            super("message larger than " + maxBytes + " bytes", null, false, false);
        }
    }

    private final int maxBytes;
    private final StringBuilder text = new StringBuilder();
    private long bytes;
    private boolean refused;

    MessageAssembler(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Adds a part of a text message.
     *
     * @return the whole message once its last part has arrived; null while parts are missing, and for
     *     every part of a message already refused
     * @throws TooLarge when this part takes the message past the limit (once per message)
     */
    String text(String part, boolean last) throws TooLarge {
        if (refused) {
            finishIf(last);
            return null;
        }
        bytes += utf8Length(part);
        if (bytes > maxBytes) {
            refuse(last);
        }
        if (!last) {
            text.append(part);
            return null;
        }
        String whole = text.length() == 0 ? part : text.append(part).toString();
        finishIf(true);
        return whole;
    }

    /**
     * Counts a part of a binary message (whose content the protocol never reads).
     *
     * @return whether this was the last part of a message within the limit
     * @throws TooLarge when this part takes the message past the limit (once per message)
     */
    boolean binary(int partBytes, boolean last) throws TooLarge {
        if (refused) {
            finishIf(last);
            return false;
        }
        bytes += partBytes;
        if (bytes > maxBytes) {
            refuse(last);
        }
        finishIf(last);
        return last;
    }

    private void refuse(boolean last) throws TooLarge {
        release();
        refused = !last;
        if (last) {
            bytes = 0;
        }
        throw new TooLarge(maxBytes);
    }

    private void finishIf(boolean last) {
        if (last) {
            release();
            bytes = 0;
            refused = false;
        }
    }

    private void release() {
        text.setLength(0);
        if (text.capacity() > 1024) {
            text.trimToSize();
        }
    }

    /** The length of {@code text} encoded as UTF-8. */
    static int utf8Length(CharSequence text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800 || Character.isSurrogate(c)) {
                length += 2;
            } else {
                length += 3;
            }
        }
        return length;
    }
}

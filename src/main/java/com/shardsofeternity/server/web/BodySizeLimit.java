package com.shardsofeternity.server.web;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.Limits;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 64 KiB with {@code 413 MESSAGE_TOO_LARGE}: at once when the length is
 * declared, and while reading when the body is chunked, so an endless body never fills the heap.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > Limits.MAX_MESSAGE_BYTES) {
            request.abortWith(ErrorResponses.of(ErrorCode.MESSAGE_TOO_LARGE, "the request body is larger than 64 KiB"));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), Limits.MAX_MESSAGE_BYTES));
        }
    }

    /**
     * Thrown by the stream when the limit is passed; mapped to 413 by {@link TooLargeMapper}, or by the
     * other mappers when the JSON reader wrapped it ({@link #isCauseOf}).
     */
    public static final class TooLarge extends IOException {
        TooLarge() {
            super("request body over the limit", null);
        }
    }

    /** Whether a failure comes from a body that ran past the limit while it was read. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }
    }
}

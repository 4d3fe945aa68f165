package com.shardsofeternity.server.it.client;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.protocol.ErrorCode;
import java.util.concurrent.CompletableFuture;

/** The error code with which the server refused a request made through the library. */
public final class Refusals {

    private Refusals() {
    }

    public static ErrorCode codeOf(CompletableFuture<?> request) {
        return refusalOf(request).errorCode();
    }

    public static MasterServerException refusalOf(CompletableFuture<?> request) {
        try {
            Await.result(request);
        } catch (MasterServerException refused) {
            return refused;
        }
        throw new AssertionError("expected the server to refuse the request, but it was accepted");
    }
}

package com.shardsofeternity.client.dispatch;

/** A handler that wants only the bound payload record, for the common case. */
@FunctionalInterface
public interface PayloadHandler<T> {

    void handle(T payload) throws Exception;
}

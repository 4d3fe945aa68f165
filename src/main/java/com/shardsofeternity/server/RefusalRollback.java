package com.shardsofeternity.server;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Rolls back the transaction a {@link GameException} leaves (see {@link RefusalsRollBack}). It runs
 * inside the transaction interceptors, whose priority is {@code PLATFORM_BEFORE + 200}, so the
 * transaction is still open when the refusal passes through here.
 */
@RefusalsRollBack
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
public class RefusalRollback {

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object rollBackRefusals(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (GameException refused) {
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.setRollbackOnly();
            }
            throw refused;
        }
    }
}

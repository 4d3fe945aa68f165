package com.shardsofeternity.server.party;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that must happen only if the caller's transaction commits, such as using up an invitation held
 * outside the database: it runs right after the commit, on the committing thread, and never after a
 * rollback. Without a transaction it runs at once. The work must not touch the database.
 */
@ApplicationScoped
public class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void run(String what, Runnable work) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            work.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before the outcome is known.
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    work.run();
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, what + " failed after the commit", failure);
                }
            }
        });
    }
}

package com.shardsofeternity.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** A refusal that leaves a transactional service method rolls its transaction back; nothing else does here. */
class RefusalRollbackTest {

    private final FakeTransaction transaction = new FakeTransaction();
    private final RefusalRollback interceptor = new RefusalRollback();

    RefusalRollbackTest() {
        interceptor.transactions = transaction;
    }

    @Test
    void aRefusalMarksTheTransactionForRollbackAndIsPassedOn() {
        GameException refusal = GameException.forbidden("the party is full");

        assertThatThrownBy(() -> interceptor.rollBackRefusals(invocation(() -> {
            throw refusal;
        }))).isSameAs(refusal);

        assertThat(transaction.rollbackOnly).isTrue();
    }

    @Test
    void aMethodThatReturnsLeavesTheTransactionToCommit() throws Exception {
        assertThat(interceptor.rollBackRefusals(invocation(() -> "done"))).isEqualTo("done");

        assertThat(transaction.rollbackOnly).isFalse();
    }

    @Test
    void otherFailuresAreLeftToTheTransactionManager() {
        IllegalStateException failure = new IllegalStateException("a bug");

        assertThatThrownBy(() -> interceptor.rollBackRefusals(invocation(() -> {
            throw failure;
        }))).isSameAs(failure);

        assertThat(transaction.rollbackOnly).isFalse();
    }

    @Test
    void withoutATransactionARefusalIsJustPassedOn() {
        transaction.status = Status.STATUS_NO_TRANSACTION;
        GameException refusal = GameException.notFound("no party 9");

        assertThatThrownBy(() -> interceptor.rollBackRefusals(invocation(() -> {
            throw refusal;
        }))).isSameAs(refusal);

        assertThat(transaction.rollbackOnly).isFalse();
    }

    private static InvocationContext invocation(Callable<Object> method) {
        return new InvocationContext() {
            @Override
            public Object proceed() throws Exception {
                return method.call();
            }

            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return null;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] parameters) {
                // No parameters.
            }

            @Override
            public Map<String, Object> getContextData() {
                return Map.of();
            }
        };
    }

    private static final class FakeTransaction implements TransactionSynchronizationRegistry {
        int status = Status.STATUS_ACTIVE;
        boolean rollbackOnly;

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            if (status == Status.STATUS_NO_TRANSACTION) {
                throw new IllegalStateException("no transaction");
            }
            rollbackOnly = true;
        }

        @Override
        public boolean getRollbackOnly() {
            return rollbackOnly;
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_NO_TRANSACTION ? null : this;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            throw new UnsupportedOperationException();
        }
    }
}

package com.shardsofeternity.server;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link GameException} leaving a method of a bean with this binding marks the running transaction
 * for rollback. Such beans declare {@code @Transactional(dontRollbackOn = GameException.class)}, so that
 * the transaction manager does not treat a refusal as a failure (Liberty would write an FFDC incident
 * for each one), and rely on this to keep a refused operation from committing anything.
 */
@Inherited
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RefusalsRollBack {
}
